import { describe, expect, it } from 'vitest';
import { describeCounts, describeMix, exportFileName } from '../../src/data/query';

describe('view texts', () => {
  it.each([
    [42, 97, '2022-10-01', '2023-03-31', '42 of 97 flights, 2022-10-01 – 2023-03-31'],
    [97, 97, undefined, undefined, '97 flights'],
    [1, 1, undefined, undefined, '1 flight'],
    [3, 97, '2022-10-01', undefined, '3 of 97 flights, 2022-10-01 – end'],
  ])('counts line %i/%i', (shown, total, from, to, text) =>
    expect(describeCounts(shown, total, from, to)).toBe(text),
  );

  it('describes the evidence mix, leaving out zero counts', () => {
    expect(describeMix({ confirmed: 3, reported: 5, inferred: 0, synthetic: 90 })).toBe(
      '3 confirmed · 5 reported · 90 synthetic',
    );
  });

  it.each([
    ['csv', '2022-10-01', '2023-03-31', 'flights_2022-10-01_2023-03-31.csv'],
    ['json', undefined, undefined, 'flights_all.json'],
    ['csv', undefined, '2020-01-01', 'flights_start_2020-01-01.csv'],
  ])('export file name (%s %s %s)', (ext, from, to, name) =>
    expect(exportFileName(ext, from, to)).toBe(name),
  );
});
