/**
 * Evidence filters (source publisher, distinct publishers) and the map-area filter, as per-flight tests
 * over the index's columns, "both ends observed" (schema v2 tracks) and the review status (schema v2).
 * compileFilters adds them to its other tests.
 */
import type { FlightIndex } from './flight-index';
import { whenTest } from './when-column';
import { publisherKey, REVIEW_STATUSES, type Filters, type Flight, type ReviewStatus } from '../contract';

/** A flight's review status; absent = unreviewed. */
export function reviewStatusOf(flight: Pick<Flight, 'review'>): ReviewStatus {
  return flight.review?.status ?? 'unreviewed';
}

const reviewColumns = new WeakMap<FlightIndex, Uint8Array>();

/**
 * Review status code per flight (its position in REVIEW_STATUSES), once per index. The store builds a
 * new index after every change, so the column never goes stale. A status the contract does not name
 * (a hand-written file) counts as unreviewed.
 */
export function reviewColumn(index: FlightIndex): Uint8Array {
  let col = reviewColumns.get(index);
  if (!col) {
    // A plain loop (0 = unreviewed, the default): Uint8Array.from with a mapping function and indexOf
    // took ~18 ms at 100k flights, on every edit (each edit makes a new index).
    const flights = index.flights;
    col = new Uint8Array(flights.length);
    const verified = REVIEW_STATUSES.indexOf('verified');
    const disputed = REVIEW_STATUSES.indexOf('disputed');
    for (let i = 0; i < flights.length; i++) {
      const status = flights[i]!.review?.status;
      if (status === 'verified') col[i] = verified;
      else if (status === 'disputed') col[i] = disputed;
    }
    reviewColumns.set(index, col);
  }
  return col;
}

export interface Area {
  south: number;
  west: number;
  north: number;
  east: number;
}

const distinctPublisherCounts = new WeakMap<FlightIndex, Uint8Array>();

/** Distinct publishers (publisherKey) per flight, capped at 255, computed once per index on first use. */
function publisherCounts(index: FlightIndex): Uint8Array {
  let counts = distinctPublisherCounts.get(index);
  if (!counts) {
    const { publisherStart, publisherIds } = index;
    const n = index.flights.length;
    counts = new Uint8Array(n);
    // i < n and publisherStart has n + 1 entries; a ≤ q < p < b ≤ publisherIds.length.
    for (let i = 0; i < n; i++) {
      const a = publisherStart[i]!;
      const b = publisherStart[i + 1]!;
      let distinct = 0;
      for (let p = a; p < b; p++) {
        let seen = false;
        for (let q = a; q < p; q++) if (publisherIds[q]! === publisherIds[p]!) seen = true;
        if (!seen) distinct++;
      }
      counts[i] = Math.min(distinct, 255);
    }
    distinctPublisherCounts.set(index, counts);
  }
  return counts;
}

/** True when the point lies in the area; an area whose west is east of its east crosses the antimeridian. */
export function inArea(area: Area, lat: number, lon: number): boolean {
  if (lat < area.south || lat > area.north) return false;
  if (area.east - area.west >= 360) return true;
  const west = ((((area.west + 180) % 360) + 360) % 360) - 180;
  const east = ((((area.east + 180) % 360) + 360) % 360) - 180;
  return west <= east ? lon >= west && lon <= east : lon >= west || lon <= east;
}

/** The per-flight tests for `publishers`, `minPublishers`, `area`, `bothEndsObserved`, `review` and `when`. */
export function extraFilterTests(index: FlightIndex, filters: Filters): ((i: number) => boolean)[] {
  const tests: ((i: number) => boolean)[] = [];
  if (filters.publishers && filters.publishers.length > 0) {
    // Every spelling of a chosen publisher (publisherKey) is the same publisher.
    const wanted = new Uint8Array(index.publishers.length);
    for (const p of filters.publishers) {
      const id = index.publisherIdOf.get(publisherKey(p));
      if (id !== undefined) wanted[id] = 1;
    }
    const { publisherStart, publisherIds } = index;
    tests.push((i) => {
      const end = publisherStart[i + 1] ?? 0;
      for (let p = publisherStart[i] ?? 0; p < end; p++) if (wanted[publisherIds[p] ?? -1] === 1) return true;
      return false;
    });
  }
  if (filters.minPublishers !== undefined && filters.minPublishers > 1) {
    const counts = publisherCounts(index);
    const min = filters.minPublishers;
    tests.push((i) => (counts[i] ?? 0) >= min);
  }
  if (filters.area) {
    const area = filters.area;
    const byIcao = new Map(index.dataset.airports.map((a) => [a.icao, a]));
    const inside = Uint8Array.from(index.airports, (code) => {
      const a = byIcao.get(code);
      return a && inArea(area, a.lat, a.lon) ? 1 : 0;
    });
    const { origin, destination } = index;
    tests.push((i) => inside[origin[i] ?? -1] === 1 || inside[destination[i] ?? -1] === 1);
  }
  if (filters.bothEndsObserved === true) {
    const observed = Uint8Array.from(index.flights, (f) =>
      f.departureObserved === true && f.arrivalObserved === true ? 1 : 0,
    );
    tests.push((i) => observed[i] === 1);
  }
  if (filters.review && filters.review.length > 0) {
    const wanted = new Uint8Array(REVIEW_STATUSES.length);
    for (const status of filters.review) {
      const code = REVIEW_STATUSES.indexOf(status);
      if (code >= 0) wanted[code] = 1;
    }
    const col = reviewColumn(index);
    tests.push((i) => wanted[col[i] ?? -1] === 1);
  }
  const when = whenTest(index, filters);
  if (when) tests.push(when);
  return tests;
}
