/**
 * The cells of one flight's CSV row, written out column by column from the contract's column list (not
 * from the field table), formula-neutralised but not quoted. `Papa.unparse` over these rows is the byte
 * oracle for the hand-written writer (export/csv-write.ts) in tests/data/csv.test.ts and the bench.
 */
import type { Airport, Flight } from '../../src/data/contract';
import { encodeSources, encodeTags, neutraliseFormula } from '../../src/data/contract';

function text(value: string | undefined): string {
  return value === undefined ? '' : neutraliseFormula(value);
}

function number(value: number | undefined): string {
  return value === undefined ? '' : String(value);
}

function bool(value: boolean | undefined): string {
  return value === undefined ? '' : String(value);
}

/** The contract's CSV header, v1 columns then v2's (with review_at, see data/FORMAT.md). */
export const CONTRACT_CSV_HEADER =
  'id,date,departureTime,arrivalTime,origin,origin_name,origin_lat,origin_lon,destination,destination_name,' +
  'destination_lat,destination_lon,operator,callsign,aircraftType,registration,icao24,cargo,confidence,' +
  'sources,notes,dateEnd,departureObserved,arrivalObserved,review_status,review_by,review_note,review_at,tags';

/** One flight's cells in header order. Airport name and position come from `airportsByIcao`. */
export function csvCells(flight: Flight, airportsByIcao: ReadonlyMap<string, Airport>): string[] {
  const origin = airportsByIcao.get(flight.origin);
  const destination = airportsByIcao.get(flight.destination);
  return [
    text(flight.id),
    text(flight.date),
    text(flight.departureTime),
    text(flight.arrivalTime),
    text(flight.origin),
    text(origin?.name),
    number(origin?.lat),
    number(origin?.lon),
    text(flight.destination),
    text(destination?.name),
    number(destination?.lat),
    number(destination?.lon),
    text(flight.operator),
    text(flight.callsign),
    text(flight.aircraftType),
    text(flight.registration),
    text(flight.icao24),
    text(flight.cargo),
    text(flight.confidence),
    text(encodeSources(flight.sources)),
    text(flight.notes),
    text(flight.dateEnd),
    bool(flight.departureObserved),
    bool(flight.arrivalObserved),
    text(flight.review?.status),
    text(flight.review?.by),
    text(flight.review?.note),
    text(flight.review?.at),
    flight.tags === undefined ? '' : text(encodeTags(flight.tags)),
  ];
}
