import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../src/data/sample/generate';
import { FLIGHT_FIELDS, type Flight } from '../../src/data/contract';
import {
  decodeFlights,
  encodeFlights,
  FlightBatchSink,
  FlightColumnsBuilder,
  isFlightColumns,
  rememberColumns,
  takeColumns,
  type FlightColumns,
} from '../../src/io/flight-columns';
import { datasetEntries } from '../../src/io/persist';
import { StreamedFlights } from '../../src/io/reply-columns';
import { createIndex } from '../../src/data/query';
import { rememberIndexInput, takeIndexInput } from '../../src/data/query/index-input';
import type { ImportReply } from '../../src/io/worker-protocol';
import { anyFlight } from '../fixtures/arbitraries';

describe('flights stored as columns', () => {
  it('come back equal, absent fields absent, for any flights', () => {
    fc.assert(
      fc.property(fc.array(anyFlight, { maxLength: 30 }), (flights) => {
        const back = decodeFlights(structuredClone(encodeFlights(flights)));
        expect(back).toStrictEqual(flights.map((f) => ({ ...f })));
        back.forEach((f, i) => expect(Object.keys(f).sort()).toEqual(Object.keys(flights[i]!).sort()));
      }),
    );
  });

  it('keep a repeated value once, and records shared between flights shared', () => {
    const { flights } = generateDataset({ flights: 500, seed: 2 });
    const sources = flights[0]!.sources;
    const shared = flights.map((f, i) => (i % 2 ? { ...f, sources } : f));
    const stored = structuredClone(encodeFlights(shared));
    const origin = stored.columns.find((c) => c.key === 'origin');
    expect(origin && 'dict' in origin && origin.dict.length).toBe(new Set(flights.map((f) => f.origin)).size);
    const back = decodeFlights(stored);
    expect(back[1]!.sources).toBe(back[3]!.sources);
    expect(back).toEqual(shared);
  });

  it('join mostly distinct strings into one, an empty one kept apart from an absent one', () => {
    const { flights } = generateDataset({ flights: 40, seed: 5 });
    const varied = flights.map((f, i) => {
      const { notes: _notes, ...rest } = f;
      return i % 3 === 0 ? rest : { ...rest, notes: i % 3 === 1 ? '' : `note ${i}` };
    });
    const stored = structuredClone(encodeFlights(varied));
    for (const key of ['id', 'notes'])
      expect(stored.columns.find((c) => c.key === key)).toHaveProperty('joined');
    expect(isFlightColumns(stored)).toBe(true);
    expect(decodeFlights(stored)).toStrictEqual(varied.map((f) => ({ ...f })));
    const ids = stored.columns.find((c) => c.key === 'id');
    if (!ids || !('joined' in ids)) throw new Error('ids not joined');
    // Ends that go back, or stop short of the joined text, are a damaged record: refused.
    const backwards = { ...ids, ends: Uint32Array.from(ids.ends, (e, i) => (i === 5 ? 0 : e)) };
    const short = { ...ids, joined: ids.joined.slice(1) };
    for (const damaged of [backwards, short]) {
      const columns = stored.columns.map((c) => (c.key === 'id' ? damaged : c));
      expect(isFlightColumns({ ...stored, columns })).toBe(false);
    }
  });

  it('are told apart from a chunk stored as an array of flights', () => {
    expect(isFlightColumns(structuredClone(encodeFlights([])))).toBe(true);
    expect(isFlightColumns([])).toBe(false);
    const damaged = { ...encodeFlights(generateDataset({ flights: 3, seed: 1 }).flights), length: 4 };
    expect(isFlightColumns(damaged)).toBe(false);
  });
});

/** A flight as the CSV reader's sink gets it: its values in the field table's order, in one reused array. */
const scratch: unknown[] = [];
function asValues(flight: Flight): unknown[] {
  FLIGHT_FIELDS.forEach((name, i) => (scratch[i] = (flight as unknown as Record<string, unknown>)[name]));
  return scratch;
}

