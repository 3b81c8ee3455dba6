import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serializeSampleDataset } from '../../src/cli/build-sample';
import { builtInGazetteer } from '../../src/data/geo/builtin-gazetteer';
import { parseImport } from '../../src/data/import';
import {
  dayNumber,
  isIsoDate,
  originalPublisher,
  publisherKey,
  republisherOf,
  utcDateOf,
} from '../../src/data/contract';
import { isIsoDateTimeWithOffset } from '../oracles/iso-date-time';
import type { Dataset, Flight } from '../../src/data/contract';

const fileText = readFileSync(new URL('../../data/sample-flights.json', import.meta.url), 'utf8');
const sample = JSON.parse(fileText) as Dataset;
const real = sample.flights.filter((f) => f.confidence !== 'synthetic');
const synthetic = sample.flights.filter((f) => f.confidence === 'synthetic');

// shared/facts.md, "Airports".
const FACTS_AIRPORTS = [
  { icao: 'LLOV', iata: 'VDA', name: 'Ovda (Uvda)', lat: 29.9403, lon: 34.9358, country: 'IL' },
  { icao: 'LLBG', iata: 'TLV', name: 'Ben Gurion', lat: 32.0114, lon: 34.8867, country: 'IL' },
  { icao: 'LLNV', iata: 'VTM', name: 'Nevatim Air Base', lat: 31.2083, lon: 35.0123, country: 'IL' },
  { icao: 'LLER', iata: 'ETM', name: 'Ramon', lat: 29.7237, lon: 35.0114, country: 'IL' },
  {
    icao: 'UBBB',
    iata: 'GYD',
    name: 'Heydar Aliyev International, Baku',
    lat: 40.4675,
    lon: 50.0467,
    country: 'AZ',
  },
  { icao: 'UBBG', iata: 'KVD', name: 'Ganja', lat: 40.7377, lon: 46.3176, country: 'AZ' },
  { icao: 'UBBN', iata: 'NAJ', name: 'Nakhchivan', lat: 39.1888, lon: 45.4584, country: 'AZ' },
];

// shared/facts.md, "Dated events": every one must be on the timeline with its source(s).
const FACTS_EVENTS: [string, string[]][] = [
  ['2016-04-02', ['https://en.wikipedia.org/wiki/2016_Nagorno-Karabakh_conflict']],
  [
    '2018-04-30',
    [
      'https://www.timesofisrael.com/netanyahu-european-officials-will-come-to-see-secret-iran-nuclear-archive/',
    ],
  ],
  ['2020-09-27', ['https://simple.m.wikipedia.org/wiki/2020_Nagorno-Karabakh_war']],
  ['2020-11-10', ['https://simple.m.wikipedia.org/wiki/2020_Nagorno-Karabakh_war']],
  [
    '2022-10-03',
    [
      'https://www.jpost.com/israel-news/article-718882',
      'https://www.timesofisrael.com/in-azerbaijan-gantz-discusses-defense-ties-with-president-and-other-top-officials/',
    ],
  ],
  ['2022-11-18', ['https://en.trend.az/azerbaijan/politics/3728529.html']],
  [
    '2023-01-27',
    [
      'https://caspiannews.com/news-detail/deadly-attack-on-azerbaijani-embassy-in-iran-leaves-one-dead-two-injured-2023-1-27-0/',
    ],
  ],
  [
    '2023-03-06',
    ['http://www.defenddemocracy.press/92-flights-from-israeli-base-reveal-arms-exports-to-azerbaijan/'],
  ],
  ['2023-03-29', ['http://www.today.az/news/politics/232758.html']],
  ['2023-05-30', ['https://turan.az/en/politics/israeli-presidents-visit-to-baku-766141']],
  [
    '2023-09-19',
    [
      'https://peoplesdispatch.org/2023/09/20/ceasefire-announced-hours-after-azerbaijan-launches-military-operation-in-nagorno-karabakh/',
    ],
  ],
  ['2023-10-05', ['https://www.israelnationalnews.com/news/377913']],
];

