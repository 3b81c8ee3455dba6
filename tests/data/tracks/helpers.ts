// Shared by the track tests: fixtures as bytes, and imports that must succeed or fail.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { importTrackFiles, type TrackImportOptions } from '../../../src/data/tracks';
import { builtInGazetteerEntries } from '../../../src/data/geo/builtin-gazetteer';
import type { Dataset, ImportResult, Issue } from '../../../src/data/contract';

const dir = new URL('../../fixtures/tracks/', import.meta.url);

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(name, dir)));
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

export function run(
  files: { name: string; bytes: Uint8Array }[],
  options: Partial<TrackImportOptions> = {},
): ImportResult {
  return importTrackFiles(files, { airports: builtInGazetteerEntries(), ...options });
}

export function ok(result: ImportResult): { dataset: Dataset; warnings: Issue[]; format: string } {
  if (!result.ok) throw new Error(`import failed: ${result.errors.map((e) => e.message).join(' | ')}`);
  return result;
}

export function failed(result: ImportResult): Issue[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}
