import { describe, expect, it } from 'vitest';
import { initialAssets } from './browser-bundle';
import { countsText } from './browser-inpage';
import { formatTable, median } from './browser-report';

describe('initialAssets', () => {
  it('takes the entry script, modulepreloads and stylesheets, not icons or non-module scripts', () => {
    const html = `<!doctype html><head>
      <link rel="icon" href="data:," />
      <script type="module" crossorigin src="/assets/index-abc.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/vendor-def.js">
      <link rel="stylesheet" crossorigin href="/assets/index-ghi.css">
      <script src="/legacy.js"></script>
    </head>`;
    expect(initialAssets(html)).toEqual({
      js: ['/assets/index-abc.js', '/assets/vendor-def.js'],
      css: ['/assets/index-ghi.css'],
    });
  });
});

describe('median', () => {
  it.each([
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
  ])('of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
  it('refuses an empty list', () => {
    expect(() => median([])).toThrow();
  });
});

describe('formatTable', () => {
  it('marks values over their goal, and unmeasured ones', () => {
    const table = formatTable([
      { name: 'fast', n: 100_000, value: 10, unit: 'ms', goal: 50 },
      { name: 'slow', n: 100_000, value: 70, unit: 'ms', goal: 50 },
      { name: 'missing', n: 10, value: null, unit: 'ms', goal: 50, note: 'not wired' },
    ]);
    const line = (name: string) => table.split('\n').find((l) => l.startsWith(name)) ?? '';
    expect(line('fast')).toMatch(/100,000\s+10\s+ms\s+≤ 50\s+ok/);
    expect(line('slow')).toMatch(/OVER/);
    expect(line('missing')).toMatch(/n\/a/);
    expect(table).toContain('missing (n=10): not wired');
  });
});

describe('countsText', () => {
  it.each([
    [1, '1 flight'],
    [10_000, '10,000 flights'],
  ])('%d → %s', (n, text) => {
    expect(countsText(n)).toBe(text);
  });
});
