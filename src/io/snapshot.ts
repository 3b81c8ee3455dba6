/**
 * A PNG snapshot of the map and the timeline for a report, made in the browser with no network: the
 * map's canvas layer and labels, the timeline's SVG (its computed styles inlined), and a caption.
 * Text is drawn with the canvas API (fillText), never parsed as markup.
 */
import { rejectAfter } from './time-limit';

const SCALE = 2;
const PAD = 12;
const CAPTION_HEIGHT = 44;

/** The map's tooltips on show: a label hidden for want of room (visibility: hidden) is not drawn. */
export function shownLabels(map: HTMLElement): HTMLElement[] {
  return [...map.querySelectorAll<HTMLElement>('.leaflet-tooltip')].filter((label) => {
    const style = getComputedStyle(label);
    return style.visibility !== 'hidden' && style.display !== 'none';
  });
}

/**
 * The map's canvases bottom first, as the screen stacks them: by their Leaflet pane's z-index, then in
 * document order. Document order alone is not it: a pane made by the app (a dispute band under the
 * routes, z-index 395) comes after the overlay pane (400) in the document but lies under it.
 */
export function canvasesInPaintOrder(map: HTMLElement): HTMLCanvasElement[] {
  const paneZ = (canvas: HTMLCanvasElement) => {
    const pane = canvas.closest<HTMLElement>('.leaflet-pane');
    const z = pane ? Number.parseInt(getComputedStyle(pane).zIndex, 10) : NaN;
    return Number.isNaN(z) ? 0 : z;
  };
  const canvases = [...map.querySelectorAll('canvas')].map((canvas, order) => ({
    canvas,
    order,
    z: paneZ(canvas),
  }));
  return canvases.sort((a, b) => a.z - b.z || a.order - b.order).map((c) => c.canvas);
}

/** Inlines the computed paint properties of every element, so the SVG renders the same as an image. */
function inlineStyles(source: Element, target: Element): void {
  const style = getComputedStyle(source);
  const t = target as SVGElement;
  for (const prop of [
    'fill',
    'fill-opacity',
    'stroke',
    'stroke-width',
    'stroke-dasharray',
    'stroke-opacity',
    'stroke-linejoin',
    'paint-order',
    'opacity',
    'font-size',
    'font-family',
    'font-weight',
    'text-anchor',
    'dominant-baseline',
    'visibility',
    'display',
  ]) {
    // CSSOM (not a style attribute string), which the CSP allows.
    t.style?.setProperty(prop, style.getPropertyValue(prop));
  }
  for (let i = 0; i < source.children.length; i++) {
    // The target is a clone of the source: the same children, unless the page changed in between.
    const from = source.children[i];
    const to = target.children[i];
    if (from && to) inlineStyles(from, to);
  }
}

/**
 * How long drawing the timeline into an image, or encoding the PNG, may take: a browser may never call
 * `onload`/`onerror` or the `toBlob` callback (seen with a blocked image decoder), and the snapshot
 * button must then say so rather than wait forever.
 */
export const SNAPSHOT_STEP_TIMEOUT_MS = 10_000;

/** The image at `url`; rejects if it fails or has not loaded within `timeoutMs`. */
export function loadImage(url: string, timeoutMs = SNAPSHOT_STEP_TIMEOUT_MS): Promise<HTMLImageElement> {
  const loading = new Promise<HTMLImageElement>((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('The timeline could not be drawn into the snapshot.'));
    img.src = url;
  });
  return rejectAfter(loading, timeoutMs, 'The timeline could not be drawn into the snapshot in time.');
}

async function svgImage(svg: SVGSVGElement, defs: Element | null): Promise<HTMLImageElement> {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  // The fill patterns live in a separate hidden <svg>; the image needs its own copy of them.
  if (defs) {
    const defsClone = defs.cloneNode(true) as Element;
    inlineStyles(defs, defsClone);
    clone.prepend(defsClone);
  }
  const rect = svg.getBoundingClientRect();
  clone.setAttribute('width', String(rect.width));
  clone.setAttribute('height', String(rect.height));
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const text = new XMLSerializer().serializeToString(clone);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    return await loadImage(url);
  } finally {
    URL.revokeObjectURL(url);
  }
}

