// The `index` and `query` figures: our index and one-pass view against crossfilter2.
import crossfilter from 'crossfilter2';
import { computeView, createIndex } from '../../src/data/query';
import type { FlightIndex } from '../../src/data/query';
import { dayNumber, dayToDate } from '../../src/data/contract';
import type { Dataset, Flight } from '../../src/data/contract';
import { contest, seeded } from './measure';
import type { Row } from './measure';

/**
 * Crossfilter with what the dashboard needs: a date dimension to filter, a route dimension and a
 * second day dimension to group (a crossfilter group ignores its own dimension's filter, so day bins
 * that follow the date filter need their own dimension).
 */
function buildCrossfilter(flights: Flight[]) {
  const cf = crossfilter(flights);
  const date = cf.dimension((f) => dayNumber(f.date));
  const routes = cf.dimension((f) => `${f.origin}>${f.destination}`).group();
  const days = cf.dimension((f) => dayNumber(f.date)).group();
  return { cf, date, routes, days };
}

export function indexFigure(dataset: Dataset, runs: number): Row {
  const n = dataset.flights.length;
  const { ours_ms, peer_ms } = contest({
    ours: () => createIndex(dataset),
    peer: () => buildCrossfilter(dataset.flights),
    runs,
    warmup: n <= 100_000 ? 1 : 0,
  });
  return { name: 'index', n, ours_ms, peer: 'crossfilter2', peer_ms, ratio: ours_ms / peer_ms };
}

/** Random one-year windows inside the data's span, the same for both sides. */
function windows(index: FlightIndex, count: number): [number, number][] {
  const first = index.day[0] ?? 0;
  const last = index.day[index.day.length - 1] ?? 0;
  const random = seeded(20221001);
  return Array.from({ length: count }, () => {
    const from = first + Math.floor(random() * Math.max(1, last - first - 364));
    return [from, from + 364];
  });
}

export function queryFigure(dataset: Dataset, runs: number): Row {
  const n = dataset.flights.length;
  const index = createIndex(dataset);
  const peer = buildCrossfilter(dataset.flights);
  const warmup = n <= 100_000 ? 3 : 1;
  const ranges = windows(index, runs + warmup);
  const at = (run: number) => ranges[run < 0 ? runs - 1 - run : run];
  // Same answer on both sides before timing anything.
  for (const [from, to] of ranges.slice(0, 3)) {
    const view = computeView(index, { from: dayToDate(from), to: dayToDate(to) }, 'day');
    peer.date.filterRange([from, to + 1]);
    if (peer.cf.allFiltered().length !== view.total) throw new Error('query: crossfilter and ours disagree');
  }
  const { ours_ms, peer_ms } = contest({
    ours: (run) => {
      const [from, to] = at(run) ?? [0, 0];
      return computeView(index, { from: dayToDate(from), to: dayToDate(to) }, 'day');
    },
    peer: (run) => {
      const [from, to] = at(run) ?? [0, 0];
      peer.date.filterRange([from, to + 1]);
      return [peer.routes.all(), peer.days.all(), peer.cf.allFiltered()];
    },
    runs,
    warmup,
    gcEach: n > 100_000,
  });
  return { name: 'query', n, ours_ms, peer: 'crossfilter2', peer_ms, ratio: ours_ms / peer_ms };
}
