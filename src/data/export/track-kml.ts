/**
 * The shown flights' observed tracks as KML for Google Earth: one Placemark per flight holding a
 * gx:MultiTrack with one gx:Track per run seen without a gap (gx:interpolate 0, so Google Earth does not
 * join across a gap), each a `<when>` per point followed by the `<gx:coord>`s ("lon lat alt", altitude
 * in metres, altitudeMode absolute: barometric altitude is above sea level, near enough for a picture).
 * A point without an altitude gets a two-number coord ("lon lat"), which Google Earth puts at 0 m,
 * rather than a made-up height. A synthetic track says "synthetic" in its name and description.
 *
 * Why not @placemarkio/tokml: it writes Points, LineStrings and Polygons from GeoJSON, with a single
 * TimeStamp/TimeSpan per feature, and has no gx:Track (its source holds no "gx:" element), so the
 * per-point times would be lost. This is a small writer; every text is XML-escaped.
 */
import type { Flight, Track, TrackPoint } from '../contract';
import { DEFAULT_GAP_S, seenRuns } from '../tracks/gaps';
import { isSyntheticTrack, type TrackExportOptions } from './track-geojson';

const FT_TO_M = 0.3048;

/** Text safe as XML element content or a double-quoted attribute (and no control characters). */
export function escapeXml(text: string): string {
  // XML 1.0 forbids most control characters even escaped: drop them (tab, LF and CR stay).
  return Array.from(text, (ch) => (isXmlChar(ch.codePointAt(0) ?? 0) ? ch : ''))
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function isXmlChar(c: number): boolean {
  return (
    c === 0x9 ||
    c === 0xa ||
    c === 0xd ||
    (c >= 0x20 && (c < 0xd800 || c > 0xdfff) && c !== 0xfffe && c !== 0xffff)
  );
}

/** A KML document of `tracks`; `flights` (by id) supplies names, ends and the synthetic flag. */
export function tracksToKml(
  tracks: readonly Track[],
  flights: ReadonlyMap<string, Flight>,
  options: TrackExportOptions & { title?: string } = {},
): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<kml xmlns="http://www.opengis.net/kml/2.2" xmlns:gx="http://www.google.com/kml/ext/2.2">',
    '<Document>',
    `<name>${escapeXml(options.title ?? 'Airlift tracks')}</name>`,
  ];
  for (const track of tracks) {
    if (track.points.length === 0) continue;
    const flight = flights.get(track.flightId);
    const synthetic = isSyntheticTrack(flight, options);
    out.push('<Placemark>');
    out.push(`<name>${escapeXml(placemarkName(track, flight, synthetic))}</name>`);
    out.push(`<description>${escapeXml(description(track, flight, synthetic))}</description>`);
    out.push(
      '<gx:MultiTrack>',
      '<altitudeMode>absolute</altitudeMode>',
      '<gx:interpolate>0</gx:interpolate>',
    );
    for (const run of seenRuns(track.points, options.gapS ?? DEFAULT_GAP_S)) out.push(gxTrack(run));
    out.push('</gx:MultiTrack>', '</Placemark>');
  }
  out.push('</Document>', '</kml>');
  return out.join('\n') + '\n';
}

function gxTrack(run: readonly TrackPoint[]): string {
  const lines = ['<gx:Track>', '<altitudeMode>absolute</altitudeMode>'];
  for (const p of run) lines.push(`<when>${new Date(p[0] * 1000).toISOString()}</when>`);
  for (const p of run) {
    const alt = p[3] === null ? '' : ` ${round(p[3] * FT_TO_M, 1)}`;
    lines.push(`<gx:coord>${decimal(p[2])} ${decimal(p[1])}${alt}</gx:coord>`);
  }
  lines.push('</gx:Track>');
  return lines.join('\n');
}

function placemarkName(track: Track, flight: Flight | undefined, synthetic: boolean): string {
  const route = flight ? ` ${flight.origin}→${flight.destination}` : '';
  return `${track.flightId}${route}${synthetic ? ' (synthetic)' : ''}`;
}

function description(track: Track, flight: Flight | undefined, synthetic: boolean): string {
  const parts: string[] = [];
  if (synthetic) parts.push('SYNTHETIC: generated test data, not an observation.');
  const src = track.source;
  parts.push(`Source: ${src.publisher}${src.title ? `, ${src.title}` : ''}`);
  if (flight) {
    parts.push(`Departure ${flight.origin}: ${endState(flight.departureObserved)}`);
    parts.push(`Arrival ${flight.destination}: ${endState(flight.arrivalObserved)}`);
    if (flight.callsign) parts.push(`Callsign: ${flight.callsign}`);
    if (flight.registration) parts.push(`Registration: ${flight.registration}`);
  }
  return parts.join('\n');
}

function endState(observed: boolean | undefined): string {
  return observed === true ? 'observed' : observed === false ? 'inferred' : 'not from the track';
}

/** Plain decimal (never `1e-7`, which KML readers need not accept), to 1 cm of latitude. */
function decimal(x: number): string {
  return x.toFixed(7).replace(/\.?0+$/, '');
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