export interface SnapshotParts {
  /** The map's container (`.leaflet-container`). */
  map: HTMLElement;
  /** The timeline chart's <svg>. */
  timeline: SVGSVGElement | null;
  /** The <defs> holding the timeline's fill patterns, if they live outside its <svg>. */
  timelineDefs: Element | null;
  /** Lines under the title: dataset, filters, counts, and the synthetic-data warning when it applies. */
  caption: string[];
  background: string;
  foreground: string;
}

/**
 * The lines broken at spaces so that none is wider than `maxWidth` (as `measure` says); a single word
 * wider than that keeps a line of its own.
 */
export function wrapLines(
  lines: readonly string[],
  maxWidth: number,
  measure: (text: string) => number,
): string[] {
  const out: string[] = [];
  for (const line of lines) {
    let current = '';
    for (const word of line.split(' ')) {
      const candidate = current ? `${current} ${word}` : word;
      if (current && measure(candidate) > maxWidth) {
        out.push(current);
        current = word;
      } else {
        current = candidate;
      }
    }
    out.push(current);
  }
  return out;
}

const CAPTION_FONT = '12px system-ui, sans-serif';

/** Draws the snapshot and returns it as a PNG blob. */
export async function snapshotPng(parts: SnapshotParts): Promise<Blob> {
  const mapRect = parts.map.getBoundingClientRect();
  const timelineRect = parts.timeline?.getBoundingClientRect();
  const width = Math.max(mapRect.width, timelineRect?.width ?? 0) + 2 * PAD;

  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw a snapshot (no 2D canvas).');
  ctx.font = CAPTION_FONT;
  const caption = wrapLines(parts.caption, width - 2 * PAD, (text) => ctx.measureText(text).width);
  const timelineHeight = timelineRect ? timelineRect.height + PAD : 0;
  const height = CAPTION_HEIGHT + caption.length * 14 + mapRect.height + timelineHeight + 2 * PAD;
  // Sizing the canvas resets its context, so the scale and fonts are set after.
  canvas.width = Math.round(width * SCALE);
  canvas.height = Math.round(height * SCALE);
  ctx.scale(SCALE, SCALE);
  ctx.fillStyle = parts.background;
  ctx.fillRect(0, 0, width, height);

  ctx.fillStyle = parts.foreground;
  ctx.font = '600 16px system-ui, sans-serif';
  ctx.fillText('Airlift', PAD, PAD + 16);
  ctx.font = CAPTION_FONT;
  caption.forEach((line, i) => ctx.fillText(line, PAD, PAD + 34 + i * 14));

  // Map: its background, then every canvas layer (countries, routes, airports) where it sits on screen.
  const mapTop = PAD + CAPTION_HEIGHT + caption.length * 14 - 10;
  ctx.save();
  ctx.beginPath();
  ctx.rect(PAD, mapTop, mapRect.width, mapRect.height);
  ctx.clip();
  ctx.fillStyle = getComputedStyle(parts.map).backgroundColor;
  ctx.fillRect(PAD, mapTop, mapRect.width, mapRect.height);
  for (const layer of canvasesInPaintOrder(parts.map)) {
    const r = layer.getBoundingClientRect();
    ctx.drawImage(layer, PAD + r.left - mapRect.left, mapTop + r.top - mapRect.top, r.width, r.height);
  }
  // Airport labels are DOM tooltips: drawn as text where they are.
  ctx.font = '11px system-ui, sans-serif';
  for (const label of shownLabels(parts.map)) {
    const r = label.getBoundingClientRect();
    const text = label.textContent ?? '';
    ctx.fillStyle = 'rgba(255,255,255,0.85)';
    ctx.fillRect(PAD + r.left - mapRect.left, mapTop + r.top - mapRect.top, r.width, r.height);
    ctx.fillStyle = '#111827';
    ctx.fillText(text, PAD + r.left - mapRect.left + 4, mapTop + r.top - mapRect.top + r.height / 2 + 4);
  }
  ctx.restore();

  if (parts.timeline && timelineRect) {
    const image = await svgImage(parts.timeline, parts.timelineDefs);
    ctx.drawImage(image, PAD, mapTop + mapRect.height + PAD, timelineRect.width, timelineRect.height);
  }

  const encoding = new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The snapshot could not be encoded.'))),
      'image/png',
    ),
  );
  return rejectAfter(encoding, SNAPSHOT_STEP_TIMEOUT_MS, 'The snapshot could not be encoded in time.');
}
