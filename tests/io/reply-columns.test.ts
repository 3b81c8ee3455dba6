import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../src/data/sample/generate';
import { COLUMNS_FROM, packReply, unpackReply } from '../../src/io/reply-columns';
import type { ImportReply } from '../../src/io/worker-protocol';

const resultOf = (flights: number): ImportReply => ({
  type: 'result',
  requestId: 1,
  result: { ok: true, format: 'csv', dataset: generateDataset({ flights, seed: 4 }), warnings: [] },
  files: [{ name: 'f.csv', format: 'csv' }],
});

describe('an import reply crossing from the worker', () => {
  it('carries a large result as columns and comes back equal after a structured clone', () => {
    const reply = resultOf(COLUMNS_FROM);
    const packed = structuredClone(packReply(reply));
    expect(packed.type === 'result' && packed.result.ok && packed.result.dataset.flights).toEqual([]);
    expect(packed.type === 'result' && packed.flightColumns?.length).toBe(COLUMNS_FROM);
    expect(unpackReply(packed)).toEqual(reply);
  });

  it('leaves small results, failures and progress as they are', () => {
    const small = resultOf(10);
    expect(packReply(small)).toBe(small);
    const failure: ImportReply = {
      type: 'result',
      requestId: 1,
      result: { ok: false, errors: [{ message: 'x' }], totalErrors: 1, warnings: [] },
    };
    expect(packReply(failure)).toBe(failure);
    const progress: ImportReply = { type: 'progress', requestId: 1, phase: 'parsing', fraction: 0.5 };
    expect(unpackReply(packReply(progress))).toBe(progress);
  });
});
