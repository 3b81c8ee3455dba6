import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../src/data/time';
import type { TimelineBin } from '../../src/data/types';
import {
  binAtDay,
  binLabel,
  EVENT_LABEL_COLUMN,
  eventLabels,
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
    expect(eventLabels([placed(5, 'Out', false)], 120)[0].inRange).toBe(false);
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
    expect(binLabel(bins[0], 'month')).toBe('2022-09');
    expect(binLabel({ ...bins[0], end: '2022-09-08' }, 'week')).toBe('week of 2022-09-01');
    expect(binLabel({ ...bins[0], end: '2022-09-02' }, 'day')).toBe('2022-09-01');
  });
});
