import { describe, expect, it } from 'vitest';
import { importText, computeView, createIndex, toCsv } from '../../src/data/index';

const HEADER = 'icao24,firstSeen,estDepartureAirport,lastSeen,estArrivalAirport,callsign';

describe('public entry importText', () => {
  it('resolves airports from the built-in gazetteer by default (an OpenSky export names no coordinates)', () => {
    // Illustrative values, not an observed flight.
    const text = `${HEADER}\n00abcd,1693526400,LTFM,1693537200,LLOV,TEST1   \n`;
    const result = importText(text, { fileName: 'opensky.csv' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.format).toBe('opensky');
    expect(result.dataset.airports.map((a) => a.icao).sort()).toEqual(['LLOV', 'LTFM']);
    const index = createIndex(result.dataset);
    expect(computeView(index, { airport: 'LTFM' }, 'day').flights).toHaveLength(1);
    // …and what it exports names the airports, so the CSV stands on its own.
    const again = importText(toCsv(result.dataset.flights, result.dataset));
    expect(again.ok && again.dataset.flights).toEqual(result.dataset.flights);
  });

  it('names row and (the file’s own) field for an airport neither the file nor the gazetteer knows', () => {
    const result = importText(`${HEADER}\n00abcd,1693526400,QQQ9,1693537200,LLOV,TEST1\n`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.message).toMatch(
      /^row 2 \(id "opensky-00abcd-1693526400"\), field estDepartureAirport: unknown airport "QQQ9"/,
    );
  });
});
