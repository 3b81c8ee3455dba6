import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayNumber } from '../../src/data/contract';
import type { TimelineBin } from '../../src/data/contract';
import {
  binAtDay,
  binLabel,
  EVENT_LABEL_COLUMN,
  eventLabels,
  MARKER_SPAN,
  markerLanes,
  outlinePath,
  type PlacedEvent,
} from '../../src/timeline/chart-geometry';

const placed = (x: number, title: string, inRange = true): PlacedEvent => ({
  event: { date: '2023-03-06', title },
  x,
  inRange,
  key: `${x}`,
});

describe('eventLabels', () => {
  it('titles every event that has a column of its own, left to right', () => {
    const labels = eventLabels(
      [placed(300, 'C'.repeat(8)), placed(10, 'Four-day war'), placed(100, 'Ceasefire')],
      120,
    );
    expect(labels.map((l) => [l.x, l.text])).toEqual([
      [10, 'Four-day war'],
      [100, 'Ceasefire'],
      [300, 'CCCCCCCC'],
    ]);
  });

  it('titles only the first of events closer than one label column', () => {
    const labels = eventLabels(
      [
        placed(50, 'First'),
        placed(50 + EVENT_LABEL_COLUMN - 1, 'Too close'),
        placed(50 + EVENT_LABEL_COLUMN, 'Next'),
      ],
      120,
    );
    expect(labels.map((l) => l.text)).toEqual(['First', 'Next']);
  });

  it('cuts a title longer than the plot is high with an ellipsis', () => {
    const title = 'Israeli defence minister Benny Gantz ends a visit to Azerbaijan';
    const [label] = eventLabels([placed(5, title)], 100);
    if (!label) throw new Error('expected a label');
    expect(label.text.endsWith('…')).toBe(true);
    expect(label.text.length).toBeLessThan(title.length);
    expect(title.startsWith(label.text.slice(0, -1))).toBe(true);
    // At 5.6 px a character, the cut title fits in the plot's 100 px less its 4 px of padding.
    expect(label.text.length * 5.6).toBeLessThanOrEqual(96);
  });

  it('writes no titles in a plot too low to hold a word', () => {
    expect(eventLabels([placed(5, 'Ceasefire')], 30)).toEqual([]);
  });

  it('keeps whether the event is inside the date range, to grey it', () => {
    expect(eventLabels([placed(5, 'Out', false)], 120)[0]?.inRange).toBe(false);
  });
});

describe('binAtDay and binLabel (the hover readout)', () => {
  const bins: TimelineBin[] = [
    {
      start: '2022-09-01',
      end: '2022-10-01',
      counts: { confirmed: 0, reported: 1, inferred: 0, synthetic: 2 },
      total: 3,
    },
    {
      start: '2022-10-01',
      end: '2022-11-01',
      counts: { confirmed: 0, reported: 0, inferred: 0, synthetic: 0 },
      total: 0,
    },
    {
      start: '2022-12-01',
      end: '2023-01-01',
      counts: { confirmed: 1, reported: 0, inferred: 0, synthetic: 0 },
      total: 1,
    },
  ];

  it.each([
    ['2022-09-01', '2022-09-01'],
    ['2022-09-30', '2022-09-01'],
    ['2022-10-01', '2022-10-01'],
    ['2022-12-31', '2022-12-01'],
  ])('finds the bin holding %s', (date, start) => {
    expect(binAtDay(bins, dayNumber(date))?.start).toBe(start);
  });

  it.each(['2022-08-31', '2022-11-15', '2023-01-01'])(
    'finds no bin on %s (before, in a gap, after)',
    (date) => {
      expect(binAtDay(bins, dayNumber(date))).toBeUndefined();
    },
  );

  it('names a bin by its unit', () => {
    const [september] = bins;
    if (!september) throw new Error('expected a bin');
    expect(binLabel(september, 'month')).toBe('2022-09');
    expect(binLabel({ ...september, start: '2022-01-01', end: '2023-01-01' }, 'year')).toBe('2022');
    expect(binLabel({ ...september, end: '2022-09-08' }, 'week')).toBe('week of 2022-09-01');
    expect(binLabel({ ...september, end: '2022-09-02' }, 'day')).toBe('2022-09-01');
  });
});

describe('outlinePath', () => {
  const bins: TimelineBin[] = ['2024-01-01', '2024-01-02', '2024-01-03', '2024-01-04'].map((start) => ({
    start,
    end: addDays(start, 1),
    counts: { confirmed: 0, reported: 0, inferred: 0, synthetic: 4 },
    total: 4,
  }));
  const domain = { start: dayNumber('2024-01-01'), end: dayNumber('2024-01-05') };

  it('draws one box per bin with a count, on the bars scale, standing on the baseline', () => {
    // 4 days on 400 px: 100 px per day, 1 px gaps; max 4 flights = 100 px high.
    expect(outlinePath(bins, [2, 0, 4, 1], 4, domain, 400, 100)).toBe(
      'M0.5 50h99v50h-99z' + 'M200.5 0h99v100h-99z' + 'M300.5 75h99v25h-99z',
    );
  });

  it('draws nothing without a scale or a plot', () => {
    expect(outlinePath(bins, [1, 1, 1, 1], 0, domain, 400, 100)).toBe('');
    expect(outlinePath(bins, [1, 1, 1, 1], 4, domain, 0, 100)).toBe('');
  });
});

describe('markerLanes', () => {
  const at = (xs: number[]): PlacedEvent[] =>
    xs.map((x, i) => ({ x, inRange: true, key: String(i), event: { date: '2020-01-01', title: `e${i}` } }));

  it('keeps markers far enough apart in one row', () => {
    expect(markerLanes(at([0, 12, 30]))).toEqual({ lanes: [0, 0, 0], count: 1 });
  });

  it('puts close markers in further rows, reusing a row once there is room (input in any order)', () => {
    // 2022-10 .. 2023-05 at 1280 px: 7.5, 11, 6, 3.7 and 10 px apart.
    expect(markerLanes(at([18.5, 0, 7.5, 24.5, 28.2, 38]))).toEqual({ lanes: [0, 0, 1, 1, 2, 0], count: 3 });
  });

  it('property: no two markers in one row are closer than the span', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 500, noNaN: true }), { maxLength: 60 }), (xs) => {
        const { lanes, count } = markerLanes(at(xs));
        expect(count).toBeGreaterThanOrEqual(1);
        xs.forEach((a, i) =>
          xs.forEach((b, j) => {
            if (i < j && lanes[i] === lanes[j]) expect(Math.abs(a - b)).toBeGreaterThanOrEqual(MARKER_SPAN);
          }),
        );
        lanes.forEach((lane) => expect(lane).toBeLessThan(count));
      }),
    );
  });
});
