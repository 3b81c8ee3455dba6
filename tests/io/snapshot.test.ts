// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadImage, shownLabels, wrapLines } from '../../src/io/snapshot';

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
