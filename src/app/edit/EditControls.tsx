/** Placeholder slot; replaced by its owner. */
export function EditControls() {
  return null;
}
