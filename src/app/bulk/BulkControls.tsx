/** Placeholder slot; replaced by its owner. */
export function BulkControls() {
  return null;
}
