import { describe, expect, it } from 'vitest';
import {
  independentPublishers,
  originalPublisher,
  publisherKey,
  republisherOf,
} from '../../src/data/contract';

describe('publisherKey: when two publishers are the same', () => {
  it.each([
    ['Haaretz', 'haaretz '],
    ['Haaretz', 'HAARETZ'],
    ['Haaretz', '  Haaretz\t'],
    ['The Times of Israel', 'The  Times\u00a0of Israel'], // NBSP and doubled space
    ['Haaretz', 'Ｈａａｒｅｔｚ'], // full-width letters (NFKC)
    ['Haaretz', 'Haa\u200bretz'], // a zero-width space shows as nothing
    ['Café', 'Cafe\u0301'], // NFC and NFD
    ['Haaretz', 'Haaretz (via armenianclub.com)'],
    ['Haaretz', 'Haaretz (republished by defenddemocracy.press)'],
    ['Haaretz', 'haaretz  (Via  Mirror-Spectator) '],
    ['AP', 'AP (republished via Israel National News)'],
  ])('%j and %j are one publisher', (a, b) => expect(publisherKey(a)).toBe(publisherKey(b)));

  it.each([
    ['Haaretz', 'Haaretz Daily'],
    ['Haaretz', 'armenianclub.com'], // the republisher is not the original
    ['Via Rail', 'Rail'],
    ['Haaretz (via armenianclub.com)', 'armenianclub.com (via Haaretz)'],
    ['Reuters (Europe)', 'Reuters'], // only a republication note is dropped
  ])('%j and %j are two publishers', (a, b) => expect(publisherKey(a)).not.toBe(publisherKey(b)));

  it.each([
    ['Haaretz (via armenianclub.com)', 'Haaretz', 'armenianclub.com'],
    ['Haaretz (republished by defenddemocracy.press)', 'Haaretz', 'defenddemocracy.press'],
    ['  RFE/RL   (via Mirror-Spectator)', 'RFE/RL', 'Mirror-Spectator'],
    ['Haaretz', 'Haaretz', undefined],
    ['(via armenianclub.com)', '(via armenianclub.com)', undefined], // no original named: kept as written
  ])('%j is the original %j republished by %j', (name, original, republisher) => {
    expect(originalPublisher(name)).toBe(original);
    expect(republisherOf(name)).toBe(republisher);
  });

  it('counts independent publishers of a flight', () => {
    expect(independentPublishers([])).toBe(0);
    expect(independentPublishers([{ publisher: 'Haaretz' }])).toBe(1);
    expect(
      independentPublishers([
        { publisher: 'Haaretz' },
        { publisher: 'haaretz ' },
        { publisher: 'Haaretz (via armenianclub.com)' },
      ]),
    ).toBe(1);
    expect(independentPublishers([{ publisher: 'Haaretz' }, { publisher: 'AP (via Haaretz)' }])).toBe(2);
  });
});
