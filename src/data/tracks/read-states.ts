/**
 * OpenSky historical state vectors (`state_vectors_data4` as CSV): one row per aircraft per second,
 * many aircraft mixed, any column order, SI units (metres), `onground` true/false, callsigns padded.
 */
import type { CsvSink } from './csv-stream';
import { checkPosition, FEET_PER_METRE, icao24Of, unixSeconds, type FileContext } from './context';
import { shown } from '../validate';
import { AIR, GROUND, UNKNOWN, type AircraftPoints } from './points';

/** True when a header has the columns this reader needs. */
export function isStateVectorHeader(names: readonly string[]): boolean {
  const lower = names.map((n) => n.toLowerCase());
  return ['time', 'icao24', 'lat', 'lon'].every((n) => lower.includes(n));
}

// OpenSky/Trino exports write a missing value as an empty cell, "NULL" or "NaN".
function missing(cell: string | undefined): boolean {
  return (
    cell === undefined ||
    cell === '' ||
    cell === 'NULL' ||
    cell === 'null' ||
    cell === 'NaN' ||
    cell === 'nan'
  );
}

export function stateVectorSink(ctx: FileContext): CsvSink {
  let at = { time: -1, icao24: -1, lat: -1, lon: -1, baroaltitude: -1, onground: -1, callsign: -1 };
  let lastKey = '';
  let last: AircraftPoints | undefined;
  return {
    header(names) {
      const lower = names.map((n) => n.toLowerCase());
      at = {
        time: lower.indexOf('time'),
        icao24: lower.indexOf('icao24'),
        lat: lower.indexOf('lat'),
        lon: lower.indexOf('lon'),
        baroaltitude: lower.indexOf('baroaltitude'),
        onground: lower.indexOf('onground'),
        callsign: lower.indexOf('callsign'),
      };
    },
    error(row, what) {
      ctx.rowError(row, undefined, what);
    },
    rows(rows, firstRow) {
      for (let r = 0; r < rows.length && !ctx.full; r++) {
        const row = rows[r]!;
        if (row.length === 1 && row[0] === '') continue; // blank line
        const latCell = row[at.lat];
        const lonCell = row[at.lon];
        if (missing(latCell) || missing(lonCell)) {
          ctx.noPosition++;
          continue;
        }
        const rowNo = firstRow + r;
        const hex = row[at.icao24] ?? '';
        if (hex !== lastKey || !last) {
          const icao24 = icao24Of(hex);
          if (!icao24) {
            ctx.rowError(rowNo, 'icao24', `must be 6 hex digits, not "${hex.slice(0, 20)}"`);
            continue;
          }
          last = ctx.store.get(icao24, icao24);
          lastKey = hex;
        }
        const t = unixSeconds(row[at.time]);
        if (!(t > 0)) {
          ctx.rowError(rowNo, 'time', `must be Unix seconds (digits), not ${shown(row[at.time] ?? '')}`);
          continue;
        }
        const lat = Number(latCell);
        const lon = Number(lonCell);
        const bad = checkPosition(lat, lon);
        if (bad) {
          ctx.rowError(rowNo, Number.isFinite(lat) && Math.abs(lat) <= 90 ? 'lon' : 'lat', bad);
          continue;
        }
        let alt = Number.NaN;
        const altCell = at.baroaltitude >= 0 ? row[at.baroaltitude] : undefined;
        if (!missing(altCell)) {
          alt = Number(altCell) * FEET_PER_METRE;
          if (Number.isNaN(alt)) {
            ctx.rowError(rowNo, 'baroaltitude', `must be metres, not "${String(altCell).slice(0, 20)}"`);
            continue;
          }
        }
        let ground = UNKNOWN;
        const g = at.onground >= 0 ? row[at.onground] : undefined;
        if (g === 'false' || g === 'False' || g === '0') ground = AIR;
        else if (g === 'true' || g === 'True' || g === '1') ground = GROUND;
        else if (!missing(g)) {
          ctx.rowError(rowNo, 'onground', `must be true or false, not "${String(g).slice(0, 20)}"`);
          continue;
        }
        const cs = at.callsign >= 0 ? row[at.callsign] : undefined;
        const callsign = cs === undefined || missing(cs) ? 0 : last.callsignId(cs.trim());
        ctx.add(last, t, lat, lon, alt, ground, 0, callsign);
      }
    },
  };
}
