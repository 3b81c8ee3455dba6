/**
 * KML tracks: `gx:Track` (a time per coordinate), or timestamped Point placemarks along a route (the
 * way Flightradar24 exports a flight; the untimed route LineString itself is ignored, counted in one warning). Parsed with
 * @tmcw/togeojson over @xmldom/xmldom, which run in a worker and in Node. Altitudes are metres.
 */
import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { checkPosition, FEET_PER_METRE, plural, type FileContext } from './context';
import { UNKNOWN, type AircraftPoints } from './points';
import { fallbackKey } from './read-fr24';

export function isKml(text: string): boolean {
  return /<kml[\s>]/.test(text.slice(0, 4096));
}

/** A generated file says so in the document's ExtendedData: `<Data name="synthetic"><value>true</value>`. */
export function kmlIsSynthetic(text: string): boolean {
  return /<Data name="synthetic">\s*<value>true<\/value>/.test(text);
}

type Position = number[];

export function readKml(text: string, ctx: FileContext): void {
  if (/flightradar24/i.test(text.slice(0, 65536))) ctx.publisher = 'Flightradar24';
  let parseError: string | undefined;
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') parseError ??= message;
    },
  }).parseFromString(text, 'text/xml');
  if (parseError)
    return ctx.fileError(`not well-formed XML (${parseError.split('\n')[0]?.slice(0, 120) ?? ''})`);
  const collection = kml(doc as unknown as Document);
  let aircraft: AircraftPoints | undefined;
  let row = 0;
  const point = (name: unknown, coords: Position | undefined, when: unknown): void => {
    row++;
    if (ctx.full) return;
    if (!coords || coords.length < 2) {
      ctx.noPosition++;
      return;
    }
    const t = typeof when === 'string' ? Date.parse(when) / 1000 : Number.NaN;
    if (!Number.isFinite(t))
      return ctx.rowError(row, 'when', `must be an ISO date-time, not "${String(when).slice(0, 40)}"`);
    const [lon = Number.NaN, lat = Number.NaN, alt] = coords;
    const bad = checkPosition(lat, lon);
    if (bad) return ctx.rowError(row, 'coordinates', bad);
    const label = typeof name === 'string' ? name : undefined;
    aircraft ??= ctx.store.get(
      fallbackKey(label && /^[A-Za-z0-9]{2,8}$/.test(label) ? label : undefined, ctx.name),
      undefined,
    );
    const altFt = alt === undefined || !Number.isFinite(alt) ? Number.NaN : alt * FEET_PER_METRE;
    ctx.add(aircraft, t, lat, lon, altFt, UNKNOWN, 0, 0);
  };
  let timed = 0;
  // Placemarks with no timed position (the route line, an airport pin, a note): counted, not dropped silently.
  let untimed = 0;
  for (const feature of collection.features) {
    const props = (feature.properties ?? {}) as {
      name?: unknown;
      timestamp?: unknown;
      coordinateProperties?: { times?: unknown };
    };
    const geometry = feature.geometry;
    if (!geometry) {
      untimed++;
      continue;
    }
    const times = props.coordinateProperties?.times;
    if (geometry.type === 'LineString' && Array.isArray(times)) {
      timed++;
      geometry.coordinates.forEach((c, k) => point(props.name, c, times[k]));
    } else if (geometry.type === 'MultiLineString' && Array.isArray(times)) {
      timed++;
      geometry.coordinates.forEach((line, l) => {
        const lineTimes: unknown = times[l];
        line.forEach((c, k) => point(props.name, c, Array.isArray(lineTimes) ? lineTimes[k] : undefined));
      });
    } else if (geometry.type === 'Point' && typeof props.timestamp === 'string') {
      timed++;
      point(props.name, geometry.coordinates, props.timestamp);
    } else untimed++;
  }
  if (timed > 0 && untimed > 0)
    ctx.log.warning(
      ctx.name,
      undefined,
      `${plural(untimed, 'placemark')} with no timed position (e.g. an untimed route line) ignored`,
    );
  if (timed === 0)
    ctx.fileError('no timed positions: a KML track needs a gx:Track or placemarks with a TimeStamp');
}
