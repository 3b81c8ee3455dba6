// The byte scanner for readsb traces must give exactly what JSON.parse and the reader give: the same
// flights, tracks, warnings and errors, for plain files and for every odd shape a file can take.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TrackImport } from '../../../src/data/tracks';
import { scanReadsb } from '../../../src/data/tracks/readsb-scan';
import { builtInGazetteerEntries } from '../../../src/data/geo/builtin-gazetteer';
import { landingCandidates } from '../../../src/data/tracks';
import type { ImportResult } from '../../../src/data/contract';
import { utf8 } from './helpers';

const airports = landingCandidates(builtInGazetteerEntries());
const T0 = Date.UTC(2024, 2, 5, 5, 0, 0) / 1000;

/** Through the bytes (the scanner's way, when the text is UTF-8 JSON). */
function viaBytes(text: string, name = 'trace_full_fa1e07.json'): ImportResult {
  const session = new TrackImport({ airports });
  const file = session.file(name);
  file.pushBytes(utf8(text), true);
  file.finish();
  return session.finish();
}

/** Through decoded text: JSON.parse and the reader, as before the scanner. */
function viaText(text: string, name = 'trace_full_fa1e07.json'): ImportResult {
  const session = new TrackImport({ airports });
  const file = session.file(name);
  file.pushText(text);
  file.finish();
  return session.finish();
}

// Baku (UBBB) to Ganja (UBBG), low at both ends so both are observed.
function plainRows(): unknown[][] {
  const rows: unknown[][] = [];
  for (let k = 0; k <= 40; k++) {
    const f = k / 40;
    const lat = 40.4675 + (40.7377 - 40.4675) * f;
    const lon = 50.0467 + (46.3176 - 50.0467) * f;
    const alt = k === 0 || k === 40 ? 'ground' : Math.round(Math.min(k, 40 - k) * 900);
    const details = k === 0 ? { flight: 'AZQ101  ', squawk: '1000' } : null;
    rows.push([
      k * 30,
      +lat.toFixed(5),
      +lon.toFixed(5),
      alt,
      250.1,
      281.3,
      k === 0 ? 2 : 0,
      0,
      details,
      'adsb_icao',
      null,
      null,
      null,
      null,
    ]);
  }
  return rows;
}

function doc(rows: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    icao: 'fa1e07',
    r: '4K-TEST1',
    t: 'IL76',
    ownOp: 'Test Cargo',
    timestamp: T0,
    ...extra,
    trace: rows,
  };
}

describe('readsb byte scanner', () => {
  it('reads a plain trace entirely the fast way, and gives what JSON.parse gives', () => {
    const text = JSON.stringify(doc(plainRows()));
    const scan = scanReadsb(utf8(text));
    expect(scan?.n).toBe(41);
    expect(scan?.generic.size).toBe(0);
    const result = viaBytes(text);
    expect(result.ok).toBe(true);
    expect(result).toEqual(viaText(text));
  });

  it('reads numbers to the same double as JSON.parse, -0 and exponents included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 20 }),
        (xs) => {
          const rows = xs.map((x, k) => [k, 10, 20, x, x, x, 0, x]);
          const text = JSON.stringify(doc(rows));
          const scan = scanReadsb(utf8(text));
          expect(scan).toBeDefined();
          // JSON.stringify writes -0 as 0: the double expected is the one JSON.parse reads back.
          const parsed = (JSON.parse(text) as { trace: number[][] }).trace;
          for (let k = 0; k < xs.length; k++) expect(Object.is(scan?.alt[k], parsed[k]?.[3])).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
    const written =
      '{"icao":"fa1e07","timestamp":1,"trace":[[0,1e2,-2.5E-1,-0,0.000123456789012345,1234567890123456789]]}';
    const scan = scanReadsb(utf8(written));
    expect([scan?.lat[0], scan?.lon[0], scan?.alt[0]]).toEqual([100, -0.25, -0]);
    expect(Object.is(scan?.alt[0], -0)).toBe(true);
  });

  it('leaves what is not valid JSON, or not a readsb trace, to JSON.parse', () => {
    const good = JSON.stringify(doc(plainRows()));
    for (const text of [
      good.slice(0, -10), // truncated download
      good.replace('"trace":', '"icao":"fa1e07","trace":'), // repeated key
      good.replace('"icao":"fa1e07",', ''), // no icao
      good + 'x',
      good.replace('[0,', '[01,'), // leading zero
      good.replace('[0,', '[0.,'),
      '{"icao24":"fa1e07","path":[]}',
      '[1,2,3]',
    ])
      expect(scanReadsb(utf8(text))).toBeUndefined();
    expect(viaBytes(good.slice(0, -10))).toEqual(viaText(good.slice(0, -10)));
  });

  // Cells in every shape a file might hold them, valid or not, so the row reader's checks are met.
  const anyCell = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -200, max: 200 }),
    fc.integer({ min: -5, max: 50_000 }),
    fc.constantFrom(null, true, false, 'ground', 'Ground', 'adsb_icao', 'ünïcode', 'tab\there', 'q"uote', ''),
    fc.constantFrom([1, 2], {}, { flight: 'AZQ 7 ' }, { flight: 12 }, { flight: '   ' }),
  );
  const rowArb = fc.oneof(
    { weight: 6, arbitrary: fc.constant(undefined) }, // a plain row from plainRows()
    { weight: 3, arbitrary: fc.array(anyCell, { maxLength: 15 }) },
    { weight: 1, arbitrary: anyCell },
  );

  it('gives the same import as JSON.parse for any mix of plain and odd rows, keys and spacing', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(40), rowArb), { maxLength: 12 }),
        fc.boolean(),
        fc.constantFrom(
          {},
          { synthetic: true },
          { __proto__x: 1, desc: 'Ил-76' },
          { r: 7 },
          { timestamp: 'x' },
        ),
        fc.boolean(),
        (edits, pretty, extra, traceFirst) => {
          const rows: unknown[] = plainRows();
          for (const [at, row] of edits) if (row !== undefined) rows[at] = row;
          const d = doc(rows, extra);
          const ordered = traceFirst ? { trace: d.trace, ...d } : d;
          const text = JSON.stringify(ordered, null, pretty ? 2 : undefined);
          expect(viaBytes(text)).toEqual(viaText(text));
        },
      ),
      { numRuns: 250 },
    );
  });

  it('leaves a number of a million digits to JSON.parse, and gives the same result', () => {
    const text = JSON.stringify(doc(plainRows())).replace('[30,', `[3${'0'.repeat(1_000_000)},`);
    expect(scanReadsb(utf8(text))?.generic.size).toBe(1);
    expect(viaBytes(text)).toEqual(viaText(text));
  });

  it('treats a key named __proto__ as an ordinary key, as JSON.parse does', () => {
    const text = JSON.stringify(doc(plainRows())).replace('{', '{"__proto__":{"icao":"bad"},');
    const scan = scanReadsb(utf8(text));
    expect(scan?.top.icao).toBe('fa1e07');
    expect(viaBytes(text)).toEqual(viaText(text));
  });
});
