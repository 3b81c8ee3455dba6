import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addressBlocks, createAddressBlocks } from '../../../../src/data/identity/tables';
import { ADDRESS_BLOCKS } from '../../../../src/data/identity/tables/address-blocks.generated';

const hex = (n: number) => n.toString(16).padStart(6, '0');

describe('the bundled address blocks', () => {
  it('lie within 24 bits, each start <= end', () => {
    for (const b of ADDRESS_BLOCKS) {
      expect(b.start).toBeGreaterThanOrEqual(0);
      expect(b.end).toBeLessThanOrEqual(0xffffff);
      expect(b.start).toBeLessThanOrEqual(b.end);
    }
  });

  it('are sorted and do not overlap', () => {
    for (let i = 1; i < ADDRESS_BLOCKS.length; i++)
      expect(ADDRESS_BLOCKS[i]!.start, ADDRESS_BLOCKS[i]!.stateName).toBeGreaterThan(
        ADDRESS_BLOCKS[i - 1]!.end,
      );
  });

  it('are power-of-two sized and aligned to their size, as the ICAO scheme allocates them', () => {
    for (const b of ADDRESS_BLOCKS) {
      const size = b.end - b.start + 1;
      expect(size & (size - 1), `${b.stateName} size ${size}`).toBe(0);
      expect(b.start % size, `${b.stateName} start ${hex(b.start)}`).toBe(0);
    }
  });

  it('name each state once with one name', () => {
    const names = new Map<string, string>();
    for (const b of ADDRESS_BLOCKS) {
      expect(names.get(b.state) ?? b.stateName).toBe(b.stateName);
      names.set(b.state, b.stateName);
    }
  });

  // Checked against Table 9-1. Azerbaijan is 600800–600BFF: 600000–6003FF is Armenia's block.
  it.each([
    ['AM', 'Armenia', 0x600000, 0x6003ff],
    ['AZ', 'Azerbaijan', 0x600800, 0x600bff],
    ['IL', 'Israel', 0x738000, 0x73ffff],
    ['US', 'United States', 0xa00000, 0xafffff],
    ['RU', 'Russian Federation', 0x100000, 0x1fffff],
    ['UA', 'Ukraine', 0x508000, 0x50ffff],
    ['TR', 'Türkiye', 0x4b8000, 0x4bffff],
    ['GE', 'Georgia', 0x514000, 0x5143ff],
    ['BY', 'Belarus', 0x510000, 0x5103ff],
    ['KZ', 'Kazakhstan', 0x683000, 0x6833ff],
  ])('%s (%s) is %s', (state, name, start, end) => {
    const blocks = ADDRESS_BLOCKS.filter((b) => b.state === state);
    expect(blocks).toEqual([{ start, end, state, stateName: name }]);
    for (const n of [start, end, (start + end) >>> 1])
      expect(addressBlocks.blockOf(hex(n))?.state).toBe(state);
    expect(addressBlocks.blockOf(hex(start - 1))?.state).not.toBe(state);
    expect(addressBlocks.blockOf(hex(end + 1))?.state).not.toBe(state);
  });

  it.each(['', '60080', '6008000', 'zzzzzz', ' 60080', '0x6008'])('gives nothing for malformed %j', (v) => {
    expect(addressBlocks.blockOf(v)).toBeUndefined();
  });

  it('reads upper and lower case alike, and gives nothing between blocks', () => {
    expect(addressBlocks.blockOf('600A1B')).toBe(addressBlocks.blockOf('600a1b'));
    expect(addressBlocks.blockOf('600400')).toBeUndefined(); // between Armenia and Azerbaijan
    expect(addressBlocks.blockOf('000000')).toBeUndefined();
    expect(addressBlocks.blockOf('ffffff')).toBeUndefined();
  });

  it('finds what a plain scan finds, for any address', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffff }), (n) => {
        const naive = ADDRESS_BLOCKS.find((b) => b.start <= n && n <= b.end);
        expect(addressBlocks.blockOf(hex(n))).toBe(naive);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses overlapping or unsorted blocks, naming them', () => {
    const a = { start: 0x100, end: 0x1ff, state: 'XA', stateName: 'Xaland' };
    const b = { start: 0x1ff, end: 0x2ff, state: 'XB', stateName: 'Xbland' };
    expect(() => createAddressBlocks([a, b])).toThrow(/Xbland.*Xaland/);
    expect(() => createAddressBlocks([b, a])).toThrow(/block 1/);
  });
});
