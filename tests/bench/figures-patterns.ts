// The Patterns figures (issue 15): each pattern over 100k flights against the same answer from
// crossfilter2 (the established library for grouped counts over records), or, for the hour × weekday
// grid in local time, Intl called once per flight (what a spreadsheet-style script does).
import crossfilter from 'crossfilter2';
import type { Dataset, Flight } from '../../src/data/contract';
import {
  comparePeriods,
  flightsByAircraft,
  groundTimes,
  periodOf,
  rhythmCounts,
  seriesBy,
  type Period,
} from '../../src/data/patterns';
import { contest } from './measure';
import type { Row } from './measure';

const ZONES: Record<string, string> = { LLOV: 'Asia/Jerusalem', UBBB: 'Asia/Baku', LLBG: 'Asia/Jerusalem' };
const zoneOf = (icao: string) => ZONES[icao] ?? 'Asia/Baku';

function periodsOf(flights: readonly Flight[]): { a: Period; b: Period } {
  const dates = flights.map((f) => f.date).sort();
  const mid = dates[dates.length >> 1]!;
  return { a: { from: dates[0]!, to: mid }, b: { from: mid, to: dates.at(-1)! } };
}

function row(name: string, n: number, peer: string, times: { ours_ms: number; peer_ms: number }): Row {
  return {
    name,
    n,
    ours_ms: times.ours_ms,
    peer,
    peer_ms: times.peer_ms,
    ratio: times.ours_ms / times.peer_ms,
  };
}

export function patternFigures(dataset: Dataset, runs: number): Row[] {
  const flights = dataset.flights;
  const n = flights.length;
  const { a, b } = periodsOf(flights);
  const rows: Row[] = [];

  // Compare: counts and routes per period. Crossfilter: a date dimension filtered to each period and a
  // route group (built once, as a dashboard would, outside the timing).
  const cf = crossfilter(flights as Flight[]);
  const date = cf.dimension((f) => f.date);
  const routes = cf.dimension((f) => `${f.origin}>${f.destination}`).group();
  const airframes = cf.dimension((f) => f.icao24 ?? f.registration ?? '').group();
  const ours = comparePeriods(flights, a, b);
  date.filterRange([a.from, `${a.to}\uffff`]);
  if (cf.groupAll().value() !== ours.a.flights) throw new Error('compare: crossfilter and ours disagree');
  rows.push(
    row(
      'pattern-compare',
      n,
      'crossfilter2',
      contest({
        ours: () => comparePeriods(flights, a, b),
        peer: () =>
          [a, b].map((p) => {
            date.filterRange([p.from, `${p.to}\uffff`]);
            return [
              cf.groupAll().value(),
              routes.all().filter((g) => (g.value as number) > 0),
              airframes.all().filter((g) => (g.value as number) > 0),
            ];
          }),
        runs,
        warmup: 2,
      }),
    ),
  );
  date.filterAll();

  const destinationPeriod = cf.dimension((f) => `${f.destination}|${periodOf(f.date, 'month')}`).group();
  rows.push(
    row(
      'pattern-destinations',
      n,
      'crossfilter2',
      contest({
        ours: () => seriesBy(flights, 'destination', 'month'),
        // A crossfilter group is kept up to date as filters change: the peer pays the filter change
        // (to the second period and back), as the chart would after a filter change.
        peer: () => {
          date.filterRange([b.from, `${b.to}\uffff`]);
          date.filterAll();
          return destinationPeriod.all();
        },
        runs,
        warmup: 2,
      }),
    ),
  );

  // Local-time grid: ours caches Intl per zone and UTC quarter-hour; the peer asks Intl for each flight.
  const formats = new Map<string, Intl.DateTimeFormat>();
  const naiveCell = (f: Flight) => {
    const zone = zoneOf(f.origin);
    let format = formats.get(zone);
    if (!format) {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        weekday: 'short',
        hour: '2-digit',
        hourCycle: 'h23',
      });
      formats.set(zone, format);
    }
    const parts = format.formatToParts(Date.parse(f.departureTime!));
    return `${parts.find((p) => p.type === 'weekday')!.value} ${parts.find((p) => p.type === 'hour')!.value}`;
  };
  const timed = flights.filter((f) => f.departureTime !== undefined);
  rows.push(
    row(
      'pattern-rhythm-local',
      n,
      'Intl per flight',
      contest({
        ours: () => rhythmCounts(flights, 'departure', zoneOf),
        peer: () => {
          const counts = new Map<string, number>();
          for (const f of timed) {
            const cell = naiveCell(f);
            counts.set(cell, (counts.get(cell) ?? 0) + 1);
          }
          return counts;
        },
        runs: Math.max(3, runs >> 1),
        warmup: 1,
      }),
    ),
  );

  // Ground time at the busiest destination. Peer: crossfilter's aircraft dimension, each aircraft's
  // records sorted by time and walked (crossfilter groups, it does not pair).
  const busiest = ours.routes[0]?.key.split('>')[1] ?? 'LLOV';
  const byAircraftDimension = cf.dimension((f) => f.icao24 ?? f.registration ?? '');
  const byAircraft = flightsByAircraft(flights);
  rows.push(
    row(
      'pattern-ground-time',
      n,
      'crossfilter2 + sort',
      contest({
        // As the app does on a filter change: each aircraft's flights sorted once per dataset.
        ours: () => groundTimes(flights, busiest, { byAircraft }),
        peer: () => {
          const all = byAircraftDimension.top(Infinity) as Flight[];
          const groups = new Map<string, Flight[]>();
          for (const f of all) {
            const key = f.icao24 ?? f.registration ?? '';
            let list = groups.get(key);
            if (!list) groups.set(key, (list = []));
            list.push(f);
          }
          const minutes: number[] = [];
          for (const list of groups.values()) {
            list.sort(
              (x, y) => Date.parse(x.departureTime ?? x.date) - Date.parse(y.departureTime ?? y.date),
            );
            for (let i = 0; i + 1 < list.length; i++) {
              const f = list[i]!;
              const g = list[i + 1]!;
              if (f.destination === busiest && g.origin === busiest && f.arrivalTime && g.departureTime)
                minutes.push((Date.parse(g.departureTime) - Date.parse(f.arrivalTime)) / 60_000);
            }
          }
          return minutes.sort((x, y) => x - y);
        },
        runs: Math.max(3, runs >> 1),
        warmup: 1,
      }),
    ),
  );
  return rows;
}
