// Issue 12, "error lists can explode": a row with a 1 MB id and many bad sources made ~2 billion
// characters of error text. Every issue quotes at most ~80 characters of a value, with an ellipsis and
// the full length, so the report of any file is bounded; each issue still names row and field.
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../src/data/import';
import type { ImportResult, Issue } from '../../src/data/contract';
import { MAX_LISTED_ISSUES, quoted, shown } from '../../src/data/validate';
import { testGazetteer } from '../fixtures/test-gazetteer';

const MB = 1024 * 1024;
const HUGE = 'x'.repeat(MB);
const LONG = 'y'.repeat(10_000);
// Generous: a message names a row, a field and a few values of at most ~80 characters each.
const MAX_MESSAGE = 1100;

function issues(result: ImportResult): Issue[] {
  return [...(result.ok ? [] : result.errors), ...result.warnings];
}

function expectBounded(result: ImportResult): void {
  const all = issues(result);
  expect(all.length).toBeGreaterThan(0);
  expect(all.length).toBeLessThanOrEqual(2 * MAX_LISTED_ISSUES + 2);
  for (const issue of all) {
    expect(issue.message.length).toBeLessThanOrEqual(MAX_MESSAGE);
    expect((issue.id ?? '').length).toBeLessThanOrEqual(128);
    expect((issue.field ?? '').length).toBeLessThanOrEqual(MAX_MESSAGE);
  }
  const total = JSON.stringify(all).length;
  expect(total).toBeLessThan(2 * MAX_LISTED_ISSUES * (MAX_MESSAGE + 400));
}

describe('bounded issue text', () => {
  it('quotes a long value as its first 80 characters, an ellipsis and its full length', () => {
    expect(quoted('abc')).toBe('"abc"');
    expect(quoted('a'.repeat(80))).toBe(`"${'a'.repeat(80)}"`);
    expect(quoted(HUGE)).toBe(`"${'x'.repeat(80)}…" (1,048,576 characters)`);
    expect(shown(HUGE)).toBe(quoted(HUGE));
  });

  it('a CSV row with a 1 MB id and 5,000 bad sources: bounded, naming row and field', () => {
    const sources = Array.from({ length: 5000 }, () => `P; t; ${HUGE.slice(0, 100)}; 2023-01-01; extra`);
    const csv =
      'id,date,origin,destination,confidence,sources\n' +
      `${HUGE},2023-03-02,UBBB,LLOV,reported,"${sources.join(' | ')}"\n`;
    const result = parseImport(csv, { gazetteer: testGazetteer });
    expect(result.ok).toBe(false);
    expectBounded(result);
    const first = issues(result)[0];
    expect(first?.row).toBe(2);
    expect(first?.field).toBeDefined();
    expect(first?.message).toMatch(/^row 2 \(id "x{80}…" \(1,048,576 characters\)\), field /);
  });

  it('a JSON flight with 1 MB values in every field and many sources: bounded', () => {
    const doc = {
      schemaVersion: 2,
      title: 't',
      synthetic: false,
      flights: [
        {
          id: HUGE,
          date: HUGE,
          origin: HUGE,
          destination: HUGE,
          confidence: HUGE,
          icao24: HUGE,
          departureTime: HUGE,
          sources: Array.from({ length: 1500 }, () => ({
            publisher: 'P',
            url: `javascript:${LONG}`,
            published: LONG,
          })),
          [HUGE]: 1,
        },
      ],
    };
    const result = parseImport(JSON.stringify(doc), { gazetteer: testGazetteer });
    expect(result.ok).toBe(false);
    expectBounded(result);
    for (const issue of result.ok ? [] : result.errors) {
      expect(issue.row).toBe(1);
      expect(issue.field).toBeDefined();
    }
  });

  it('an OpenSky row of 1 MB cells: bounded', () => {
    const csv =
      'icao24,firstSeen,estDepartureAirport,lastSeen,estArrivalAirport,callsign\n' +
      `${HUGE},${HUGE},${HUGE},${HUGE},${HUGE},x\n`;
    expectBounded(parseImport(csv, { gazetteer: testGazetteer }));
  });

  it('a CSV header with a 1 MB column name: bounded', () => {
    const csv = `id,date,origin,destination,confidence,sources,${HUGE}\nf1,2023-03-02,UBBB,LLOV,reported,P\n`;
    const result = parseImport(csv, { gazetteer: testGazetteer });
    expectBounded(result);
  });
});
