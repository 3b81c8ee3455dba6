/**
 * Readers of the vendored source texts in data/sources/ (tab-separated, `#` comment lines, one header
 * line). Pure: the generator and the tests read the files and pass the text. Any bad row throws an
 * error naming its line and field; nothing is dropped or rewritten.
 */
import type { AddressBlock, NationalityMark } from '../types';

function rows(text: string, file: string, header: string): { line: number; cells: string[] }[] {
  const out: { line: number; cells: string[] }[] = [];
  let seenHeader = false;
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '' || raw.startsWith('#')) return;
    if (!seenHeader) {
      if (raw !== header) throw new Error(`${file} line ${i + 1}: expected the header "${header}"`);
      seenHeader = true;
      return;
    }
    out.push({ line: i + 1, cells: raw.split('\t') });
  });
  if (!seenHeader) throw new Error(`${file}: no header line "${header}"`);
  return out;
}

const ISO2 = /^[A-Z]{2}$/;

/** The address blocks of icao-address-blocks.tsv (`start end state name`, hex bounds), in file order. */
export function parseAddressBlocksTsv(text: string, file = 'icao-address-blocks.tsv'): AddressBlock[] {
  return rows(text, file, 'start\tend\tstate\tname').map(({ line, cells }) => {
    const [start, end, state, stateName] = cells;
    const where = (field: string) => `${file} line ${line}, field ${field}`;
    if (cells.length !== 4) throw new Error(`${file} line ${line}: ${cells.length} fields, expected 4`);
    for (const [field, v] of [
      ['start', start],
      ['end', end],
    ] as const)
      if (!/^[0-9A-F]{6}$/.test(v!))
        throw new Error(`${where(field)}: "${v}" is not 6 upper-case hex digits`);
    if (!ISO2.test(state!))
      throw new Error(`${where('state')}: "${state}" is not an ISO 3166-1 alpha-2 code`);
    if (stateName!.trim() === '') throw new Error(`${where('name')}: empty`);
    const block = {
      start: parseInt(start!, 16),
      end: parseInt(end!, 16),
      state: state!,
      stateName: stateName!,
    };
    if (block.start > block.end) throw new Error(`${where('end')}: ${end} is below the start ${start}`);
    return block;
  });
}

/** The marks of nationality-marks.tsv (`mark state name`), in file order. */
export function parseNationalityMarksTsv(text: string, file = 'nationality-marks.tsv'): NationalityMark[] {
  return rows(text, file, 'mark\tstate\tname').map(({ line, cells }) => {
    const [prefix, state, stateName] = cells;
    const where = (field: string) => `${file} line ${line}, field ${field}`;
    if (cells.length !== 3) throw new Error(`${file} line ${line}: ${cells.length} fields, expected 3`);
    if (!/^[A-Z0-9]{1,4}$/.test(prefix!)) throw new Error(`${where('mark')}: "${prefix}" is not a mark`);
    if (!ISO2.test(state!))
      throw new Error(`${where('state')}: "${state}" is not an ISO 3166-1 alpha-2 code`);
    if (stateName!.trim() === '') throw new Error(`${where('name')}: empty`);
    return { prefix: prefix!, state: state!, stateName: stateName! };
  });
}
