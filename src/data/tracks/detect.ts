/**
 * Whether a file is one of the track formats, from its name and first bytes, before it is read: the
 * import worker uses it to send a file down the streaming track path or the text path (Airlift JSON /
 * CSV, OpenSky flights). Uses the same header and key tests as {@link TrackFile}, so the two agree.
 */
import { isStateVectorHeader } from './read-states';
import { isFr24Header } from './read-fr24';
import { isKml } from './read-kml';
import { SYNTHETIC_CSV_MARKER } from './file';

/** How many first bytes {@link looksLikeTrack} needs to decide (fewer is fine for a short file). */
export const TRACK_SNIFF_BYTES = 64 * 1024;

// JSON track keys as the readers test them (read-json.ts jsonTrackFormat): readsb `icao` + `trace`,
// OpenSky /tracks/all `icao24` + `path`. Airlift JSON has neither `trace` nor `path` arrays.
const READSB = [/"icao"\s*:/, /"trace"\s*:\s*\[/];
const TRACKS_ALL = [/"icao24"\s*:/, /"path"\s*:\s*\[/];

/** True when `firstBytes` (the start of the file named `name`) is a track format TrackFile reads. */
export function looksLikeTrack(name: string, firstBytes: Uint8Array): boolean {
  const lower = name.toLowerCase();
  // gzip's magic number, whatever the name: only track files are read compressed.
  if (firstBytes[0] === 0x1f && firstBytes[1] === 0x8b) return true;
  if (lower.endsWith('.gz') || lower.endsWith('.kml')) return true;
  let text = new TextDecoder('utf-8', { fatal: false }).decode(firstBytes.subarray(0, TRACK_SNIFF_BYTES));
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.startsWith(SYNTHETIC_CSV_MARKER)) text = text.slice(text.indexOf('\n') + 1 || text.length);
  const start = text.trimStart();
  if (start.startsWith('<')) return isKml(start);
  if (start.startsWith('{'))
    return READSB.every((re) => re.test(start)) || TRACKS_ALL.every((re) => re.test(start));
  const header = (start.split(/\r?\n/, 1)[0] ?? '').split(',').map((n) => n.trim().replace(/^"|"$/g, ''));
  return isStateVectorHeader(header) || isFr24Header(header);
}
