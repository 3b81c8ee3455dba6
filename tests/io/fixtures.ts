// Builders for the import tests: a valid contract JSON text, with overrides.
import type { Airport, Dataset, Flight } from '../../src/data/contract';

export const AIRPORTS: Airport[] = [
  { icao: 'UBBB', name: 'Heydar Aliyev International', lat: 40.4675, lon: 50.0467, country: 'AZ' },
  { icao: 'LLOV', name: 'Ovda', lat: 29.94, lon: 34.9358, country: 'IL' },
];

export function flight(overrides: Partial<Flight> = {}): Flight {
  return {
    id: 'f1',
    date: '2023-03-02',
    origin: 'UBBB',
    destination: 'LLOV',
    operator: 'Silk Way Airlines',
    confidence: 'synthetic',
    sources: [{ publisher: 'analyst' }],
    ...overrides,
  };
}

export function dataset(flights: Flight[], overrides: Partial<Dataset> = {}): Dataset {
  return {
    schemaVersion: 1,
    title: 'Test set',
    synthetic: true,
    airports: AIRPORTS,
    events: [],
    flights,
    ...overrides,
  };
}

/** The contract JSON text of `flights` (raw objects allowed, to write invalid rows). */
export function contractJson(flights: unknown[], title = 'Test set'): string {
  return JSON.stringify({ schemaVersion: 1, title, synthetic: true, airports: AIRPORTS, flights });
}
