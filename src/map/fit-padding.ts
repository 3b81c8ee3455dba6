/** The padding "Fit to data" leaves inside the map, so that no airport lands under a floating panel. */

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface FitPadding {
  paddingTopLeft: [number, number];
  paddingBottomRight: [number, number];
}

const MARGIN = 40;
// More room at the top: the zoom buttons and our controls float there.
const TOP = 76;
// An airport's marker reaches this far beyond its centre (the largest radius, 14 px, and a little).
const MARKER = 16;
// The smallest free area worth fitting the data into (CSS pixels); a smaller one and the margins stay plain.
const MIN_FREE = { width: 100, height: 60 };

const free = (w: number, h: number) => (w >= MIN_FREE.width && h >= MIN_FREE.height ? w * h : 0);

/**
 * Padding for Leaflet's fitBounds within `map` (page pixels) that keeps the data clear of `overlay`, a
 * panel in the map's lower-right corner (the legend): the data is kept either left of it or above it,
 * whichever leaves the larger area. Without an overlay (or one outside the map), the plain margins.
 */
export function fitPadding(map: Rect, overlay?: Rect): FitPadding {
  const plain: FitPadding = { paddingTopLeft: [MARGIN, TOP], paddingBottomRight: [MARGIN, MARGIN] };
  if (
    !overlay ||
    overlay.right <= overlay.left ||
    overlay.bottom <= overlay.top ||
    overlay.left >= map.right ||
    overlay.top >= map.bottom ||
    overlay.right <= map.left ||
    overlay.bottom <= map.top
  ) {
    return plain;
  }
  const width = map.right - map.left;
  const height = map.bottom - map.top;
  const right = Math.max(MARGIN, map.right - overlay.left + MARKER);
  const bottom = Math.max(MARGIN, map.bottom - overlay.top + MARKER);
  // The free area either way; a way that leaves less than MIN_FREE is not taken.
  const leftOf = free(width - MARGIN - right, height - TOP - MARGIN);
  const above = free(width - 2 * MARGIN, height - TOP - bottom);
  if (leftOf === 0 && above === 0) return plain;
  return leftOf >= above
    ? { paddingTopLeft: [MARGIN, TOP], paddingBottomRight: [right, MARGIN] }
    : { paddingTopLeft: [MARGIN, TOP], paddingBottomRight: [MARGIN, bottom] };
}
