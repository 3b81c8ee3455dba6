// The identity figures (issue 14): filling and flagging n flights from a 600,000-row aircraft
// database (goal ≤ 1 s at 100k), and the Aircraft list over them. The database is a Map behind the
// AircraftLookup interface, as the imported one is; the tables are stand-ins of the real ones' size and
// lookup cost (sorted blocks searched by halves, marks by longest prefix, designators in a Map), with
// made-up contents. Flights look like an OpenSky export joined to a few own values: every one has an
// icao24, most a callsign, half a registration, a third an operator, some of them wrong.
import type { Dataset, Filters, Flight } from '../../src/data/contract';
import {
  listAircraft,
  resolveFlightIdentity,
  resolveIdentities,
  type AddressBlock,
  type AircraftLookup,
  type AircraftRecord,
  type Designator,
  type FlightIdentity,
  type IdentitySources,
  type NationalityMark,
} from '../../src/data/identity';
import { airframesIndex } from '../../src/data/identity/airframes-index';
import { listAircraftIn } from '../../src/data/identity/airframes-view';
import { computeView, createIndex, type FlightIndex } from '../../src/data/query';
import { airframeKey } from '../../src/data/patterns';
import { collect, contest, median, seeded } from './measure';
import type { Row } from './measure';

const DB_ROWS = 600_000;
const AIRFRAMES = 20_000;
const DESIGNATORS = 6_000;
const STATES = 200;

const hex = (n: number) => n.toString(16).padStart(6, '0');
const letters = (n: number, width: number) => {
  let s = '';
  for (let i = 0; i < width; i++, n = Math.floor(n / 26)) s = String.fromCharCode(65 + (n % 26)) + s;
  return s;
};
// Two-letter marks for states 0 … STATES-1 (state k's addresses: the k-th of STATES equal blocks).
const markOfState = (k: number) => letters(k + 26, 2);
const stateOfAddress = (a: number) => Math.floor((a * STATES) / 0x1000000);

function sources(): { sources: IdentitySources; db: Map<string, AircraftRecord> } {
  const random = seeded(14);
  const db = new Map<string, AircraftRecord>();
  for (let i = 0; i < DB_ROWS; i++) {
    const address = Math.floor((i / DB_ROWS) * 0xffffff);
    const rec: AircraftRecord = { icao24: hex(address), typecode: `T${i % 300}` };
    if (random() < 0.8) rec.registration = `${markOfState(stateOfAddress(address))}-${letters(i, 4)}`;
    if (random() < 0.5) rec.operator = `Example Operator ${i % DESIGNATORS} Airlines`;
    db.set(rec.icao24, rec);
  }
  const lookup: AircraftLookup = {
    info: {
      name: 'aircraftDatabase.csv',
      layout: 'opensky',
      importedAt: '2026-12-02T10:00:00Z',
      rows: db.size,
    },
    get: (icao24) => db.get(icao24.toLowerCase()),
  };
  const blocks: AddressBlock[] = Array.from({ length: STATES }, (_, k) => ({
    start: Math.ceil((k * 0x1000000) / STATES),
    end: Math.ceil(((k + 1) * 0x1000000) / STATES) - 1,
    state: `S${k}`,
    stateName: `State ${k}`,
  }));
  const marks = new Map<string, NationalityMark>();
  for (let k = 0; k < STATES; k++)
    marks.set(markOfState(k), { prefix: markOfState(k), state: `S${k}`, stateName: `State ${k}` });
  const designators = new Map<string, Designator>();
  for (let i = 0; i < DESIGNATORS; i++) {
    const icao = letters(i, 3);
    designators.set(icao, {
      icao,
      name: `Example Operator ${i} Airlines`,
      telephony: `EXAMPLE ${i}`,
      active: i % 10 !== 0,
    });
  }
  return {
    db,
    sources: {
      db: lookup,
      blocks: {
        source: 'bench blocks',
        blockOf(icao24) {
          const a = parseInt(icao24, 16);
          let lo = 0;
          let hi = blocks.length - 1;
          while (lo <= hi) {
            const mid = (lo + hi) >> 1;
            const b = blocks[mid]!;
            if (a < b.start) hi = mid - 1;
            else if (a > b.end) lo = mid + 1;
            else return b;
          }
          return undefined;
        },
      },
      marks: {
        source: 'bench marks',
        markOf(registration) {
          const r = registration.toUpperCase();
          for (let len = 3; len >= 1; len--) {
            const m = marks.get(r.slice(0, len));
            if (m) return m;
          }
          return undefined;
        },
      },
      designators: {
        source: 'bench designators',
        byCallsign(callsign) {
          const m = /^([A-Z]{3})(?=\d|$)/.exec(callsign.toUpperCase());
          return m ? designators.get(m[1]!) : undefined;
        },
        byIcao: (icao) => designators.get(icao.toUpperCase()),
      },
    },
  };
}

