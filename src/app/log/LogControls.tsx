/** Placeholder slot; replaced by its owner. */
export function LogControls() {
  return null;
}
