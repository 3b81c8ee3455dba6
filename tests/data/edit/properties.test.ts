/**
 * Properties of the edit model over random datasets and random command sequences (valid and not):
 * (a) undoing every step in reverse gives back each earlier dataset exactly, and redoing them gives the
 *     same datasets again; (b) every step a builder returns leaves a dataset that the import validator
 *     accepts unchanged, and every refusal names its fields; (c) applyStep equals a naive rebuild.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset, Flight, Track } from '../../../src/data/contract';
import { applyStep, isNoChange, revertStep, type Step } from '../../../src/data/edit';
import { toJson } from '../../../src/data/export';
import { parseImport } from '../../../src/data/import';
import { anyCommand, anyDataset, build, type Command } from './arbitraries';

interface Run {
  steps: Step[];
  /** states[k] is the dataset before steps[k]; the last is the dataset after all. */
  states: Dataset[];
  refusals: { command: Command; errors: { field: string; message: string }[] }[];
}

function run(d0: Dataset, commands: readonly Command[]): Run {
  const out: Run = { steps: [], states: [d0], refusals: [] };
  let d = d0;
  for (const command of commands) {
    const result = build(d, command);
    if (result === undefined) continue;
    if (!result.ok) {
      out.refusals.push({ command, errors: result.errors });
      continue;
    }
    if (isNoChange(result.step)) continue;
    d = applyStep(d, result.step);
    out.steps.push(result.step);
    out.states.push(d);
  }
  return out;
}

const PARAMS = { numRuns: 150 };
const commands = fc.array(anyCommand, { minLength: 1, maxLength: 14 });

// The naive version of the rule of honesty: a flight citing only the generator is synthetic.
const generatorOnly = (f: Flight) =>
  f.sources.every((s) => s.publisher.trim().toLowerCase() === 'airlift sample generator');

/** applyStep rebuilt by hand: each flight looked up in the step's changes, then the additions. */
function naiveApply(d: Dataset, step: Step): Dataset {
  const out: Dataset = { ...d };
  const changes = step.flights ?? [];
  if (changes.length > 0) {
    const flights: Flight[] = [];
    for (const f of d.flights) {
      const change = changes.find((c) => c.before?.id === f.id);
      if (change === undefined) flights.push(f);
      else if (change.after !== null) flights.push(change.after);
    }
    for (const c of changes) if (c.before === null && c.after !== null) flights.push(c.after);
    out.flights = flights;
  }
  for (const c of step.events ?? []) {
    const events = out.events.slice();
    if (c.before === null) events.push(c.after!);
    else {
      const i = c.position ?? events.findIndex((e) => JSON.stringify(e) === JSON.stringify(c.before));
      if (c.after === null) events.splice(i, 1);
      else events[i] = c.after;
    }
    out.events = events;
  }
  if (step.tracks?.length) {
    let tracks: Track[] = [];
    for (const t of d.tracks ?? []) {
      const change = step.tracks.find((c) => c.before?.flightId === t.flightId);
      if (change === undefined) tracks.push(t);
      else if (change.after !== null) tracks.push(change.after);
    }
    tracks = [...tracks, ...step.tracks.filter((c) => c.before === null).map((c) => c.after!)];
    if (tracks.length > 0) out.tracks = tracks;
    else delete out.tracks;
  }
  if (step.airportsAdded?.length) out.airports = [...d.airports, ...step.airportsAdded];
  if (step.log.length > 0) out.log = [...(d.log ?? []), ...step.log];
  return out;
}

describe('edit model properties', () => {
  it('(a) undo in reverse order gives back every earlier dataset; redo gives the same datasets again', () => {
    fc.assert(
      fc.property(anyDataset, commands, (d0, cmds) => {
        const { steps, states } = run(d0, cmds);
        let d = states[states.length - 1]!;
        for (let k = steps.length - 1; k >= 0; k--) {
          d = revertStep(d, steps[k]!)!;
          expect(d).toStrictEqual(states[k]);
        }
        for (let k = 0; k < steps.length; k++) {
          d = applyStep(d, steps[k]!);
          expect(d).toStrictEqual(states[k + 1]);
        }
      }),
      PARAMS,
    );
  });

  it('(b) every step leaves a dataset the import validator accepts unchanged; every refusal names its fields', () => {
    fc.assert(
      fc.property(anyDataset, commands, (d0, cmds) => {
        const { states, refusals } = run(d0, cmds);
        for (const d of states.slice(1)) {
          const result = parseImport(toJson(d.flights, d));
          if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
          expect(result.dataset.flights).toEqual(d.flights);
          expect(d.flights.filter((f) => f.confidence !== 'synthetic' && generatorOnly(f))).toEqual([]);
          expect(new Set(d.flights.map((f) => f.id)).size).toBe(d.flights.length);
        }
        for (const { errors } of refusals) {
          expect(errors.length).toBeGreaterThan(0);
          for (const e of errors) expect(e.field !== '' && e.message !== '').toBe(true);
        }
      }),
      PARAMS,
    );
  });

  it('(c) applyStep equals a naive rebuild of the dataset', () => {
    fc.assert(
      fc.property(anyDataset, commands, (d0, cmds) => {
        const { steps, states } = run(d0, cmds);
        steps.forEach((step, k) =>
          expect(applyStep(states[k]!, step)).toStrictEqual(naiveApply(states[k]!, step)),
        );
      }),
      PARAMS,
    );
  });

  it('the commands reach every builder, with steps and refusals', () => {
    // Guards the properties above against vacuity: the random runs do make steps of every kind.
    const seen = new Set<string>();
    fc.assert(
      fc.property(anyDataset, commands, (d0, cmds) => {
        const { steps, refusals } = run(d0, cmds);
        for (const s of steps) seen.add(`${s.action}:${s.events?.length ? 'event' : 'flight'}`);
        if (steps.some((s) => s.tracks?.length)) seen.add('tracks');
        if (steps.some((s) => s.airportsAdded?.length)) seen.add('airports');
        if (refusals.length > 0) seen.add('refused');
      }),
      { numRuns: 200, seed: 1 },
    );
    expect([...seen].sort()).toEqual(
      [
        'add:event',
        'add:flight',
        'airports',
        'delete:event',
        'delete:flight',
        'edit:event',
        'edit:flight',
        'refused',
        'tracks',
      ].sort(),
    );
  });
});
