import { describe, expect, it } from 'vitest';
import { FLIGHT_FIELDS } from '../../../src/data/contract';
import {
  draftChanges,
  draftFromFlight,
  draftRaw,
  errorTarget,
  suggestFlightId,
  type FlightDraft,
} from '../../../src/app/edit/form-model';
import { searchAirports } from '../../../src/app/edit/airport-search';
import { makeFlight } from '../../fixtures/flights';

const who = { at: '2024-01-02T03:04:05.000Z', by: 'Test Analyst' };

describe('the form model', () => {
  const flight = makeFlight({
    id: 'f-1',
    dateEnd: '2023-03-09',
    departureObserved: false,
    tags: ['a', 'b'],
    review: { status: 'verified', by: 'Someone Else', at: '2023-05-01T00:00:00Z', note: 'ok' },
  });
  const opened = draftFromFlight(flight);
  const ctx = { original: flight, who };

  it('a flight put in the form and read back is the same flight', () => {
    expect(draftRaw(opened, ctx)).toEqual(flight);
  });

  it('has a control for every field of the contract', () => {
    const covered = [...Object.keys(opened.text), 'sources', 'tags', 'review'];
    expect(covered.sort()).toEqual([...FLIGHT_FIELDS].sort());
  });

  it('an untouched form changes nothing', () => {
    expect(draftChanges(opened, opened, ctx)).toEqual({});
  });

  it.each<[string, (d: FlightDraft) => FlightDraft, Record<string, unknown>]>([
    ['a text', (d) => ({ ...d, text: { ...d.text, callsign: ' NEW01 ' } }), { callsign: 'NEW01' }],
    ['a cleared text', (d) => ({ ...d, text: { ...d.text, cargo: '' } }), { cargo: '' }],
    [
      'a boolean',
      (d) => ({ ...d, text: { ...d.text, departureObserved: 'true' } }),
      { departureObserved: true },
    ],
    ['cleared tags', (d) => ({ ...d, tags: ' , ' }), { tags: '' }],
    [
      'a review status (now by the analyst)',
      (d) => ({ ...d, review: { status: 'disputed', note: 'ok' } }),
      { review: { status: 'disputed', note: 'ok', by: 'Test Analyst', at: who.at } },
    ],
  ])('changing %s gives only that field', (_, edit, expected) => {
    expect(draftChanges(edit(opened), opened, ctx)).toEqual(expected);
  });

  it.each([
    ['icao24', 'icao24'],
    ['sources[2].url', 'sources[2]'],
    ['sources', 'sources'],
    ['review.status', 'review'],
    ['tags[3]', 'tags'],
    ['', 'form'],
    ['flights', 'form'],
  ])('the error of %s shows at %s', (field, target) => {
    expect(errorTarget(field)).toBe(target);
  });

  it('suggests an id no flight has', () => {
    expect(suggestFlightId([makeFlight({ id: 'new-2' }), makeFlight({ id: 'x' })])).toBe('new-3');
    expect(suggestFlightId([makeFlight({ id: 'new-2' })])).toBe('new-3');
  });
});

describe('searchAirports', () => {
  const own = [{ icao: 'LLOV', name: 'Ovda (Uvda)', lat: 0, lon: 0 }];
  const gazetteer = [
    { icao: 'WAFD', iata: 'LLO', name: 'Lagaligo', lat: 0, lon: 0 },
    { icao: 'LLOV', name: 'Ovda copy', lat: 0, lon: 0 },
    { icao: 'LTAC', iata: 'ESB', name: 'Ankara Esenboğa Airport', lat: 0, lon: 0 },
  ];
  it.each([
    ['LLO', ['LLOV', 'WAFD']],
    ['esenboga', ['LTAC']],
    ['ESB', ['LTAC']],
    ['uvda', ['LLOV']],
    ['  ', []],
  ])('%j finds %j (the dataset first, each airport once)', (query, codes) => {
    expect(searchAirports([own, gazetteer], query).map((a) => a.icao)).toEqual(codes);
  });
});
