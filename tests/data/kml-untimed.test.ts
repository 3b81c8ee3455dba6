// Issue 12, "audit every continue": a KML placemark that is not read (no time, no geometry, a geometry
// the reader does not take) is counted in a warning, never dropped without a word.
import { describe, expect, it } from 'vitest';
import { importTrackFiles } from '../../src/data/tracks';
import { builtInGazetteerEntries } from '../../src/data/geo/builtin-gazetteer';

const timed = (when: string, lon: number) =>
  `<Placemark><name>SMPL13</name><TimeStamp><when>${when}</when></TimeStamp><Point><coordinates>${lon},40.46,0</coordinates></Point></Placemark>`;

function kml(extra: string): Uint8Array {
  const text =
    '<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>' +
    timed('2023-11-20T06:00:00Z', 50.04) +
    timed('2023-11-20T06:02:00Z', 50.03) +
    timed('2023-11-20T06:04:00Z', 49.9) +
    extra +
    '</Document></kml>';
  return new TextEncoder().encode(text);
}

const run = (bytes: Uint8Array) =>
  importTrackFiles([{ name: 'route.kml', bytes }], { airports: builtInGazetteerEntries() });

describe('KML placemarks that are not read', () => {
  it('are counted in one warning naming the file', () => {
    const result = run(
      kml(
        '<Placemark><name>route</name><LineString><coordinates>50.04,40.46,0 49.9,40.48,1800</coordinates></LineString></Placemark>' +
          '<Placemark><name>GYD</name><Point><coordinates>50.04,40.46,0</coordinates></Point></Placemark>' +
          '<Placemark><name>note only</name></Placemark>',
      ),
    );
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
    expect(result.warnings.map((w) => w.message)).toContain(
      'route.kml: 3 placemarks with no timed position (e.g. an untimed route line) ignored',
    );
  });

  it('no warning when every placemark is read', () => {
    const result = run(kml(''));
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
    expect(result.warnings.map((w) => w.message).filter((m) => m.includes('placemark'))).toEqual([]);
  });
});
