import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../src/data/import';
import { toJson } from '../../../src/data/export';
import { caseFileJson, caseFileName, planMerge, titleSlug, isEmptyPlan } from '../../../src/data/merge';
import type { Dataset } from '../../../src/data/contract';
import { makeDataset, makeFlights } from '../../fixtures/flights';
import { TEST_AIRPORTS } from '../../fixtures/test-gazetteer';

/** A case with everything a case file carries, including what a view's JSON export leaves out. */
function caseDataset(): Dataset {
  const flights = makeFlights(3, (i) =>
    i === 0
      ? {
          review: { status: 'disputed', by: 'Ana', at: '2026-12-01T10:00:00Z', note: 'two sources disagree' },
          tags: ['contract', 'night'],
          dateEnd: '2016-01-07',
        }
      : {},
  );
  return makeDataset(flights, {
    schemaVersion: 2,
    // An airport no flight uses any more, and an event outside the flights' days.
    airports: TEST_AIRPORTS.slice(),
    events: [
      { date: '2016-01-02', title: 'Inside' },
      { date: '2019-05-01', title: 'Outside', dateEnd: '2019-05-31', sources: [{ publisher: 'Ana' }] },
    ],
    tracks: [
      { flightId: 'f1', source: { publisher: 'ADS-B Exchange' }, points: [[1, 40.4, 50, null, true]] },
    ],
    log: [
      { at: '2026-12-01T09:00:00Z', action: 'import', after: 'a.json (4 flights)' },
      { at: '2026-12-01T10:00:00Z', by: 'Ana', action: 'delete', flightId: 'gone-1' },
      {
        at: '2026-12-01T10:05:00Z',
        by: 'Ana',
        action: 'edit',
        flightId: 'f0',
        field: 'tags',
        after: ['contract', 'night'],
      },
    ],
  });
}

describe('case file', () => {
  it('re-imports deep-equal: flights, review, tags, events, tracks, airports and the whole log', () => {
    const d = caseDataset();
    const result = parseImport(caseFileJson(d));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset).toEqual(d);
  });

  it('keeps what a view export drops (the delete entry of a gone flight, an event outside the flights)', () => {
    const d = caseDataset();
    const viewExport = parseImport(toJson(d.flights, d));
    expect(viewExport.ok && viewExport.dataset).not.toEqual(d);
  });

  it('merging my own re-imported case file changes nothing', () => {
    const d = caseDataset();
    const again = parseImport(caseFileJson(d));
    if (!again.ok) throw new Error('not imported');
    expect(isEmptyPlan(planMerge(d, again.dataset))).toBe(true);
  });

  it.each([
    ['Karabakh airlift, 2023', 'case-karabakh-airlift-2023-2026-12-02.json'],
    ['Çəkilmə — Ganja/Ovda', 'case-cəkilmə-ganja-ovda-2026-12-02.json'],
    ['Déjà vu', 'case-deja-vu-2026-12-02.json'],
    ['שלום', 'case-שלום-2026-12-02.json'],
    ['—', 'case-dataset-2026-12-02.json'],
  ])('names the file after the title and the UTC day: %s', (title, name) => {
    expect(caseFileName(title, new Date('2026-12-02T23:30:00Z'))).toBe(name);
  });

  it('keeps a slug to 60 characters without a trailing dash', () => {
    const slug = titleSlug(`${'a'.repeat(59)} b`);
    expect(slug).toBe('a'.repeat(59));
  });
});
