import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/data/export';
import { parseImport } from '../../../src/data/import';
import { GENERATOR_PUBLISHER, generateDataset } from '../../../src/data/sample';
import { SYNTHETIC_PUBLISHER } from '../../../src/data/tracks';
import {
  isGeneratorSource,
  onlyGeneratorSources,
  SAMPLE_GENERATOR_PUBLISHER,
} from '../../../src/data/validate';
import { makeDataset, makeFlight, makeJsonText } from '../../fixtures/flights';
import { testGazetteer } from '../../fixtures/test-gazetteer';

const MESSAGE =
  'row 1 (id "x"), field confidence: "reported" is not possible: the only source is the sample generator, so the flight stays synthetic until a real source is added';

describe('the rule of honesty in the import validator', () => {
  it('names the one generator publisher everywhere', () => {
    expect(SAMPLE_GENERATOR_PUBLISHER).toBe(GENERATOR_PUBLISHER);
    expect(SAMPLE_GENERATOR_PUBLISHER).toBe(SYNTHETIC_PUBLISHER);
  });

  it.each([
    'Airlift sample generator',
    '  airlift  SAMPLE generator ',
    'Airlift sample\u200b generator',
    'Ａｉｒｌｉｆｔ sample generator',
  ])('%j is the generator', (publisher) => {
    expect(isGeneratorSource({ publisher })).toBe(true);
  });

  it.each(['Airlift', 'Sample generator', 'Airlift sample generators', 'Haaretz'])(
    '%j is not',
    (publisher) => {
      expect(isGeneratorSource({ publisher })).toBe(false);
    },
  );

  it('needs every source to be the generator', () => {
    expect(onlyGeneratorSources([])).toBe(false);
    expect(
      onlyGeneratorSources([{ publisher: GENERATOR_PUBLISHER }, { publisher: 'airlift sample generator' }]),
    ).toBe(true);
    expect(onlyGeneratorSources([{ publisher: GENERATOR_PUBLISHER }, { publisher: 'Haaretz' }])).toBe(false);
  });

  it.each(['confirmed', 'reported', 'inferred'])(
    'refuses a %s flight sourced only to the generator (JSON)',
    (confidence) => {
      const flight = makeFlight({
        id: 'x',
        confidence: confidence as 'reported',
        sources: [{ publisher: GENERATOR_PUBLISHER }],
      });
      const result = parseImport(makeJsonText([flight]), { gazetteer: testGazetteer });
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.errors.map((e) => [e.field, e.message])).toEqual([
          ['confidence', MESSAGE.replace('"reported"', `"${confidence}"`)],
        ]);
    },
  );

  it('refuses it in a CSV too, naming the spreadsheet row (after the synthetic note line and the header)', () => {
    const flight = makeFlight({
      id: 'x',
      confidence: 'reported',
      sources: [{ publisher: GENERATOR_PUBLISHER }],
    });
    const result = parseImport(toCsv([flight], makeDataset([flight])), { gazetteer: testGazetteer });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.message)).toEqual([MESSAGE.replace('row 1', 'row 3')]);
  });

  it('accepts synthetic for any sources, and a real source beside the generator', () => {
    const flights = [
      makeFlight({ id: 'a', confidence: 'synthetic', sources: [{ publisher: GENERATOR_PUBLISHER }] }),
      makeFlight({ id: 'b', confidence: 'synthetic' }),
      makeFlight({
        id: 'c',
        confidence: 'reported',
        sources: [{ publisher: GENERATOR_PUBLISHER }, { publisher: 'Haaretz' }],
      }),
    ];
    expect(parseImport(makeJsonText(flights), { gazetteer: testGazetteer }).ok).toBe(true);
  });

  it('holds for every generated dataset', () => {
    const d = generateDataset({ flights: 500, seed: 7 });
    expect(d.flights.filter((f) => f.confidence !== 'synthetic' && onlyGeneratorSources(f.sources))).toEqual(
      [],
    );
  });
});
