import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { IDENTITY_CSV_COLUMNS, IDENTITY_JSON_KEY, type Flight } from '../../../src/data/contract';
import { IDENTITY_BLOCK_ABOUT, toCsv, toJson, type IdentityOf } from '../../../src/data/export';
import { parseImport } from '../../../src/data/import';
import type { FlightIdentity } from '../../../src/data/identity/types';
import { makeDataset, makeMinimalFlight } from '../../fixtures/flights';
import { testGazetteer } from '../../fixtures/test-gazetteer';

const known = makeMinimalFlight({ id: 'known', icao24: '600001', callsign: 'AHY01' });
const plain = makeMinimalFlight({ id: 'plain' });
const dataset = makeDataset([known, plain]);

const IDENTITY: FlightIdentity = {
  derived: [
    {
      field: 'registration',
      value: '4K-TEST1',
      from: 'aircraft-db',
      source: 'test-db.csv (imported 2026-12-02)',
    },
    {
      field: 'operator',
      value: 'Test Operator, Ltd',
      from: 'designators',
      source: 'callsign prefix AHY (test)',
    },
  ],
  conflicts: [
    {
      kind: 'operator-vs-callsign',
      field: 'operator',
      own: 'Mine',
      other: 'Theirs',
      from: 'designators',
      source: 'callsign prefix AHY (test)',
      message: 'operator "Mine" vs "Theirs" (callsign prefix AHY (test))',
    },
  ],
};
const identityOf: IdentityOf = (f: Flight) => (f.id === 'known' ? IDENTITY : { derived: [], conflicts: [] });

describe('identity in exports', () => {
  it('CSV: writes the identity columns after the contract columns, one cell each, quoted as needed', () => {
    const csv = toCsv(dataset.flights, dataset, identityOf);
    const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, '').replace(/^# .*\r\n/, ''), {
      skipEmptyLines: true,
    }).data;
    const header = rows[0]!;
    expect(header.slice(-IDENTITY_CSV_COLUMNS.length)).toEqual(IDENTITY_CSV_COLUMNS);
    const cell = (row: string[], name: string) => row[header.indexOf(name)];
    const knownRow = rows.find((r) => r[0] === 'known')!;
    expect(cell(knownRow, 'derived_registration')).toBe('4K-TEST1');
    expect(cell(knownRow, 'derived_operator')).toBe('Test Operator, Ltd');
    expect(cell(knownRow, 'derived_aircraftType')).toBe('');
    expect(cell(knownRow, 'derived_from')).toBe(
      'registration: test-db.csv (imported 2026-12-02); operator: callsign prefix AHY (test)',
    );
    expect(cell(knownRow, 'identity_conflicts')).toContain('"Mine" vs "Theirs"');
    const plainRow = rows.find((r) => r[0] === 'plain')!;
    expect(IDENTITY_CSV_COLUMNS.map((c) => cell(plainRow, c))).toEqual(['', '', '', '', '']);
    // Without identity, the file is the contract CSV exactly.
    expect(toCsv(dataset.flights, dataset)).not.toContain('derived_');
  });

  it('CSV: a re-import keeps the flights exactly as their own fields say, and warns once that identity is not read', () => {
    const withIdentity = parseImport(toCsv(dataset.flights, dataset, identityOf), {
      gazetteer: testGazetteer,
    });
    const without = parseImport(toCsv(dataset.flights, dataset), { gazetteer: testGazetteer });
    if (!withIdentity.ok || !without.ok) throw new Error('import failed');
    expect(withIdentity.dataset.flights).toEqual(without.dataset.flights);
    expect(withIdentity.dataset.flights.find((f) => f.id === 'known')?.registration).toBeUndefined();
    const notes = withIdentity.warnings.filter((w) => w.message.includes('derived identity'));
    expect(notes).toHaveLength(1);
    expect(notes[0]!.field).toBe(IDENTITY_CSV_COLUMNS[0]);
    for (const column of IDENTITY_CSV_COLUMNS) expect(notes[0]!.message).toContain(column);
  });

  it('JSON: writes an identity block for the flights with something to say, which a re-import does not read', () => {
    const text = toJson(dataset.flights, dataset, identityOf);
    const doc = JSON.parse(text) as Record<string, unknown>;
    expect(doc[IDENTITY_JSON_KEY]).toEqual({
      about: IDENTITY_BLOCK_ABOUT,
      flights: [
        {
          id: 'known',
          derived: [
            { field: 'registration', value: '4K-TEST1', source: 'test-db.csv (imported 2026-12-02)' },
            { field: 'operator', value: 'Test Operator, Ltd', source: 'callsign prefix AHY (test)' },
          ],
          conflicts: [
            {
              kind: 'operator-vs-callsign',
              field: 'operator',
              own: 'Mine',
              other: 'Theirs',
              source: 'callsign prefix AHY (test)',
            },
          ],
        },
      ],
    });
    // The flights themselves carry only their own fields.
    expect((doc.flights as Flight[]).find((f) => f.id === 'known')?.registration).toBeUndefined();
    const back = parseImport(text, { gazetteer: testGazetteer });
    if (!back.ok) throw new Error('import failed');
    expect(back.dataset.flights).toEqual(dataset.flights);
    expect(back.warnings.map((w) => w.field)).toContain(IDENTITY_JSON_KEY);
    expect(JSON.parse(toJson(dataset.flights, dataset)) as object).not.toHaveProperty(IDENTITY_JSON_KEY);
  });
});
