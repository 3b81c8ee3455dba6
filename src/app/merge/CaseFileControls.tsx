/** Placeholder slot; replaced by its owner. */
export function CaseFileControls() {
  return null;
}