// facts.md's reported flights: [id, date, origin, destination, confidence].
const REAL_FLIGHTS: [string, string, string, string, Flight['confidence']][] = [
  ['haaretz-2016-04-04-azaf8', '2016-04-04', 'UBBB', 'LLOV', 'inferred'],
  ['haaretz-2016-04-06-azaf8', '2016-04-06', 'UBBB', 'LLOV', 'inferred'],
  ['haaretz-2023-03-02-in', '2023-03-02', 'UBBB', 'LLOV', 'inferred'],
  ['haaretz-2023-03-02-out', '2023-03-02', 'LLOV', 'UBBB', 'inferred'],
  ['rferl-2024-09-04-silkway', '2024-09-04', 'LLOV', 'UBBB', 'reported'],
];

function perDay(flights: Flight[], from: string, to: string): number {
  const n = flights.filter((f) => f.date >= from && f.date <= to).length;
  return n / (dayNumber(to) - dayNumber(from) + 1);
}

describe('data/sample-flights.json', () => {
  it('is exactly what src/cli/build-sample.ts generates (regenerate it after changing the script)', () => {
    expect(fileText).toBe(serializeSampleDataset());
  });

  it('is a synthetic-flagged contract dataset with the fixed title and compile date', () => {
    expect(sample.schemaVersion).toBe(1);
    expect(sample.synthetic).toBe(true);
    expect(sample.title).toBe('Reported and illustrative cargo flights, Baku ↔ Ovda (sample)');
    expect(sample.compiledAt).toBe('2026-11-25');
    expect(sample.description).toMatch(/illustrative synthetic records, not observations/);
    expect(sample.description).toContain(`${real.length} flights come from public reports`);
    expect(sample.description).toContain(`other ${synthetic.length} flights`);
  });

  it('lists the airports of facts.md exactly, all of which the gazetteer also knows', () => {
    expect(sample.airports).toEqual(FACTS_AIRPORTS);
    for (const a of sample.airports) expect(builtInGazetteer.get(a.icao)).toBeDefined();
  });

  it('imports through parseImport with no errors and no warnings', () => {
    const result = parseImport(fileText, { fileName: 'sample-flights.json', gazetteer: builtInGazetteer });
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    if (result.ok) expect(result.dataset.flights).toHaveLength(sample.flights.length);
  });

  it('has unique ids, dates in order, and times that agree with the dates', () => {
    const ids = sample.flights.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    const dates = sample.flights.map((f) => f.date);
    expect([...dates].sort()).toEqual(dates);
    for (const f of sample.flights) {
      expect(isIsoDate(f.date)).toBe(true);
      if (f.arrivalTime) {
        expect(isIsoDateTimeWithOffset(f.arrivalTime)).toBe(true);
        expect(utcDateOf(f.arrivalTime)).toBe(f.date);
        expect(Date.parse(f.departureTime!)).toBeLessThan(Date.parse(f.arrivalTime));
      }
    }
  });

  it.each(REAL_FLIGHTS)(
    'holds the reported flight %s (%s, %s → %s, %s)',
    (id, date, origin, destination, confidence) => {
      const flight = sample.flights.find((f) => f.id === id);
      expect(flight).toMatchObject({ date, origin, destination, confidence });
    },
  );

  it('presents only the reported flights as real, each sourced, explained and without invented detail', () => {
    expect(real.map((f) => f.id).sort()).toEqual(REAL_FLIGHTS.map(([id]) => id).sort());
    for (const f of real) {
      expect(['reported', 'inferred']).toContain(f.confidence);
      expect(f.sources.length).toBeGreaterThan(0);
      for (const s of f.sources) {
        expect(s.publisher).not.toBe('');
        expect(s.url).toMatch(/^https?:\/\//);
        expect(isIsoDate(s.published ?? '')).toBe(true);
        expect(new URL(s.url!).protocol).toMatch(/^https?:$/);
      }
      expect(f.notes).toMatch(/report/);
      if (f.confidence === 'inferred') expect(f.notes).toMatch(/inferred/i);
      // No source gives a registration or times for these flights.
      expect(f.registration).toBeUndefined();
      expect(f.departureTime).toBeUndefined();
      expect(f.arrivalTime).toBeUndefined();
    }
  });

  it('invents no real flight for the undated AP report (1–17 September 2023)', () => {
    expect(real.filter((f) => f.date >= '2023-09-01' && f.date <= '2023-09-17')).toEqual([]);
  });

  it('marks every other flight as an illustrative synthetic record with made-up registrations', () => {
    expect(synthetic.length).toBeGreaterThanOrEqual(90);
    expect(synthetic.length).toBeLessThanOrEqual(120);
    for (const f of synthetic) {
      expect(f.id).toMatch(/^sample-\d{4}$/);
      expect(f.sources).toEqual([{ publisher: 'Airlift sample generator' }]);
      expect(f.registration === undefined || /^4K-SAMPLE\d+$/.test(f.registration)).toBe(true);
      expect(f.notes).toMatch(/^Illustrative .*not an observed flight\.$/);
      expect(f.operator).toBe('Silk Way Airlines');
      expect(f.aircraftType).toBe('Il-76TD');
    }
    expect(sample.flights.filter((f) => f.confidence === 'confirmed')).toEqual([]);
  });

  it('shapes the illustrative flights like the reports: peaks and sparse years', () => {
    const sparse = perDay(synthetic, '2017-01-01', '2019-12-31');
    expect(perDay(synthetic, '2016-05-01', '2016-08-31')).toBeGreaterThan(5 * sparse);
    expect(perDay(synthetic, '2020-09-01', '2020-12-31')).toBeGreaterThan(5 * sparse);
    expect(perDay(synthetic, '2021-11-01', '2021-12-31')).toBeGreaterThan(5 * sparse);
    expect(perDay(synthetic, '2023-09-01', '2023-09-17')).toBeGreaterThan(20 * sparse);
    // At least six illustrative Baku → Ovda arrivals in 1–17 September 2023, none during 18–30 September.
    const september = synthetic.filter((f) => f.date >= '2023-09-01' && f.date <= '2023-09-17');
    expect(
      september.filter((f) => f.origin === 'UBBB' && f.destination === 'LLOV').length,
    ).toBeGreaterThanOrEqual(6);
    expect(synthetic.filter((f) => f.date >= '2023-09-18' && f.date <= '2023-09-30')).toEqual([]);
    const codes = new Set(synthetic.flatMap((f) => [f.origin, f.destination]));
    for (const code of ['UBBB', 'LLOV', 'UBBG', 'LLNV', 'LLER']) expect(codes).toContain(code);
  });

  it.each(FACTS_EVENTS)('has the %s event with its source(s)', (date, urls) => {
    const event = sample.events.find((e) => e.date === date);
    expect(event).toBeDefined();
    expect(event!.sources?.map((s) => s.url)).toEqual(expect.arrayContaining(urls));
  });

  it('names republications in the one documented form, "Original (via Republisher)" (data/FORMAT.md)', () => {
    const all = [
      ...sample.flights.flatMap((f) => f.sources),
      ...(sample.events ?? []).flatMap((e) => e.sources ?? []),
    ];
    for (const { publisher } of all) {
      const republisher = republisherOf(publisher);
      const written = republisher
        ? `${originalPublisher(publisher)} (via ${republisher})`
        : originalPublisher(publisher);
      expect(publisher).toBe(written);
    }
    // The two Haaretz reports (via armenianclub.com, via defenddemocracy.press) are one publisher.
    const haaretz = new Set(all.filter((s) => s.publisher.startsWith('Haaretz')).map((s) => s.publisher));
    expect(haaretz.size).toBe(2);
    expect(new Set([...haaretz].map(publisherKey))).toEqual(new Set(['haaretz']));
  });

  it('gives every event a title and named http(s) sources, in date order', () => {
    const dates = sample.events.map((e) => e.date);
    expect([...dates].sort()).toEqual(dates);
    for (const event of sample.events) {
      expect(event.title.length).toBeGreaterThan(0);
      expect(event.sources?.length).toBeGreaterThan(0);
      for (const s of event.sources!) {
        expect(s.publisher.length).toBeGreaterThan(0);
        expect(s.url).toMatch(/^https?:\/\//);
      }
    }
  });
});
