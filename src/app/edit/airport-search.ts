/**
 * Airport search for the form's pickers: by ICAO code, IATA code and name, over the dataset's airports
 * first and then the built-in gazetteer. Pure: the lists come from the caller.
 */
import type { Airport } from '../../data/contract';

// Lower-cased names, per list, so that a keystroke over ~17,500 airports does no string work but `includes`.
const folded = new WeakMap<readonly Airport[], string[]>();
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function namesOf(list: readonly Airport[]): string[] {
  let names = folded.get(list);
  if (!names) {
    names = list.map((a) => fold(a.name));
    folded.set(list, names);
  }
  return names;
}

/** 0 = exact code, 1 = code prefix, 2 = name starts with, 3 = a word starts with, 4 = name contains. */
function rank(airport: Airport, name: string, q: string, upper: string): number {
  if (airport.icao === upper || airport.iata === upper) return 0;
  if (airport.icao.startsWith(upper)) return 1;
  if (name.startsWith(q)) return 2;
  const at = name.indexOf(q);
  if (at < 0) return -1;
  return /[\s(,/-]/.test(name.charAt(at - 1)) ? 3 : 4;
}

/**
 * The best `limit` airports for what was typed: the first list's matches (the dataset's airports), best
 * first, then the next list's. An airport in several lists is listed once, from the first.
 */
export function searchAirports(lists: readonly (readonly Airport[])[], query: string, limit = 12): Airport[] {
  const q = fold(query.trim());
  if (q === '') return [];
  const upper = query.trim().toUpperCase();
  const out: Airport[] = [];
  const seen = new Set<string>();
  for (const list of lists) {
    // Each list's matches before the next list's: the dataset's own airports come first.
    const buckets: Airport[][] = [[], [], [], [], []];
    const names = namesOf(list);
    for (let i = 0; i < list.length; i++) {
      const airport = list[i]!;
      if (seen.has(airport.icao)) continue;
      const r = rank(airport, names[i]!, q, upper);
      if (r < 0) continue;
      seen.add(airport.icao);
      buckets[r]!.push(airport);
    }
    out.push(...buckets.flat());
    if (out.length >= limit) break;
  }
  return out.slice(0, limit);
}

/** "LLOV — Ovda (Uvda)", with the country when known. */
export function airportOptionLabel(airport: Airport): string {
  return `${airport.icao} — ${airport.name}${airport.country ? `, ${airport.country}` : ''}`;
}
