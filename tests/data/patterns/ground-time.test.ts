import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Flight } from '../../../src/data/contract';
import { describeGroundTimes, groundTimes, type GroundTimes } from '../../../src/data/patterns';

const flight = (over: Partial<Flight> & Pick<Flight, 'id'>): Flight => ({
  date: '2023-03-01',
  origin: 'UBBB',
  destination: 'LLOV',
  confidence: 'reported',
  sources: [{ publisher: 'analyst' }],
  ...over,
});

describe('ground time at an airport', () => {
  const arrive = flight({
    id: 'a',
    icao24: '600abc',
    arrivalTime: '2023-03-01T10:00Z',
    departureTime: '2023-03-01T05:30Z',
  });
  const leave = flight({
    id: 'b',
    icao24: '600abc',
    origin: 'LLOV',
    destination: 'UBBB',
    departureTime: '2023-03-01T12:10Z',
    arrivalTime: '2023-03-01T16:00Z',
  });

  it('pairs an arrival with the next departure from the same airport', () => {
    const g = groundTimes([leave, arrive], 'LLOV');
    expect(g.pairs).toHaveLength(1);
    expect(g.pairs[0]!.minutes).toBe(130);
    expect(describeGroundTimes(g)).toBe('median 2 h 10 min on the ground at LLOV, 1 turnaround');
  });

  it.each([
    ['no later flight', [arrive]],
    ['next flight leaves from elsewhere', [arrive, { ...leave, origin: 'LLBG' }]],
    ['no arrival time', [{ ...arrive, arrivalTime: undefined }, leave]],
    ['no departure time', [arrive, { ...leave, departureTime: undefined, arrivalTime: '2023-03-01T16:00Z' }]],
    [
      'over the bound',
      [
        arrive,
        {
          ...leave,
          departureTime: '2023-03-09T12:10Z',
          arrivalTime: '2023-03-09T16:00Z',
          date: '2023-03-09',
        },
      ],
    ],
    [
      'no aircraft identity',
      [
        { ...arrive, icao24: undefined },
        { ...leave, icao24: undefined },
      ],
    ],
  ] as const)('a missing leg is a gap, not a long stay: %s', (reason, flights) => {
    const g = groundTimes(flights as unknown as Flight[], 'LLOV');
    expect(g.pairs).toHaveLength(0);
    expect(g.unpaired).toEqual({ [reason]: 1 });
    expect(describeGroundTimes(g)).toBe('No turnarounds at LLOV; 1 arrival could not be paired');
  });

  it('an aircraft is the same under its icao24 whatever its registration', () => {
    const g = groundTimes(
      [
        { ...arrive, registration: '4K-AZ1' },
        { ...leave, registration: '4K-AZ9' },
      ],
      'LLOV',
    );
    expect(g.pairs).toHaveLength(1);
  });

  /** The oracle: for each arrival, the aircraft's next flight found by a scan of all flights. */
  function naive(flights: Flight[], airport: string): { pairs: number; minutes: number[]; unpaired: number } {
    const key = (f: Flight) => f.icao24 ?? f.registration?.toUpperCase();
    const t = (f: Flight) => Date.parse(f.departureTime ?? f.arrivalTime ?? `${f.date}T00:00:00Z`);
    const minutes: number[] = [];
    let unpaired = 0;
    for (const f of flights) {
      if (f.destination !== airport) continue;
      const k = key(f);
      const later = flights.filter(
        (g) => g !== f && k !== undefined && key(g) === k && (t(g) > t(f) || (t(g) === t(f) && g.id > f.id)),
      );
      const next = later.sort((x, y) => t(x) - t(y) || (x.id < y.id ? -1 : 1))[0];
      const arr = f.arrivalTime ? Date.parse(f.arrivalTime) : NaN;
      const dep = next?.departureTime ? Date.parse(next.departureTime) : NaN;
      if (k === undefined || !next || next.origin !== airport || !(dep >= arr) || dep - arr > 72 * 3_600_000)
        unpaired++;
      else minutes.push((dep - arr) / 60_000);
    }
    return { pairs: minutes.length, minutes: minutes.sort((a, b) => a - b), unpaired };
  }

  it('equals a naive scan over random fleets', () => {
    const hour = fc.integer({ min: 0, max: 24 * 20 });
    const arb = fc.array(
      fc.record({
        plane: fc.constantFrom('600001', '600002', undefined),
        origin: fc.constantFrom('UBBB', 'LLOV', 'LLBG'),
        destination: fc.constantFrom('UBBB', 'LLOV', 'LLBG'),
        dep: fc.option(hour, { nil: undefined }),
        dur: fc.integer({ min: 1, max: 8 }),
        hasArr: fc.boolean(),
      }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(arb, (rows) => {
        const base = Date.parse('2023-03-01T00:00:00Z');
        const iso = (h: number) => new Date(base + h * 3_600_000).toISOString();
        const flights = rows.map((r, i) =>
          flight({
            id: `f${String(i).padStart(2, '0')}`,
            icao24: r.plane,
            origin: r.origin,
            destination: r.destination,
            date: iso((r.dep ?? 0) + r.dur).slice(0, 10),
            departureTime: r.dep === undefined ? undefined : iso(r.dep),
            arrivalTime: r.hasArr ? iso((r.dep ?? 0) + r.dur) : undefined,
          }),
        );
        const g: GroundTimes = groundTimes(flights, 'LLOV');
        const oracle = naive(flights, 'LLOV');
        expect(g.pairs.map((p) => p.minutes).sort((a, b) => a - b)).toEqual(oracle.minutes);
        expect(g.unpairedCount).toBe(oracle.unpaired);
      }),
    );
  });
});

describe('ground time for the filtered arrivals', () => {
  it('counts only the arrivals asked for, but pairs them with any later flight', () => {
    const base = {
      date: '2023-03-01',
      confidence: 'reported' as const,
      sources: [{ publisher: 'analyst' }],
      icao24: '600abc',
    };
    const inbound: Flight = {
      ...base,
      id: 'in',
      origin: 'UBBB',
      destination: 'LLOV',
      arrivalTime: '2023-03-01T10:00Z',
    };
    const outbound: Flight = {
      ...base,
      id: 'out',
      origin: 'LLOV',
      destination: 'UBBB',
      departureTime: '2023-03-01T11:00Z',
    };
    const other: Flight = {
      ...base,
      id: 'x',
      icao24: '600def',
      origin: 'UBBB',
      destination: 'LLOV',
      arrivalTime: '2023-03-02T10:00Z',
    };
    const g = groundTimes([inbound, outbound, other], 'LLOV', { countsArrival: (f) => f.id === 'in' });
    expect(g.pairs.map((p) => [p.arrival.id, p.departure.id, p.minutes])).toEqual([['in', 'out', 60]]);
    expect(g.unpairedCount).toBe(0);
  });
});
