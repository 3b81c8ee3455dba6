/** Placeholder slot; replaced by its owner. */
export function HistoryControls() {
  return null;
}
