/**
 * Where each airport's permanent label goes, so that labels of nearby airports (Ovda, Nevatim and Ramon
 * sit within ~100 km) never cover each other, another airport's marker or the map's controls. Pure
 * screen geometry: the caller passes pixel positions in the current view.
 */

export type LabelSide = 'right' | 'left' | 'top' | 'bottom';

export interface LabelCandidate {
  readonly key: string;
  /** Marker centre in pixels. */
  readonly x: number;
  readonly y: number;
  /** Marker radius in pixels. */
  readonly radius: number;
  /** Label box size in pixels. */
  readonly width: number;
  readonly height: number;
}

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** Sides tried in order: right reads best next to a point, then left, above, below. */
export const LABEL_SIDES: readonly LabelSide[] = ['right', 'left', 'top', 'bottom'];

/** Pixels between a marker's edge and its label: room for the 6 px arrow of Leaflet's tooltip. */
export const LABEL_GAP = 6;

/** The label's box when put on `side` of its marker. */
export function labelBox(c: LabelCandidate, side: LabelSide): Box {
  const reach = c.radius + LABEL_GAP;
  switch (side) {
    case 'right':
      return {
        left: c.x + reach,
        right: c.x + reach + c.width,
        top: c.y - c.height / 2,
        bottom: c.y + c.height / 2,
      };
    case 'left':
      return {
        left: c.x - reach - c.width,
        right: c.x - reach,
        top: c.y - c.height / 2,
        bottom: c.y + c.height / 2,
      };
    case 'top':
      return {
        left: c.x - c.width / 2,
        right: c.x + c.width / 2,
        top: c.y - reach - c.height,
        bottom: c.y - reach,
      };
    case 'bottom':
      return {
        left: c.x - c.width / 2,
        right: c.x + c.width / 2,
        top: c.y + reach,
        bottom: c.y + reach + c.height,
      };
  }
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function markerBox(c: LabelCandidate): Box {
  return { left: c.x - c.radius, right: c.x + c.radius, top: c.y - c.radius, bottom: c.y + c.radius };
}

/**
 * Greedy placement in the given order (most important airport first): each label takes the first side
 * whose box overlaps no label already placed, no marker and no obstacle (the map's own controls and
 * legend); a label that fits nowhere is left out (its airport keeps its hover tooltip). Returns the side
 * of every placed label.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  obstacles: readonly Box[] = [],
): Map<string, LabelSide> {
  const blocked = [...candidates.map(markerBox), ...obstacles];
  const placed: Box[] = [];
  const sides = new Map<string, LabelSide>();
  for (const candidate of candidates) {
    for (const side of LABEL_SIDES) {
      const box = labelBox(candidate, side);
      if (placed.some((other) => boxesOverlap(box, other))) continue;
      if (blocked.some((other) => boxesOverlap(box, other))) continue;
      placed.push(box);
      sides.set(candidate.key, side);
      break;
    }
  }
  return sides;
}
