/**
 * The facts part of the bundled sample (see shared/facts.md): its airports, the few flights public reports
 * describe, and the dated events with their sources. Nothing else in the sample is presented as real.
 */
import type { Airport, Flight, Source, TimelineEvent } from '../data/contract';

// facts.md, "Airports": exactly as listed there.
export const AIRPORTS: Airport[] = [
  { icao: 'LLOV', iata: 'VDA', name: 'Ovda (Uvda)', lat: 29.9403, lon: 34.9358, country: 'IL' },
  { icao: 'LLBG', iata: 'TLV', name: 'Ben Gurion', lat: 32.0114, lon: 34.8867, country: 'IL' },
  { icao: 'LLNV', iata: 'VTM', name: 'Nevatim Air Base', lat: 31.2083, lon: 35.0123, country: 'IL' },
  { icao: 'LLER', iata: 'ETM', name: 'Ramon', lat: 29.7237, lon: 35.0114, country: 'IL' },
  {
    icao: 'UBBB',
    iata: 'GYD',
    name: 'Heydar Aliyev International, Baku',
    lat: 40.4675,
    lon: 50.0467,
    country: 'AZ',
  },
  { icao: 'UBBG', iata: 'KVD', name: 'Ganja', lat: 40.7377, lon: 46.3176, country: 'AZ' },
  { icao: 'UBBN', iata: 'NAJ', name: 'Nakhchivan', lat: 39.1888, lon: 45.4584, country: 'AZ' },
];

const HAARETZ_2016: Source = {
  publisher: 'Haaretz (via armenianclub.com)',
  url: 'https://armenianclub.com/2016/04/26/azeri-defense-ministry-plane-landed-twice-in-israel-during-fighting-in-nagorno-karabakh',
  published: '2016-04-26',
};
const HAARETZ_2023: Source = {
  publisher: 'Haaretz (via defenddemocracy.press)',
  title: '92 Flights From Israeli Base Reveal Arms Exports to Azerbaijan',
  url: 'http://www.defenddemocracy.press/92-flights-from-israeli-base-reveal-arms-exports-to-azerbaijan/',
  published: '2023-03-06',
};
const RFERL_2024: Source = {
  publisher: 'RFE/RL (via Mirror-Spectator)',
  url: 'https://mirrorspectator.com/2024/09/12/more-cargo-shipped-to-azerbaijan-from-israeli-air-base/',
  published: '2024-09-12',
};

const AZAF8_NOTES = (day: string, other: string): string =>
  `Haaretz (via armenianclub.com, 2016-04-26) reports that an Azerbaijani Defence Ministry Il-76, callsign AZAF8, ` +
  `landed at Uvda (Ovda) on ${day} (and again on ${other}), during the fighting in Nagorno-Karabakh. ` +
  `The origin is not stated: Baku (UBBB) is inferred.`;
const HAARETZ_2023_NOTES =
  'Haaretz (2023-03-06, a Monday) reports that an Il-76 landed at Ovda "last Thursday", stayed about two hours ' +
  'and returned to Baku. Inferred: the date 2023-03-02 (from "last Thursday") and the operator Silk Way Airlines ' +
  '(the subject of the report, not stated for this flight).';

// facts.md, "The report the dashboard is about": the only flights presented as real.
export const REPORTED_FLIGHTS: Flight[] = [
  ...(['2016-04-04', '2016-04-06'] as const).map((date, i): Flight => ({
    id: `haaretz-${date}-azaf8`,
    date,
    origin: 'UBBB',
    destination: 'LLOV',
    operator: 'Azerbaijani Defence Ministry',
    callsign: 'AZAF8',
    aircraftType: 'Il-76',
    confidence: 'inferred',
    sources: [HAARETZ_2016],
    notes: AZAF8_NOTES(date, i === 0 ? '2016-04-06' : '2016-04-04'),
  })),
  {
    id: 'haaretz-2023-03-02-in',
    date: '2023-03-02',
    origin: 'UBBB',
    destination: 'LLOV',
    operator: 'Silk Way Airlines',
    aircraftType: 'Il-76',
    confidence: 'inferred',
    sources: [HAARETZ_2023],
    notes: `${HAARETZ_2023_NOTES} This inbound leg's origin, Baku, is also inferred (the report says it "returned" there).`,
  },
  {
    id: 'haaretz-2023-03-02-out',
    date: '2023-03-02',
    origin: 'LLOV',
    destination: 'UBBB',
    operator: 'Silk Way Airlines',
    aircraftType: 'Il-76',
    confidence: 'inferred',
    sources: [HAARETZ_2023],
    notes: `${HAARETZ_2023_NOTES} The return to Baku is stated; its arrival on the same UTC day is assumed.`,
  },
  {
    id: 'rferl-2024-09-04-silkway',
    date: '2024-09-04',
    origin: 'LLOV',
    destination: 'UBBB',
    operator: 'Silk Way Airlines',
    confidence: 'reported',
    sources: [RFERL_2024],
    notes:
      'RFE/RL (via Mirror-Spectator, 2024-09-12) reports that a Silk Way Airlines aircraft returned from Ovda to ' +
      'Baku on 2024-09-04. The source gives no aircraft type, registration or times.',
  },
];