const datasetResult = (
  flights: Flight[],
  streamedFlights: number,
): Extract<ImportReply, { type: 'result' }> => ({
  type: 'result',
  requestId: 1,
  streamedFlights,
  result: {
    ok: true,
    format: 'csv',
    warnings: [],
    dataset: { schemaVersion: 2, title: 't', synthetic: true, airports: [], events: [], flights },
  },
});

describe('flights given one at a time as values (a streamed import)', () => {
  it('come back equal from the builder, in any number of batches, for any flights', () => {
    fc.assert(
      fc.property(
        fc.array(anyFlight, { maxLength: 40 }),
        fc.integer({ min: 1, max: 7 }),
        (flights, batch) => {
          const posted: { from: number; columns: FlightColumns }[] = [];
          const sink = new FlightBatchSink(
            (from, columns) => posted.push({ from, columns: structuredClone(columns) }),
            batch,
          );
          for (const f of flights) sink.add(asValues(f));
          expect(sink.finish()).toBe(flights.length);
          expect(posted.map((p) => p.from)).toEqual(posted.map((_, i) => i * batch));
          const gathered = new StreamedFlights();
          for (const p of posted)
            gathered.add({ type: 'flights', requestId: 1, from: p.from, flightColumns: p.columns });
          const done = gathered.complete(datasetResult([], flights.length));
          expect(done?.type === 'result' && done.result.ok && done.result.dataset.flights).toStrictEqual(
            flights.map((f) => ({ ...f })),
          );
        },
      ),
    );
  });

  it('keep a field as a dictionary exactly while at most a quarter of its values are distinct', () => {
    const operator = FLIGHT_FIELDS.indexOf('operator');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 80 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 1000 }),
        (n, pool, extra, seed) => {
          // Values from a pool of `pool` names, some absent; a capacity at or above the batch.
          const names = Array.from({ length: n }, (_, i) =>
            (i * 7 + seed) % 5 === 0 ? undefined : `operator ${(i * 13 + seed) % pool}`,
          );
          const builder = new FlightColumnsBuilder(n + extra);
          for (const name of names) {
            const values = new Array<unknown>(FLIGHT_FIELDS.length).fill(undefined);
            values[0] = `id-${names.length}`;
            values[operator] = name;
            builder.add(values);
          }
          const stored = builder.take();
          const column = stored.columns.find((c) => c.key === 'operator');
          const distinct = new Set(names.filter((v) => v !== undefined)).size;
          if (distinct === 0) {
            expect(column).toBeUndefined();
            return;
          }
          const most = n > 16 ? n >> 2 : n;
          expect(column && 'dict' in column).toBe(distinct <= most);
          if (column && 'dict' in column) expect(column.dict.length).toBe(distinct);
          const back = decodeFlights(structuredClone(stored)).map((f) => f.operator);
          expect(back).toEqual(names);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('refuse more flights than a batch holds', () => {
    const builder = new FlightColumnsBuilder(2);
    const values = new Array<unknown>(FLIGHT_FIELDS.length).fill(undefined);
    builder.add(values);
    builder.add(values);
    expect(() => builder.add(values)).toThrow(RangeError);
    expect(builder.take().length).toBe(2);
    builder.add(values);
    expect(builder.length).toBe(1);
  });

  it('keep a repeated value once in a dictionary, and ids as values', () => {
    const { flights } = generateDataset({ flights: 300, seed: 4 });
    const builder = new FlightColumnsBuilder();
    for (const f of flights) builder.add(asValues(f));
    const stored = builder.take();
    expect(builder.length).toBe(0);
    const origin = stored.columns.find((c) => c.key === 'origin');
    expect(origin && 'dict' in origin && origin.dict.length).toBe(new Set(flights.map((f) => f.origin)).size);
    expect(stored.columns.find((c) => c.key === 'id')).toHaveProperty('joined');
    expect(decodeFlights(stored)).toEqual(flights);
  });

  it('start over when a second reading posts from 0, and are refused when a batch is missing', () => {
    const { flights } = generateDataset({ flights: 10, seed: 6 });
    const batches = (list: Flight[]) => {
      const out: Extract<ImportReply, { type: 'flights' }>[] = [];
      const sink = new FlightBatchSink(
        (from, flightColumns) => out.push({ type: 'flights', requestId: 1, from, flightColumns }),
        4,
      );
      for (const f of list) sink.add(asValues(f));
      return { out, count: sink.finish() };
    };
    const first = batches(flights);
    const second = batches(flights.slice(0, 6));
    const gathered = new StreamedFlights();
    for (const r of [...first.out, ...second.out]) gathered.add(r);
    const done = gathered.complete(datasetResult([], second.count));
    expect(done?.type === 'result' && done.result.ok && done.result.dataset.flights).toEqual(
      flights.slice(0, 6),
    );
    // The second reading's batches made the index's first pass and the filter counts, for its 6 flights.
    const loaded = done?.type === 'result' && done.result.ok ? done.result.dataset : undefined;
    if (!loaded) throw new Error('no dataset');
    const input = takeIndexInput(loaded.flights);
    expect(input?.length).toBe(6);
    if (input) rememberIndexInput(loaded.flights, input);
    const fresh = createIndex({ ...loaded, flights: [...loaded.flights] });
    expect(createIndex(loaded)).toEqual({ ...fresh, dataset: loaded, flights: fresh.flights });

    const lossy = new StreamedFlights();
    for (const r of first.out.filter((_, i) => i !== 1)) lossy.add(r);
    expect(lossy.complete(datasetResult([], first.count))).toBeUndefined();
  });

  it('leave a failed result as it is', () => {
    const gathered = new StreamedFlights();
    const failed: Extract<ImportReply, { type: 'result' }> = {
      type: 'result',
      requestId: 1,
      streamedFlights: 0,
      result: { ok: false, format: 'csv', errors: [], warnings: [], errorCount: 1 } as never,
    };
    expect(gathered.complete(failed)).toBe(failed);
  });
});

describe('a streamed import’s batches', () => {
  it('are what its first save stores, as they came; a second save encodes again', () => {
    const { flights } = generateDataset({ flights: 11, seed: 8 });
    const gathered = new StreamedFlights();
    const sink = new FlightBatchSink(
      (from, flightColumns) => gathered.add({ type: 'flights', requestId: 1, from, flightColumns }),
      4,
    );
    const posted: FlightColumns[] = [];
    const spy = new FlightBatchSink((_from, columns) => posted.push(columns), 4);
    for (const f of flights) {
      sink.add(asValues(f));
      spy.add(asValues(f));
    }
    const done = gathered.complete(datasetResult([], sink.finish()));
    spy.finish();
    const dataset = done?.type === 'result' && done.result.ok ? done.result.dataset : undefined;
    expect(dataset?.flights).toEqual(flights);
    const first = datasetEntries(dataset!, 'k', 4).filter(([key]) => String(key).includes(':flights:'));
    expect(first.map(([, v]) => v)).toEqual(posted);
    expect(first.every(([, v]) => isFlightColumns(v))).toBe(true);
    const again = datasetEntries(dataset!, 'k', 4).filter(([key]) => String(key).includes(':flights:'));
    expect(again.map(([, v]) => decodeFlights(v as FlightColumns))).toEqual(
      [0, 4, 8].map((i) => flights.slice(i, i + 4)),
    );
    // Chunks of another size are encoded: the batches are not taken for them.
    const { flights: other } = generateDataset({ flights: 5, seed: 9 });
    rememberColumns(other, [encodeFlights(other)]);
    expect(takeColumns(other, 4)).toBeUndefined();
  });
});
