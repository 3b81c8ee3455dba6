import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/data/export';
import { builtInGazetteer } from '../../src/data/geo/builtin-gazetteer';
import { GENERATOR_AIRPORTS, GENERATOR_PUBLISHER, generateDataset } from '../../src/data/sample';
import { parseImport } from '../../src/data/import';
import { createRandom, mulberry32 } from '../../src/data/sample';
import { dayNumber, isIsoDate, utcDateOf } from '../../src/data/contract';
import { isDateTimeWithOffset } from '../../src/data/validate';
import { CONFIDENCES, FLIGHT_FIELDS, type Dataset, type Flight } from '../../src/data/contract';

const CONTRACT_KEYS: readonly string[] = FLIGHT_FIELDS;

/** Every way a generated flight could break the contract (or the generator's own promises); [] if none. */
function flightProblems(flight: Flight, airports: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) problems.push(`${flight.id}: ${what}`);
  };
  const keys = Object.keys(flight);
  check(
    keys.every(
      (key, i) =>
        CONTRACT_KEYS.includes(key) &&
        (i === 0 || CONTRACT_KEYS.indexOf(keys[i - 1] ?? '') < CONTRACT_KEYS.indexOf(key)),
    ),
    `keys not contract fields in contract order: ${keys.join(',')}`,
  );
  check(flight.id.length >= 1 && flight.id.length <= 128, 'id length');
  check(isIsoDate(flight.date), 'date');
  check(airports.has(flight.origin) && airports.has(flight.destination), 'airport not in the list');
  check(flight.origin !== flight.destination, 'origin equals destination');
  check(CONFIDENCES.includes(flight.confidence), 'confidence');
  check(
    (flight.departureTime === undefined) === (flight.arrivalTime === undefined),
    'one time without the other',
  );
  if (flight.arrivalTime !== undefined && flight.departureTime !== undefined) {
    check(
      isDateTimeWithOffset(flight.arrivalTime) && isDateTimeWithOffset(flight.departureTime),
      'time format',
    );
    check(utcDateOf(flight.arrivalTime) === flight.date, 'date is not the arrival date');
    check(Date.parse(flight.departureTime) < Date.parse(flight.arrivalTime), 'departs after arriving');
  }
  check(flight.icao24 === undefined || /^[0-9a-f]{6}$/.test(flight.icao24), 'icao24');
  check(
    flight.registration === undefined || /^(4K-GEN\d+|XX-[A-Z]{2}\d)$/.test(flight.registration),
    'registration',
  );
  check(/^Example Cargo \d$/.test(flight.operator ?? ''), 'operator');
  check(flight.sources.length >= 1 && flight.sources[0]?.publisher === GENERATOR_PUBLISHER, 'first source');
  if (flight.confidence === 'synthetic') check(flight.sources.length === 1, 'synthetic with a second source');
  else
    check(flight.sources.length === 2 && /^https:\/\//.test(flight.sources[1]?.url ?? ''), 'second source');
  return problems;
}

function problemsOf(dataset: Dataset): string[] {
  const airports = new Set(dataset.airports.map((a) => a.icao));
  return dataset.flights.flatMap((flight) => flightProblems(flight, airports));
}

describe('mulberry32 / createRandom', () => {
  it('is deterministic per seed and stays in [0, 1)', () => {
    const a = mulberry32(5);
    const b = mulberry32(5);
    const c = mulberry32(6);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 1000 }, () => c())).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('gives integers, picks and hex in range', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 1000 }), (seed, n) => {
        const random = createRandom(seed);
        const k = random.int(n);
        expect(Number.isInteger(k) && k >= 0 && k < n).toBe(true);
        const m = random.between(-n, n);
        expect(m >= -n && m <= n).toBe(true);
        expect(random.hex(6)).toMatch(/^[0-9a-f]{6}$/);
      }),
    );
    expect(() => createRandom(1).pick([])).toThrow(RangeError);
  });
});

