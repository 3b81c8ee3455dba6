/**
 * A large import's flights cross from the worker to the page as columns (flight-columns.ts), not as a
 * million objects: postMessage's structured clone would write every object's property names and build
 * each object key by key on the main thread, as it did when reading them back from IndexedDB.
 */
import type { Flight } from '../data/contract';
import { IndexInput, rememberIndexInput } from '../data/query';
import { FilterCounts, rememberFilterCounts } from '../data/query/filter-options';
import {
  decodeFlights,
  encodeFlights,
  isFlightColumns,
  FLIGHT_BATCH,
  rememberColumns,
  type FlightColumns,
} from './flight-columns';
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

/**
 * A streamed import's flights as the page gathers them, decoded batch by batch while the worker reads
 * on (a `flights` reply); nothing is loaded until the result says how many are the dataset's.
 */
export class StreamedFlights {
  private flights: Flight[] = [];
  /** The batches of the flights gathered, kept for the first save (persist.ts takeColumns). */
  private batches: FlightColumns[] = [];
  private batchesWhole = true;
  private damaged = false;
  // The index build's first pass and the filter options' counts, done batch by batch while the worker
  // reads on (the main thread waits for it then): ~0.3 s less between the last batch and the first
  // paint at a million flights. Kept while the batches come in order, like `batches`.
  private indexInput = new IndexInput(FLIGHT_BATCH);
  private filterCounts = new FilterCounts();

  /** One `flights` reply: its flights replace those from its `from` on. */
  add(reply: Extract<ImportReply, { type: 'flights' }>): void {
    if (!isFlightColumns(reply.flightColumns) || reply.from > this.flights.length) {
      this.damaged = true;
      return;
    }
    if (reply.from === 0) this.damaged = false;
    const flights = this.flights;
    // Batches are kept while each starts where the last one ended (always, from one worker).
    if (reply.from === 0) {
      this.batches = [];
      this.batchesWhole = true;
      this.indexInput = new IndexInput(FLIGHT_BATCH);
      this.filterCounts = new FilterCounts();
    } else if (reply.from !== flights.length) this.batchesWhole = false;
    flights.length = reply.from;
    const decoded = decodeFlights(reply.flightColumns);
    for (const flight of decoded) flights.push(flight);
    if (this.batchesWhole) {
      this.batches.push(reply.flightColumns);
      this.indexInput.add(decoded);
      this.filterCounts.add(decoded);
    }
  }

  /**
   * The result with the gathered flights as its dataset's, or `undefined` when they are not all there
   * (a batch lost or damaged): the caller reports a failure and loads nothing.
   */
  complete(reply: Extract<ImportReply, { type: 'result' }>): ImportReply | undefined {
    const count = reply.streamedFlights;
    if (count === undefined || !reply.result.ok) return reply;
    if (this.damaged || this.flights.length < count) return undefined;
    const flights = this.flights;
    if (this.batchesWhole && flights.length === count) {
      rememberColumns(flights, this.batches);
      rememberIndexInput(flights, this.indexInput);
      rememberFilterCounts(flights, this.filterCounts);
    }
    flights.length = count;
    this.flights = [];
    this.batches = [];
    const { streamedFlights: _counted, ...rest } = reply;
    return { ...rest, result: { ...reply.result, dataset: { ...reply.result.dataset, flights } } };
  }
}
