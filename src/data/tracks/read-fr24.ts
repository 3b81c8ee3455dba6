/**
 * Flightradar24 CSV export of one flight: `Timestamp, UTC, Callsign, Position, Altitude, Speed,
 * Direction`; `Position` is "lat,lon" in one quoted cell, altitude in feet (0 on the ground).
 * The export has no Mode-S address: the aircraft is keyed by callsign (or the file name).
 */
import type { CsvSink } from './csv-stream';
import { checkPosition, unixSeconds, type FileContext } from './context';
import { shown } from '../validate';
import { AIR, GROUND, type AircraftPoints } from './points';

export function isFr24Header(names: readonly string[]): boolean {
  const lower = names.map((n) => n.toLowerCase());
  return ['timestamp', 'position', 'altitude'].every((n) => lower.includes(n));
}

/** A key for an aircraft known only by callsign or file: `cs-<callsign>` or `file-<name>`, lower case. */
export function fallbackKey(callsign: string | undefined, fileName: string): string {
  const cs = (callsign ?? '')
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  if (cs !== '') return `cs-${cs}`;
  const stem = fileName
    .toLowerCase()
    .replace(/\.[a-z0-9.]+$/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60);
  return `file-${stem || 'track'}`;
}

export function fr24Sink(ctx: FileContext): CsvSink {
  let at = { timestamp: -1, callsign: -1, position: -1, altitude: -1 };
  let aircraft: AircraftPoints | undefined;
  return {
    header(names) {
      const lower = names.map((n) => n.toLowerCase());
      at = {
        timestamp: lower.indexOf('timestamp'),
        callsign: lower.indexOf('callsign'),
        position: lower.indexOf('position'),
        altitude: lower.indexOf('altitude'),
      };
    },
    error(row, what) {
      ctx.rowError(row, undefined, what);
    },
    rows(rows, firstRow) {
      for (let r = 0; r < rows.length && !ctx.full; r++) {
        const row = rows[r]!;
        if (row.length === 1 && row[0] === '') continue;
        const rowNo = firstRow + r;
        const position = (row[at.position] ?? '').trim();
        if (position === '') {
          ctx.noPosition++;
          continue;
        }
        const comma = position.indexOf(',');
        const lat = comma < 0 ? Number.NaN : Number(position.slice(0, comma));
        const lon = comma < 0 ? Number.NaN : Number(position.slice(comma + 1));
        const bad = checkPosition(lat, lon);
        if (bad) {
          ctx.rowError(
            rowNo,
            'Position',
            comma < 0 ? `must be "lat,lon", not "${position.slice(0, 30)}"` : bad,
          );
          continue;
        }
        const t = unixSeconds(row[at.timestamp]);
        if (!(t > 0)) {
          ctx.rowError(
            rowNo,
            'Timestamp',
            `must be Unix seconds (digits), not ${shown(row[at.timestamp] ?? '')}`,
          );
          continue;
        }
        const altCell = (row[at.altitude] ?? '').trim();
        const alt = altCell === '' ? Number.NaN : Number(altCell);
        if (altCell !== '' && Number.isNaN(alt)) {
          ctx.rowError(rowNo, 'Altitude', `must be feet, not "${altCell.slice(0, 20)}"`);
          continue;
        }
        const callsign = (row[at.callsign] ?? '').trim();
        aircraft ??= ctx.store.get(fallbackKey(callsign, ctx.name), undefined);
        // FR24 reports altitude 0 for an aircraft on the ground; it has no ground flag of its own.
        const ground = alt === 0 ? GROUND : Number.isNaN(alt) ? -1 : AIR;
        ctx.add(aircraft, t, lat, lon, alt, ground, 0, callsign === '' ? 0 : aircraft.callsignId(callsign));
      }
    },
  };
}