const WIKIPEDIA_2020 = {
  publisher: 'Wikipedia',
  title: '2020 Nagorno-Karabakh war (Simple English Wikipedia)',
  url: 'https://simple.m.wikipedia.org/wiki/2020_Nagorno-Karabakh_war',
};

// Source titles are given only where facts.md names them (or the page is a Wikipedia article);
// a title read off a URL could misquote the article.
// facts.md, "Dated events", plus the AP and RFE/RL reports (dated by publication).
export const EVENTS: TimelineEvent[] = [
  {
    date: '2016-04-02',
    title: 'Four-day war in Nagorno-Karabakh begins',
    description: 'Fighting lasts until 2016-04-05.',
    sources: [
      {
        publisher: 'Wikipedia',
        title: '2016 Nagorno-Karabakh conflict',
        url: 'https://en.wikipedia.org/wiki/2016_Nagorno-Karabakh_conflict',
      },
    ],
  },
  {
    date: '2018-04-30',
    title: 'Netanyahu reveals the Iranian nuclear archive taken by Israel',
    description:
      'The raid that took the archive was reported as having happened in January or February 2018.',
    sources: [
      {
        publisher: 'The Times of Israel',
        url: 'https://www.timesofisrael.com/netanyahu-european-officials-will-come-to-see-secret-iran-nuclear-archive/',
      },
    ],
  },
  { date: '2020-09-27', title: 'Second Nagorno-Karabakh war begins', sources: [WIKIPEDIA_2020] },
  {
    date: '2020-11-10',
    title: 'Nagorno-Karabakh ceasefire takes effect',
    description: 'The ceasefire was signed on 2020-11-09.',
    sources: [WIKIPEDIA_2020],
  },
  {
    date: '2022-10-03',
    title: 'Israeli defence minister Benny Gantz ends a visit to Azerbaijan',
    description:
      'Gantz met President Ilham Aliyev, Defence Minister Zakir Hasanov and border service chief Elchin Guliyev.',
    sources: [
      { publisher: 'The Jerusalem Post', url: 'https://www.jpost.com/israel-news/article-718882' },
      {
        publisher: 'The Times of Israel',
        url: 'https://www.timesofisrael.com/in-azerbaijan-gantz-discusses-defense-ties-with-president-and-other-top-officials/',
      },
    ],
  },
  {
    date: '2022-11-18',
    title: "Azerbaijan's parliament approves an embassy in Israel",
    sources: [{ publisher: 'Trend', url: 'https://en.trend.az/azerbaijan/politics/3728529.html' }],
  },
  {
    date: '2023-01-27',
    title: "Attack on Azerbaijan's embassy in Tehran",
    description: 'One guard was killed.',
    sources: [
      {
        publisher: 'Caspian News',
        url: 'https://caspiannews.com/news-detail/deadly-attack-on-azerbaijani-embassy-in-iran-leaves-one-dead-two-injured-2023-1-27-0/',
      },
    ],
  },
  {
    date: '2023-03-06',
    title: 'Haaretz publishes the 92-flights report',
    description:
      'At least 92 cargo flights by Silk Way Airlines Il-76 aircraft landed at Ovda over the past seven years (since ' +
      '2016), more frequently in mid-2016, late 2020 and the end of 2021. Ovda is the only Israeli airfield through ' +
      'which explosives may be flown in or out.',
    sources: [
      HAARETZ_2023,
      { publisher: 'PressTV', url: 'https://presstv.ir/Detail/2023/03/06/699379/', published: '2023-03-06' },
    ],
  },
  {
    date: '2023-03-29',
    title: "Azerbaijan's embassy in Tel Aviv opens",
    sources: [{ publisher: 'Today.az', url: 'http://www.today.az/news/politics/232758.html' }],
  },
  {
    date: '2023-05-30',
    title: "Israeli president Herzog's state visit to Baku",
    description: 'The visit lasted until 2023-05-31.',
    sources: [
      { publisher: 'Turan', url: 'https://turan.az/en/politics/israeli-presidents-visit-to-baku-766141' },
    ],
  },
  {
    date: '2023-09-19',
    title: "Azerbaijan's offensive in Nagorno-Karabakh",
    description: 'A ceasefire was announced on 2023-09-20.',
    sources: [
      {
        publisher: 'Peoples Dispatch',
        url: 'https://peoplesdispatch.org/2023/09/20/ceasefire-announced-hours-after-azerbaijan-launches-military-operation-in-nagorno-karabakh/',
      },
    ],
  },
  {
    date: '2023-10-05',
    title: 'AP reports Silk Way flights from Baku to Ovda before the offensive',
    description:
      'At least six Silk Way Airlines flights from Baku into Ovda between 2023-09-01 and 2023-09-17, which then ' +
      'left for Baku or Ganja. The report gives no individual flight dates.',
    sources: [
      {
        publisher: 'AP (via Israel National News)',
        url: 'https://www.israelnationalnews.com/news/377913',
        published: '2023-10-05',
      },
    ],
  },
  {
    date: '2024-09-12',
    title: 'RFE/RL reports more cargo flights from Ovda to Azerbaijan',
    description:
      'A Silk Way aircraft returned from Ovda to Baku on 2024-09-04; Hetq counted about a dozen such flights ' +
      'between November 2023 and April 2024.',
    sources: [RFERL_2024],
  },
];
