import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSourceParts, encodeSources } from '../../src/data/contract';
import { encodeSourceParts } from '../oracles/source-parts';
import { anyText } from '../fixtures/arbitraries';

describe('sources cell codec', () => {
  it('writes sources joined by " | ", parts by "; ", absent parts empty', () => {
    expect(
      encodeSources([
        { publisher: 'Haaretz', title: '92 Flights', url: 'https://example.org/a', published: '2023-03-06' },
        { publisher: 'analyst' },
      ]),
    ).toBe('Haaretz; 92 Flights; https://example.org/a; 2023-03-06 | analyst; ; ; ');
  });

  it('escapes backslash, ; and | inside a part', () => {
    expect(encodeSourceParts([['a\\b', 'c;d', 'e|f', '']])).toBe('a\\\\b; c\\;d; e\\|f; ');
    expect(decodeSourceParts('a\\\\b; c\\;d; e\\|f; ')).toEqual([['a\\b', 'c;d', 'e|f', '']]);
  });

  it('reads hand-written cells without the spaces, and an empty cell as no sources', () => {
    expect(decodeSourceParts('Haaretz;T;https://x.org;2023-03-06|analyst')).toEqual([
      ['Haaretz', 'T', 'https://x.org', '2023-03-06'],
      ['analyst'],
    ]);
    expect(decodeSourceParts('')).toEqual([]);
    expect(decodeSourceParts('a\\nb')).toEqual([['a\\nb']]);
  });

  it('decode(encode(parts)) = parts for any text in any part', () => {
    const sourceParts = fc.array(fc.array(anyText, { minLength: 4, maxLength: 4 }), {
      minLength: 1,
      maxLength: 4,
    });
    fc.assert(
      fc.property(sourceParts, (sources) => {
        expect(decodeSourceParts(encodeSourceParts(sources))).toEqual(sources);
      }),
      { numRuns: 1000 },
    );
  });
});
