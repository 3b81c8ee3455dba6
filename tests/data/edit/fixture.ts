/**
 * A small case file for the edit tests: two flights with a real (made-up test) source, two whose only
 * source is the sample generator, a track, two events and one log entry. Illustrative, not observations.
 */
import type { Dataset, Flight, TimelineEvent, Track } from '../../../src/data/contract';
import type { Who } from '../../../src/data/edit';
import { SAMPLE_GENERATOR_PUBLISHER } from '../../../src/data/validate';
import { makeDataset, makeFlight, makeMinimalFlight } from '../../fixtures/flights';

export const WHO: Who = { at: '2026-12-02T10:00:00Z', by: 'Ana' };
export const GENERATOR = { publisher: SAMPLE_GENERATOR_PUBLISHER };

export function caseFile(): Dataset {
  const flights: Flight[] = [
    makeFlight({ id: 'f-1', confidence: 'reported', tags: ['baku'] }),
    makeMinimalFlight({ id: 'f-2', confidence: 'inferred', origin: 'LLOV', destination: 'UBBB' }),
    makeMinimalFlight({ id: 'g-1', confidence: 'synthetic', sources: [GENERATOR] }),
    makeMinimalFlight({ id: 'g-2', confidence: 'synthetic', sources: [GENERATOR], date: '2023-03-05' }),
  ];
  const track: Track = {
    flightId: 'f-2',
    source: { publisher: 'Test tracker' },
    points: [
      [1677737400, 29.94, 34.93, null, true],
      [1677741000, 35.0, 40.0, 30000, false],
    ],
  };
  const events: TimelineEvent[] = [
    { date: '2023-03-01', title: 'Report published', sources: [{ publisher: 'analyst' }] },
    { date: '2023-03-10', title: 'Visit', description: 'A test event', dateEnd: '2023-03-12' },
  ];
  return makeDataset(flights, {
    schemaVersion: 2,
    events,
    tracks: [track],
    log: [{ at: '2026-12-01T09:00:00Z', action: 'import', after: 'test.json (4 flights)' }],
  });
}

/** A flight draft as a form gives it: strings as typed. */
export function draft(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'new-1',
    date: '2023-04-01',
    origin: 'UBBB',
    destination: 'LLOV',
    confidence: 'reported',
    sources: [{ publisher: 'Test newspaper', url: 'https://example.org/report' }],
    registration: '4K-TEST1',
    ...overrides,
  };
}
