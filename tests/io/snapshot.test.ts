// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { canvasesInPaintOrder, loadImage, shownLabels, wrapLines } from '../../src/io/snapshot';

afterEach(() => document.body.replaceChildren());

describe('shownLabels', () => {
  it('leaves out the labels hidden for want of room, so the snapshot never draws them on top of others', () => {
    const style = document.createElement('style');
    style.textContent = '.airport-label.is-unplaced { visibility: hidden; }';
    const map = document.createElement('div');
    const label = (text: string, className: string, inline = '') => {
      const element = document.createElement('div');
      element.className = className;
      element.textContent = text;
      element.setAttribute('style', inline);
      return element;
    };
    map.append(
      label('LLOV / VDA', 'leaflet-tooltip airport-label'),
      label('LLER / ETM', 'leaflet-tooltip airport-label is-unplaced'),
      label('hover tip', 'leaflet-tooltip', 'display: none'),
      label('LLNV / VTM', 'leaflet-tooltip airport-label'),
    );
    document.body.append(style, map);
    expect(shownLabels(map).map((l) => l.textContent)).toEqual(['LLOV / VDA', 'LLNV / VTM']);
  });
});

describe('canvasesInPaintOrder', () => {
  it("draws the map's canvases as the screen stacks their panes, not in document order", () => {
    const map = document.createElement('div');
    const pane = (name: string, zIndex: string | undefined) => {
      const element = document.createElement('div');
      element.className = `leaflet-pane leaflet-${name}-pane`;
      if (zIndex !== undefined) element.style.zIndex = zIndex;
      const canvas = document.createElement('canvas');
      canvas.id = name;
      element.append(canvas);
      return element;
    };
    // Leaflet's own panes first, then the app's, as Leaflet appends them to the map pane.
    map.append(
      pane('tile', '200'),
      pane('overlay', '400'),
      pane('dispute-band', '395'),
      pane('dispute-ring', '410'),
      pane('no-z', undefined),
    );
    document.body.append(map);
    expect(canvasesInPaintOrder(map).map((c) => c.id)).toEqual([
      'no-z',
      'tile',
      'dispute-band',
      'overlay',
      'dispute-ring',
    ]);
  });

  it('keeps document order between canvases of one stacking level', () => {
    const map = document.createElement('div');
    const overlay = document.createElement('div');
    overlay.className = 'leaflet-pane';
    overlay.style.zIndex = '400';
    for (const id of ['first', 'second', 'third']) {
      const canvas = document.createElement('canvas');
      canvas.id = id;
      overlay.append(canvas);
    }
    map.append(overlay);
    document.body.append(map);
    expect(canvasesInPaintOrder(map).map((c) => c.id)).toEqual(['first', 'second', 'third']);
  });
});

describe('wrapLines', () => {
  const byChars = (text: string) => text.length;

  it('breaks a caption line at spaces to fit the width', () => {
    expect(wrapLines(['one two three four'], 9, byChars)).toEqual(['one two', 'three', 'four']);
  });

  it('keeps short lines, and a word too long for the width on a line of its own', () => {
    expect(wrapLines(['ok', 'https://example.org/a-very-long-link next'], 10, byChars)).toEqual([
      'ok',
      'https://example.org/a-very-long-link',
      'next',
    ]);
  });

  it('never loses or reorders a word', () => {
    const line = 'Routes: colour = strongest evidence (green confirmed, blue reported, orange inferred)';
    const wrapped = wrapLines([line], 30, byChars);
    expect(wrapped.join(' ')).toBe(line);
    for (const l of wrapped) expect(l.length).toBeLessThanOrEqual(30);
  });
});

describe('loadImage', () => {
  it('gives up with a message when the image never loads (jsdom never fetches it)', async () => {
    vi.useFakeTimers();
    try {
      const loading = loadImage('blob:never', 500);
      const outcome = expect(loading).rejects.toThrow('in time');
      await vi.advanceTimersByTimeAsync(500);
      await outcome;
    } finally {
      vi.useRealTimers();
    }
  });
});
