/**
 * A large import's flights cross from the worker to the page as columns (flight-columns.ts), not as a
 * million objects: postMessage's structured clone would write every object's property names and build
 * each object key by key on the main thread, as it did when reading them back from IndexedDB.
 */
import { decodeFlights, encodeFlights, isFlightColumns } from './flight-columns';
import type { ImportReply } from './worker-protocol';

/** Below this many flights objects cross as they are (the encoding would not pay for itself). */
export const COLUMNS_FROM = 10_000;

/** The reply as the worker posts it: a successful result's flights as columns. */
export function packReply(reply: ImportReply): ImportReply {
  if (reply.type !== 'result' || !reply.result.ok) return reply;
  const { dataset } = reply.result;
  if (dataset.flights.length < COLUMNS_FROM) return reply;
  return {
    ...reply,
    result: { ...reply.result, dataset: { ...dataset, flights: [] } },
    flightColumns: encodeFlights(dataset.flights),
  };
}

/** The reply as the page reads it: the flights back from their columns. */
export function unpackReply(reply: ImportReply): ImportReply {
  if (reply.type !== 'result' || reply.flightColumns === undefined) return reply;
  const { flightColumns, ...rest } = reply;
  if (!rest.result.ok || !isFlightColumns(flightColumns)) return rest;
  const flights = decodeFlights(flightColumns);
  return { ...rest, result: { ...rest.result, dataset: { ...rest.result.dataset, flights } } };
}