describe('generateDataset', () => {
  it('is deterministic: the same seed gives the same dataset, another seed another', () => {
    const a = generateDataset({ flights: 3000, seed: 42 });
    expect(generateDataset({ flights: 3000, seed: 42 })).toEqual(a);
    expect(JSON.stringify(generateDataset({ flights: 3000, seed: 42 }))).toBe(JSON.stringify(a));
    expect(generateDataset({ flights: 3000, seed: 43 }).flights).not.toEqual(a.flights);
  });

  it.each([0, 1, 7, 2500])('generates exactly %i valid flights with unique ids', (n) => {
    const dataset = generateDataset({ flights: n, seed: n });
    expect(dataset.flights).toHaveLength(n);
    expect(new Set(dataset.flights.map((f) => f.id)).size).toBe(n);
    expect(problemsOf(dataset)).toEqual([]);
  });

  it.each([
    ['2020-01-01', '2020-12-31'],
    ['2023-09-01', '2023-09-17'],
    ['2024-02-29', '2024-02-29'],
    ['2016-01-01', '2024-12-31'],
  ])('keeps every date within %s … %s, sorted', (from, to) => {
    const { flights, events } = generateDataset({ flights: 2000, seed: 9, from, to });
    const dates = flights.map((f) => f.date);
    expect(dates.every((d) => d >= from && d <= to)).toBe(true);
    expect([...dates].sort()).toEqual(dates);
    expect(events.every((e) => e.date >= from && e.date <= to)).toBe(true);
  });

  it('keeps the contract and the range for any seed, size and range (property)', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: dayNumber('2000-01-01'), max: dayNumber('2030-01-01') }),
        fc.integer({ min: 0, max: 4000 }),
        (seed, n, start, length) => {
          const from = new Date(start * 86_400_000).toISOString().slice(0, 10);
          const to = new Date((start + length) * 86_400_000).toISOString().slice(0, 10);
          const dataset = generateDataset({ flights: n, seed, from, to });
          expect(dataset.flights).toHaveLength(n);
          expect(problemsOf(dataset)).toEqual([]);
          expect(dataset.flights.every((f) => f.date >= from && f.date <= to)).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });

  it.each([
    [{ flights: -1 }, /whole number/],
    [{ flights: 1.5 }, /whole number/],
    [{ flights: 10, from: '2020-02-01', to: '2020-01-31' }, /not be after/],
  ])('rejects %j', (options, message) => {
    expect(() => generateDataset(options)).toThrow(message);
  });

  it('describes itself as generated and lists its ~60 real airports as in the gazetteer', () => {
    const dataset = generateDataset({ flights: 10 });
    expect(dataset.synthetic).toBe(true);
    expect(dataset.schemaVersion).toBe(1);
    expect(dataset.description).toMatch(/Every record in this dataset is generated/);
    expect(dataset.airports.map((a) => a.icao)).toEqual([...GENERATOR_AIRPORTS]);
    expect(new Set(GENERATOR_AIRPORTS).size).toBeGreaterThanOrEqual(55);
    for (const airport of dataset.airports) expect(builtInGazetteer.get(airport.icao)).toEqual(airport);
  });

  it('mixes confidences about 1/5/10/84 % and skews route popularity', () => {
    const { flights } = generateDataset({ flights: 50_000, seed: 3 });
    const share = (c: string) => flights.filter((f) => f.confidence === c).length / flights.length;
    expect(share('confirmed')).toBeCloseTo(0.01, 2);
    expect(share('reported')).toBeCloseTo(0.05, 2);
    expect(share('inferred')).toBeCloseTo(0.1, 2);
    expect(share('synthetic')).toBeCloseTo(0.84, 1);

    const perRoute = new Map<string, number>();
    for (const f of flights)
      perRoute.set(`${f.origin}>${f.destination}`, (perRoute.get(`${f.origin}>${f.destination}`) ?? 0) + 1);
    const counts = [...perRoute.values()].sort((a, b) => b - a);
    expect(counts.length).toBeGreaterThan(250);
    expect(counts.length).toBeLessThanOrEqual(300);
    expect(counts[0]).toBeGreaterThan(20 * (counts[Math.floor(counts.length / 2)] ?? Infinity));
    // Baku → Ovda is the busiest route.
    expect(perRoute.get('UBBB>LLOV')).toBe(counts[0]);
  });

  it('has bursts: some month holds far more flights than the average month', () => {
    const { flights } = generateDataset({ flights: 20_000, seed: 11 });
    const perMonth = new Map<string, number>();
    for (const f of flights) perMonth.set(f.date.slice(0, 7), (perMonth.get(f.date.slice(0, 7)) ?? 0) + 1);
    const max = Math.max(...perMonth.values());
    expect(max).toBeGreaterThan(2 * (flights.length / perMonth.size));
  });

  it('imports back through parseImport as JSON and as CSV with no errors', () => {
    const dataset = generateDataset({ flights: 3000, seed: 5 });
    const json = parseImport(JSON.stringify(dataset), { fileName: 'generated.json' });
    expect(json.ok ? [] : json.errors).toEqual([]);
    if (json.ok) {
      expect(json.dataset.flights).toEqual(dataset.flights);
      expect(json.dataset.synthetic).toBe(true);
    }
    const csv = parseImport(toCsv(dataset.flights, dataset), { fileName: 'generated.csv' });
    expect(csv.ok ? [] : csv.errors).toEqual([]);
    if (csv.ok) expect(csv.dataset.flights).toEqual(dataset.flights);
  });

  it('generates a million flights in a few seconds', () => {
    const started = performance.now();
    const { flights } = generateDataset({ flights: 1_000_000, seed: 1 });
    const ms = performance.now() - started;
    expect(flights).toHaveLength(1_000_000);
    expect(flights[999_999]?.id).toBe('gen-1-1000000');
    // Generous bound for a busy 2-core machine; locally ~1.5 s.
    expect(ms).toBeLessThan(15_000);
  });
});
