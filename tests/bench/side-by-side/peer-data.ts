// The peer page's data, written by the bench from the same generated dataset Airlift imports: one JSON line
// of route ends, then one JSON line per flight. Lines, not one JSON document: at 1M flights one document
// would be near V8's longest string, in Node and in the page.
import { closeSync, openSync, writeSync } from 'node:fs';
import { dayNumber, publisherKey } from '../../../src/data/contract';
import type { Dataset } from '../../../src/data/contract';

/** One flight's line: [day, route, distinct publishers, callsign, search text, table cells]. */
export type PeerLine = [number, number, number, string, string, string];

/** The same fields Airlift's text filter searches, lower-cased, joined so a match cannot span two. */
function searchText(f: Dataset['flights'][number]): string {
  const parts = [f.id, f.callsign, f.registration, f.operator, f.cargo, f.notes];
  for (const s of f.sources) parts.push(s.publisher, s.title, s.url);
  return parts
    .filter((x) => x !== undefined)
    .join('\u0000')
    .toLowerCase();
}

export function writePeerData(dataset: Dataset, file: string): void {
  const airports = new Map(dataset.airports.map((a) => [a.icao, a]));
  const routeOf = new Map<string, number>();
  const routes: { from: [number, number]; to: [number, number] }[] = [];
  const lines: string[] = [];
  for (const f of dataset.flights) {
    const key = `${f.origin}>${f.destination}`;
    let route = routeOf.get(key);
    if (route === undefined) {
      const a = airports.get(f.origin);
      const b = airports.get(f.destination);
      if (!a || !b) throw new Error(`peer data: flight ${f.id} has an airport the dataset does not list`);
      route = routes.length;
      routeOf.set(key, route);
      routes.push({ from: [a.lat, a.lon], to: [b.lat, b.lon] });
    }
    const cells = [
      f.date,
      f.origin,
      f.destination,
      f.operator ?? '',
      f.callsign ?? '',
      f.aircraftType ?? '',
      f.registration ?? '',
      f.confidence,
      f.sources[0]?.publisher ?? '',
    ].join('\t');
    const publishers = new Set(f.sources.map((s) => publisherKey(s.publisher))).size;
    const line: PeerLine = [dayNumber(f.date), route, publishers, f.callsign ?? '', searchText(f), cells];
    lines.push(JSON.stringify(line));
  }
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, `${JSON.stringify(routes)}\n`);
    for (let i = 0; i < lines.length; i += 10_000)
      writeSync(fd, `${lines.slice(i, i + 10_000).join('\n')}\n`);
  } finally {
    closeSync(fd);
  }
}
