import { describe, expect, it } from 'vitest';
import { CONFIDENCES, READABLE_SCHEMA_VERSIONS, SCHEMA_VERSION } from '../../src/data/contract';

describe('contract constants', () => {
  it('writes schema version 2, reads 1 and 2, and has the four confidences in order', () => {
    expect(SCHEMA_VERSION).toBe(2);
    expect(READABLE_SCHEMA_VERSIONS).toEqual([1, 2]);
    expect(CONFIDENCES).toEqual(['confirmed', 'reported', 'inferred', 'synthetic']);
  });
});
