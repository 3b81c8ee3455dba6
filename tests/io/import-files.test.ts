import { gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { mergeDatasets, parseImport } from '../../src/data/import';
import { builtInGazetteerEntries } from '../../src/data/geo/builtin-gazetteer';
import { landingCandidates, looksLikeTrack, TRACK_SNIFF_BYTES, TrackImport } from '../../src/data/tracks';
import { planSyntheticLegs, readsbTrace, sampleLeg, stateVectorCsv } from '../../src/data/sample';
import { handleImportMessage, type ImportReply } from '../../src/io/worker-protocol';
import { makeFlight, makeJsonText } from '../fixtures/flights';

const airports = landingCandidates(builtInGazetteerEntries());
const deps = {
  parseImport,
  mergeDatasets,
  tracks: {
    looksLikeTrack,
    sniffBytes: TRACK_SNIFF_BYTES,
    session: (onProgress: (f: number) => void) => new TrackImport({ airports, onProgress }),
  },
};
const legs = planSyntheticLegs({ legs: 2 }).map(sampleLeg);
const gz = (text: string) => new Blob([gzipSync(new TextEncoder().encode(text))]);

async function run(files: { file: Blob | string; fileName: string }[], extra = {}): Promise<ImportReply[]> {
  const replies: ImportReply[] = [];
  const [first] = files;
  const msg = {
    type: 'import',
    requestId: 1,
    mode: 'replace',
    file: first?.file,
    fileName: first?.fileName,
    files,
    ...extra,
  };
  await handleImportMessage(msg, (r) => replies.push(r), deps);
  return replies;
}

function last(replies: ImportReply[]) {
  const r = replies.at(-1);
  if (r?.type !== 'result') throw new Error(JSON.stringify(r));
  return r;
}

describe('several files and track files in the worker', () => {
  it('a gzip trace named .json and a state-vector CSV are one track import; formats per file', async () => {
    const replies = await run([
      { file: gz(readsbTrace(legs.slice(0, 1))), fileName: 'trace_full_a.json' },
      { file: new Blob([stateVectorCsv(legs.slice(1))]), fileName: 'states.csv' },
    ]);
    const reply = last(replies);
    expect(reply.result.ok).toBe(true);
    if (!reply.result.ok) return;
    expect(reply.result.dataset.flights).toHaveLength(2);
    expect(reply.result.dataset.tracks).toHaveLength(2);
    expect(reply.result.dataset.synthetic).toBe(true);
    expect(reply.files).toEqual([
      { name: 'trace_full_a.json', format: 'readsb' },
      { name: 'states.csv', format: 'opensky-states' },
    ]);
    const fractions = replies.flatMap((r) => (r.type === 'progress' ? [r.fraction] : []));
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.some((f) => f > 0 && f < 0.9)).toBe(true);
  });

  it('the same trace twice in one drop gives one flight per leg', async () => {
    const text = readsbTrace(legs.slice(0, 1));
    const reply = last(
      await run([
        { file: new Blob([text]), fileName: 'a.json' },
        { file: gz(text), fileName: 'b.json' },
      ]),
    );
    if (!reply.result.ok) throw new Error('failed');
    expect(reply.result.dataset.flights).toHaveLength(1);
  });

  it('a malformed trace fails the whole import, naming the file and the row', async () => {
    const bad = JSON.parse(readsbTrace(legs.slice(0, 1))) as { trace: unknown[][] };
    bad.trace[4] = ['x', 1, 2];
    const reply = last(
      await run([
        { file: new Blob([stateVectorCsv(legs.slice(1))]), fileName: 'states.csv' },
        { file: new Blob([JSON.stringify(bad)]), fileName: 'broken.json' },
      ]),
    );
    expect(reply.result.ok).toBe(false);
    if (reply.result.ok) return;
    expect(reply.result.errors[0]?.message).toMatch(/^row 5 of broken\.json, field dt: /);
  });

  it('a mixed drop (Airlift JSON + a trace) is added in turn; an Airlift error names the file', async () => {
    const json = makeJsonText([makeFlight({ id: 'c1' })]);
    const ok = last(
      await run([
        { file: json, fileName: 'flights.json' },
        { file: new Blob([readsbTrace(legs.slice(0, 1))]), fileName: 'trace.json' },
      ]),
    );
    if (!ok.result.ok) throw new Error(JSON.stringify(ok.result.errors));
    expect(ok.result.dataset.flights.map((f) => f.id)[0]).toBe('c1');
    expect(ok.result.dataset.flights).toHaveLength(2);
    const bad = last(
      await run([
        { file: makeJsonText([{ ...makeFlight({ id: 'b' }), date: 'nope' }]), fileName: 'flights.json' },
        { file: new Blob([readsbTrace(legs.slice(0, 1))]), fileName: 'trace.json' },
      ]),
    );
    expect(bad.result.ok).toBe(false);
    if (!bad.result.ok)
      expect(bad.result.errors[0]?.message).toMatch(/^flights\.json: row 1 \(id "b"\), field date/);
  });

  it('one plain Airlift file still takes the text path unchanged', async () => {
    const reply = last(
      await run([{ file: new Blob([makeJsonText([makeFlight({ id: 'x' })])]), fileName: 'f.json' }]),
    );
    expect(reply.result.ok && reply.result.format).toBe('json');
    expect(reply.files).toBeUndefined();
  });
});
