/**
 * Airports of a contract CSV. A code resolves against the gazetteer (or an earlier row); only where it is
 * not otherwise known do the row's `…_name/_lat/_lon` cells define it, so an exported CSV is
 * self-contained. A position more than 0.1° off the known one gives one warning per airport.
 */
import type { Airport, Gazetteer } from '../contract';
import type { AirportResolver, IssueLog, RowWhere } from '../validate';
import { quoted, unknownAirport } from '../validate';
import { restoreFormula } from '../contract';

const TOLERANCE_DEG = 0.1;

interface Disagreement {
  where: RowWhere;
  field: string;
  what: string;
  count: number;
}

/** One end's cells of the current row: undefined = empty cell, NaN = bad number (already logged). */
interface End {
  name: string | undefined;
  lat: number | undefined;
  lon: number | undefined;
}

function columns(index: ReadonlyMap<string, number>, prefix: string): [number, number, number] {
  return [
    index.get(`${prefix}_name`) ?? -1,
    index.get(`${prefix}_lat`) ?? -1,
    index.get(`${prefix}_lon`) ?? -1,
  ];
}

export class CsvAirportResolver implements AirportResolver {
  /** Every airport a flight referred to, in order of first use. */
  readonly used = new Map<string, Airport>();
  private readonly disagreements = new Map<string, Disagreement>();
  private readonly originCols: [number, number, number];
  private readonly destinationCols: [number, number, number];
  private readonly origin: End = { name: undefined, lat: undefined, lon: undefined };
  private readonly destination: End = { name: undefined, lat: undefined, lon: undefined };

  constructor(
    private readonly log: IssueLog,
    private readonly gazetteer: Gazetteer | undefined,
    index: ReadonlyMap<string, number>,
  ) {
    this.originCols = columns(index, 'origin');
    this.destinationCols = columns(index, 'destination');
  }

  /** Reads (and checks) the airport cells of the row about to be validated. */
  readRow(cells: readonly string[], where: RowWhere): void {
    this.readEnd(this.origin, this.originCols, 'origin', cells, where);
    this.readEnd(this.destination, this.destinationCols, 'destination', cells, where);
  }

  private readEnd(
    end: End,
    cols: [number, number, number],
    prefix: string,
    cells: readonly string[],
    where: RowWhere,
  ): void {
    const name = cells[cols[0]] ?? '';
    // The name is text: strip the formula prefix the writer may have added.
    end.name = name === '' ? undefined : restoreFormula(name);
    end.lat = this.coordinate(cells[cols[1]] ?? '', 90, `${prefix}_lat`, where);
    end.lon = this.coordinate(cells[cols[2]] ?? '', 180, `${prefix}_lon`, where);
  }

  // Positions repeat on every row of an airport: remember the cells already read, per limit.
  private readonly lats = new Map<string, number>();
  private readonly lons = new Map<string, number>();

  private coordinate(cell: string, limit: number, field: string, where: RowWhere): number | undefined {
    const seen = limit === 90 ? this.lats : this.lons;
    const known = seen.get(cell);
    if (known !== undefined) return known;
    const text = cell.trim();
    if (text === '') return undefined;
    const value = Number(text);
    if (Number.isFinite(value) && value >= -limit && value <= limit) {
      if (seen.size < 10_000) seen.set(cell, value);
      return value;
    }
    this.log.error(where, field, `${quoted(cell)} is not a number from ${-limit} to ${limit}`);
    return NaN;
  }

  resolve(code: string, field: string, where: RowWhere): string {
    const end = field === 'origin' ? this.origin : this.destination;
    let known = this.used.get(code);
    if (known === undefined) {
      known = this.gazetteer?.get(code);
      if (known !== undefined) this.used.set(code, known);
    }
    const { lat, lon } = end;
    if (known !== undefined) {
      if (
        lat !== undefined &&
        lon !== undefined &&
        (Math.abs(lat - known.lat) > TOLERANCE_DEG || Math.abs(lon - known.lon) > TOLERANCE_DEG)
      ) {
        this.disagree(code, known, lat, lon, `${field}_lat`, where);
      }
      return known.icao;
    }
    if (Number.isNaN(lat) || Number.isNaN(lon)) return code; // the bad cell is already an error
    if (lat === undefined || lon === undefined) {
      this.log.error(
        where,
        field,
        `${unknownAirport(code, this.gazetteer !== undefined)}, and the row gives no ${field}_lat and ${field}_lon to define it`,
      );
      return code;
    }
    this.used.set(code, { icao: code, name: end.name ?? code, lat, lon });
    return code;
  }

  private disagree(
    code: string,
    known: Airport,
    lat: number,
    lon: number,
    field: string,
    where: RowWhere,
  ): void {
    const seen = this.disagreements.get(code);
    if (seen) {
      seen.count++;
      return;
    }
    const what = `${lat}, ${lon} is more than ${TOLERANCE_DEG}° from the known position of ${code} (${known.lat}, ${known.lon}); the known position is kept`;
    this.disagreements.set(code, { where, field, what, count: 1 });
  }

  /** Logs the position disagreements, one warning per airport. */
  report(): void {
    for (const d of this.disagreements.values()) {
      const what = d.count === 1 ? d.what : `${d.what} (in ${d.count} rows; this is the first)`;
      this.log.warning(d.where, d.field, what);
    }
  }
}
