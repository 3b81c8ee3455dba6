import { describe, expect, it } from 'vitest';
import { CONFIDENCES, SCHEMA_VERSION } from '../../src/data/contract';

describe('contract constants', () => {
  it('has schema version 1 and the four confidences in order', () => {
    expect(SCHEMA_VERSION).toBe(1);
    expect(CONFIDENCES).toEqual(['confirmed', 'reported', 'inferred', 'synthetic']);
  });
});
