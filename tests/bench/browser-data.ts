// Generated datasets for the browser benchmark, written as contract CSV, plus the random inputs to try.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toCsv } from '../../src/data/export';
import { generateDataset } from '../../src/data/sample';
import { addDays } from '../../src/data/contract';
import type { Dataset } from '../../src/data/contract';

export interface BenchDataset {
  n: number;
  file: string;
  /** When the CSV is imported as several files (each under the import's size limit): those, in order. */
  files?: string[];
  dataset: Dataset;
  span: { from: string; to: string };
}

/** Generates `n` flights (fixed seed) and writes them as `flights-<n>.csv` in `dir`. */
export function writeBenchDataset(dir: string, n: number, seed = 7): BenchDataset {
  mkdirSync(dir, { recursive: true });
  const dataset = generateDataset({ flights: n, seed });
  const file = join(dir, `flights-${n}.csv`);
  writeFileSync(file, toCsv(dataset.flights, dataset));
  const first = dataset.flights[0];
  if (!first) throw new Error('the bench dataset is empty');
  let from = first.date;
  let to = from;
  for (const f of dataset.flights) {
    if (f.date < from) from = f.date;
    if (f.date > to) to = f.date;
  }
  return { n, file, dataset, span: { from, to } };
}

/** A small deterministic PRNG (mulberry32), so every run tries the same inputs. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

/** `count` random From dates inside the span, each different from the one before. */
export function randomFromDates(span: { from: string; to: string }, count: number, random: () => number) {
  const days = Math.max(1, Math.floor(daysBetween(span.from, span.to)));
  const dates: string[] = [];
  while (dates.length < count) {
    const date = addDays(span.from, Math.floor(random() * days));
    if (date !== dates.at(-1)) dates.push(date);
  }
  return dates;
}

/** `count` search terms taken from random flights (callsign, operator, cargo word, id or aircraft type). */
export function randomSearchTerms(dataset: Dataset, count: number, random: () => number): string[] {
  const terms: string[] = [];
  const flights = dataset.flights;
  if (flights.length === 0) throw new Error('no flights to take search terms from');
  while (terms.length < count) {
    const f = flights[Math.floor(random() * flights.length)];
    if (!f) continue;
    const pick = Math.floor(random() * 5);
    const word = (text?: string) => {
      const words = (text ?? '').split(/\W+/).filter((w) => w.length >= 4);
      return words[Math.floor(random() * words.length)];
    };
    const term =
      pick === 0
        ? f.callsign?.slice(0, 3 + Math.floor(random() * 3))
        : pick === 1
          ? f.operator
          : pick === 2
            ? word(f.cargo)
            : pick === 3
              ? f.id.slice(0, Math.max(5, f.id.length - 2))
              : f.aircraftType;
    if (term && term !== terms.at(-1)) terms.push(term);
  }
  return terms;
}