/** The dataset's flights with identities drawn from the database: 2 % of registrations and operators wrong. */
function identityFlights(dataset: Dataset, db: Map<string, AircraftRecord>): Flight[] {
  const random = seeded(1414);
  const keys = [...db.keys()];
  const airframes = Array.from({ length: AIRFRAMES }, () => keys[Math.floor(random() * keys.length)]!);
  return dataset.flights.map((base) => {
    const { registration: _r, operator: _o, aircraftType: _t, callsign: _c, ...f } = base;
    const icao24 = airframes[Math.floor(random() * AIRFRAMES)]!;
    const rec = db.get(icao24)!;
    const op = Math.floor(random() * DESIGNATORS);
    const out: Flight = { ...f, icao24 };
    if (random() < 0.9) out.callsign = `${letters(op, 3)}${Math.floor(random() * 900) + 100}`;
    if (random() < 0.5 && rec.registration)
      out.registration = random() < 0.02 ? 'ZZ-WRONG' : rec.registration;
    if (random() < 0.3)
      out.operator = random() < 0.02 ? 'Someone Else Ltd' : `Example Operator ${op} Airlines`;
    return out;
  });
}

/** The bench's sources (with the database's Map, for the peer) and flights, for other figures to reuse. */
export function identityBenchInputs(dataset: Dataset) {
  const { sources: src, db } = sources();
  return { sources: src, db, flights: identityFlights(dataset, db) };
}

const row = (name: string, n: number, peer: string, t: { ours_ms: number; peer_ms: number }): Row => ({
  name,
  n,
  ours_ms: t.ours_ms,
  peer,
  peer_ms: t.peer_ms,
  ratio: t.ours_ms / t.peer_ms,
});

/**
 * identity-fill: resolveIdentities over the flights (masks and counts; identities built when asked)
 * against the plainest join, a copy of each flight with the database's values spread in.
 * aircraft-list: listAircraft with the derived values against a plain Map grouping by airframe.
 * aircraft-list-filter: the list after a filter change (see filterChangeFigure).
 */
export function identityFigures(dataset: Dataset, runs: number): { rows: Row[]; notes: string[] } {
  const { sources: src, db, flights } = identityBenchInputs(dataset);
  const n = flights.length;
  const rows: Row[] = [];
  rows.push(
    row(
      'identity-fill',
      n,
      'Map join (spread copy)',
      contest({
        ours: () => resolveIdentities(flights, src),
        peer: () =>
          flights.map((f) => {
            const r = f.icao24 === undefined ? undefined : db.get(f.icao24);
            return r
              ? {
                  ...f,
                  registration: f.registration ?? r.registration,
                  aircraftType: f.aircraftType ?? r.typecode,
                  operator: f.operator ?? r.operator,
                }
              : f;
          }),
        runs,
        warmup: 2,
      }),
    ),
  );
  const overlay = resolveIdentities(flights, src);
  const identityOf = (f: Flight) => overlay.identityOf(f);
  rows.push(
    row(
      'aircraft-list',
      n,
      'Map group by airframe',
      contest({
        ours: () => listAircraft(flights, identityOf),
        peer: () => {
          const groups = new Map<string, Flight[]>();
          for (const f of flights) {
            const key = airframeKey(f);
            if (key === undefined) continue;
            const list = groups.get(key);
            if (list) list.push(f);
            else groups.set(key, [f]);
          }
          return groups;
        },
        runs,
        warmup: 1,
      }),
    ),
  );
  // The dataset's own flights (as the browser bench loads them: few airframes, many flights each), then
  // the identity flights (20,000 airframes: a summary to build for each).
  const own = resolveIdentities(dataset.flights, src);
  const filterRuns = Math.max(runs, 21);
  const filter = filterChangeFigures(
    'aircraft-list-filter',
    dataset,
    dataset.flights,
    (f) => own.identityOf(f),
    filterRuns,
  );
  const filterMany = filterChangeFigures(
    'aircraft-list-filter-20k',
    dataset,
    flights,
    identityOf,
    filterRuns,
  );
  rows.push(...filter.rows, ...filterMany.rows);
  // Every identity object built at once, as a per-flight resolver must (the store's conflict column).
  const eager = contest({
    ours: () => flights.map((f) => resolveFlightIdentity(f, src)),
    peer: () => resolveIdentities(flights, src),
    runs: Math.max(3, runs >> 1),
  });
  return {
    rows,
    notes: [
      `identity-fill n=${n}: ${overlay.derivedCount} flights with a derived value, ${overlay.conflictCount} with a ` +
        `conflict; ${AIRFRAMES.toLocaleString('en-US')} airframes from a ${DB_ROWS.toLocaleString('en-US')}-row database. ` +
        `Building every flight's identity object (resolveFlightIdentity per flight): ${eager.ours_ms.toFixed(0)} ms ` +
        `against ${eager.peer_ms.toFixed(0)} ms for the overlay's masks.`,
      ...filter.notes,
      ...filterMany.notes,
    ],
  };
}

// p10 and p90 as measure.ts takes them (nearest rank over runs − 1), so the table's spreads agree.
const quantile = (xs: readonly number[], q: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))]!;
};
const range = (xs: number[]) => `${quantile(xs, 0.1).toFixed(1)}–${quantile(xs, 0.9).toFixed(1)}`;
const spread = (xs: number[]) => `median ${median(xs).toFixed(1)} ms, p10–p90 ${range(xs)} ms`;

/** The two filter changes the browser bench times, as pairs of filters a change goes between. */
function filterChanges(index: FlightIndex): { kind: string; filters: [Filters, Filters] }[] {
  const days = index.flights.map((f) => f.date);
  const quarter = days.length >> 2;
  // From moved by a hundredth of the flights (~a month here), over the middle of the data.
  const from = [days[quarter]!, days[quarter + (days.length >> 7)]!];
  return [
    { kind: 'date', filters: [{ from: from[0] }, { from: from[1] }] },
    { kind: 'evidence', filters: [{}, { minPublishers: 2 }] },
    // The same toggle under a date range: neither view is every flight, so each is counted again.
    { kind: 'evidence-dated', filters: [{ from: from[0] }, { from: from[0], minPublishers: 2 }] },
  ];
}

/**
 * aircraft-list-filter-*: the Aircraft list after a filter change (a date change: From moved; an
 * evidence toggle: "at least two sources" on and off), once the per-dataset part (airframesIndex) is
 * built, as the store keeps it between changes. Each call lists the other view of the pair than the
 * call before, so every call is a change. A date step is listed from the flights that changed; the
 * evidence toggle goes back and forth to every flight, whose list is kept and which leaves the view
 * before it to compare with, so its "on" is a view already met (as an analyst toggling it meets it);
 * evidence-dated toggles it under a date range, a view counted again each time. Ours (listAircraftIn) against the same plain Map grouping of the view's flights as
 * aircraft-list's peer; the note adds the list as it was before (listAircraft over the view) and the
 * one-off build. The three alternate; no collection is forced before each call (BENCH_GC_EACH=1
 * does): with the 600,000-row database on the heap, the first allocations after a full collection pay
 * for its sweep (~100 ms here), which no filter change in the app pays.
 */
function filterChangeFigures(
  name: string,
  dataset: Dataset,
  flights: Flight[],
  identityOf: (f: Flight) => FlightIdentity | undefined,
  runs: number,
  gcEach = process.env.BENCH_GC_EACH === '1',
): { rows: Row[]; notes: string[] } {
  const index = createIndex({ ...dataset, flights });
  // The first build also resolves every flight's identity (the overlay builds them on first ask, as
  // the store's cache does); the second is the part's own cost, as after an edit.
  const builds = [0, 0].map(() => {
    const start = performance.now();
    airframesIndex(index, identityOf);
    return performance.now() - start;
  });
  const rows: Row[] = [];
  const notes: string[] = [];
  for (const { kind, filters } of filterChanges(index)) {
    const views = filters.map((f) => computeView(index, f, 'month').flights);
    const ai = airframesIndex(index, identityOf);
    const ours = (r: number) => listAircraftIn(ai, views[r & 1]!);
    const before = (r: number) => listAircraft(views[r & 1]!, identityOf);
    const peer = (r: number) => {
      const groups = new Map<string, Flight[]>();
      for (const f of views[r & 1]!) {
        const key = airframeKey(f);
        if (key === undefined) continue;
        const list = groups.get(key);
        if (list) list.push(f);
        else groups.set(key, [f]);
      }
      return groups;
    };
    const lists = [0, 1, 0, 1].map((r) => ours(r));
    for (const r of [0, 1, 0, 1])
      if (JSON.stringify(lists[r]) !== JSON.stringify(before(r))) throw new Error(`${name}: lists differ`);
    const sides = [ours, before, peer];
    const times: number[][] = [[], [], []];
    // Run r of every side lists view r & 1; ours met view 1 last above, so its run 0 is a change.
    for (let r = 0; r < runs; r++) {
      for (let k = 0; k < 3; k++) {
        const side = (r + k) % 3;
        if (gcEach) collect();
        const start = performance.now();
        sides[side]!(r);
        times[side]!.push(performance.now() - start);
      }
    }
    const [o, b, p] = times as [number[], number[], number[]];
    const sizes = views.map((v) => v.length.toLocaleString('en-US')).join(' ↔ ');
    const airframes = lists
      .slice(0, 2)
      .map((l) => l!.aircraft.length.toLocaleString('en-US'))
      .join(' ↔ ');
    const full = `${name}-${kind}`;
    rows.push({
      name: full,
      n: index.flights.length,
      ours_ms: median(o),
      peer: 'Map group by airframe',
      peer_ms: median(p),
      ratio: median(o) / median(p),
      runs,
      ours_spread: range(o),
      peer_spread: range(p),
    });
    notes.push(
      `${full}: ${JSON.stringify(filters[0])} ↔ ${JSON.stringify(filters[1])}, ${sizes} flights of ` +
        `${index.flights.length.toLocaleString('en-US')} (${airframes} airframes), ${runs} runs each: ours ` +
        `${spread(o)}; before (listAircraft over the view) ${spread(b)}; peer ${spread(p)}.`,
    );
  }
  notes.push(
    `${name}: the per-dataset part, built once per index and identity function: ${builds[1]!.toFixed(0)} ms ` +
      `(${builds[0]!.toFixed(0)} ms the first time, with every identity resolved).`,
  );
  return { rows, notes };
}
