import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { LOG_ACTIONS, neutraliseFormula } from '../../src/data/contract';
import type { LogEntry } from '../../src/data/contract';
import {
  describeLogEntry,
  filterLog,
  flightLog,
  formatLogTime,
  logFacets,
  logToCsv,
  logValueText,
  newestFirst,
  type LogQuery,
} from '../../src/data/query/log';

// Illustrative entries written for these tests (names and ids are made up).
const LOG: LogEntry[] = [
  { at: '2026-01-05T09:00:00Z', action: 'import', after: 'case.csv (12 flights)' },
  {
    at: '2026-01-05T10:00:00+02:00',
    by: 'Ana',
    action: 'edit',
    flightId: 'f-1',
    field: 'registration',
    before: '4K-AZ1',
    after: '4K-AZ2',
  },
  {
    at: '2026-01-05T08:30:00Z',
    by: 'Ana',
    action: 'edit',
    flightId: 'f-2',
    field: 'confidence',
    before: 'reported',
    after: 'confirmed',
  },
  { at: '2026-01-06T12:00:00Z', by: 'Ben', action: 'add', flightId: 'f-3' },
  {
    at: '2026-01-06T12:00:00Z',
    by: 'Ben',
    action: 'edit',
    flightId: 'f-3',
    field: 'tags',
    before: undefined,
    after: ['=cmd', 'x'],
  },
  { at: '2026-01-07T00:00:00Z', by: 'Ben', action: 'delete', flightId: 'f-2' },
  {
    at: '2026-01-07T01:00:00Z',
    by: 'Ana',
    action: 'edit',
    field: 'event',
    before: undefined,
    after: { date: '2022-10-01', dateEnd: '2022-10-31', title: 'Contract signed' },
  },
];
const positions = (rows: { position: number }[]) => rows.map((r) => r.position);

describe('newest first', () => {
  it('orders by instant (offsets compared), same instant: the later entry first', () => {
    // 10:00+02:00 is 08:00Z, before the 08:30Z entry.
    expect(positions(newestFirst(LOG))).toEqual([6, 5, 4, 3, 0, 2, 1]);
  });

  it('is the log reversed and sorted by time, for any log (= naive sort)', () => {
    const entry = fc.record({
      at: fc.constantFrom(
        '2026-01-01T00:00:00Z',
        '2026-01-01T02:00:00+02:00',
        '2026-01-02T00:00:00Z',
        'garbled',
      ),
      action: fc.constantFrom(...LOG_ACTIONS),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 30 }), (log) => {
        const t = (at: string) => (at === 'garbled' ? -Infinity : Date.parse(at));
        const naive = log
          .map((e, position) => ({ e, position }))
          .reverse()
          .sort((a, b) => t(b.e.at) - t(a.e.at) || 0);
        expect(positions(newestFirst(log))).toEqual(naive.map((r) => r.position));
      }),
    );
  });
});

describe('filterLog', () => {
  it.each<[string, LogQuery, number[]]>([
    ['no filter', {}, [6, 5, 4, 3, 0, 2, 1]],
    ['by name', { by: 'Ana' }, [6, 2, 1]],
    ['entries without a name', { by: '' }, [0]],
    ['by action', { action: 'edit' }, [6, 4, 2, 1]],
    ['by field', { field: 'registration' }, [1]],
    ['events', { field: 'event' }, [6]],
    ['text in a value, any case', { text: 'az2' }, [1]],
    ['text in a JSON value', { text: 'contract SIGNED' }, [6]],
    ['text in a flight id', { text: 'f-3' }, [4, 3]],
    ['text in the name', { text: 'ben' }, [5, 4, 3]],
    ['combined', { by: 'Ben', action: 'edit', text: 'cmd' }, [4]],
    ['blank text is no filter', { text: '  ', action: 'delete' }, [5]],
    ['nothing matches', { by: 'Cleo' }, []],
  ])('%s', (_name, query, expected) => {
    expect(positions(filterLog(LOG, query))).toEqual(expected);
  });

  it('equals a naive filter over random queries', () => {
    const query = fc.record(
      {
        by: fc.constantFrom('Ana', 'Ben', ''),
        action: fc.constantFrom(...LOG_ACTIONS),
        field: fc.constantFrom('registration', 'event', 'tags', ''),
        text: fc.constantFrom('a', 'F-', '2026-01-06', 'confirmed', ''),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(query, (q) => {
        const hay = (e: LogEntry) =>
          [e.by, e.action, e.flightId, e.field, e.at, logValueText(e.before), logValueText(e.after)]
            .filter((x) => x !== undefined)
            .join('\u0000')
            .toLowerCase();
        const naive = newestFirst(LOG).filter(
          ({ entry: e }) =>
            (q.by === undefined || (e.by ?? '') === q.by) &&
            (q.action === undefined || e.action === q.action) &&
            (!q.field || e.field === q.field) &&
            (!q.text || hay(e).includes(q.text.toLowerCase())),
        );
        expect(positions(filterLog(LOG, q))).toEqual(positions(naive));
      }),
    );
  });

  it("lists one flight's entries", () => {
    expect(positions(flightLog(LOG, 'f-2'))).toEqual([5, 2]);
    expect(flightLog(undefined, 'f-2')).toEqual([]);
  });

  it('offers the names, actions and fields in use', () => {
    expect(logFacets(LOG)).toEqual({
      by: ['', 'Ana', 'Ben'],
      actions: ['add', 'delete', 'edit', 'import'],
      fields: ['confidence', 'event', 'registration', 'tags'],
    });
  });
});

describe('describeLogEntry', () => {
  it.each<[number, string]>([
    [0, 'import: case.csv (12 flights)'],
    [1, 'registration: "4K-AZ1" → "4K-AZ2"'],
    [3, 'added flight f-3'],
    [4, 'tags: (empty) → ["=cmd","x"]'],
    [5, 'deleted flight f-2'],
    [6, 'event added: 2022-10-01…2022-10-31 "Contract signed"'],
  ])('entry %i → %s', (i, text) => expect(describeLogEntry(LOG[i]!)).toBe(text));

  it('names an edited and a deleted event', () => {
    const a = { date: '2022-10-03', title: 'Visit' };
    const b = { date: '2022-10-04', title: 'Visit' };
    const base = { at: '2026-01-01T00:00:00Z', action: 'edit' as const, field: 'event' };
    expect(describeLogEntry({ ...base, before: a, after: b })).toBe(
      'event edited: 2022-10-03 "Visit" → 2022-10-04 "Visit"',
    );
    expect(describeLogEntry({ ...base, before: a })).toBe('event deleted: 2022-10-03 "Visit"');
  });

  it('writes times in UTC', () => {
    expect(formatLogTime('2026-01-05T10:00:00+02:00')).toBe('2026-01-05 08:00 UTC');
    expect(formatLogTime('not a time')).toBe('not a time');
  });
});

describe('logToCsv', () => {
  it('writes at,by,action,flightId,field,before,after, non-strings as JSON, formulas guarded', () => {
    const csv = logToCsv(newestFirst(LOG.slice(3, 5)));
    expect(csv).toBe(
      '\uFEFFat,by,action,flightId,field,before,after\r\n' +
        '2026-01-06T12:00:00Z,Ben,edit,f-3,tags,,"[""=cmd"",""x""]"\r\n' +
        '2026-01-06T12:00:00Z,Ben,add,f-3,,,',
    );
    const formula: LogEntry = {
      at: '2026-01-01T00:00:00Z',
      by: '=HYPERLINK("x")',
      action: 'edit',
      field: 'notes',
      before: '+1',
      after: '@a',
    };
    expect(logToCsv([{ entry: formula, position: 0 }]).split('\r\n')[1]).toBe(
      `2026-01-01T00:00:00Z,"'=HYPERLINK(""x"")",edit,,notes,'+1,'@a`,
    );
  });

  it('is Papa.unparse of the guarded cells, and reads back to the same values', () => {
    const value = fc.oneof(
      fc.constant(undefined),
      fc.string(),
      fc.constantFrom('=1+1', ' lead', 'a,b', 'say "hi"', 'line\nbreak', "'-x"),
      fc.integer(),
      fc.array(fc.string(), { maxLength: 3 }),
    );
    const entry = fc.record(
      {
        at: fc.constant('2026-01-01T00:00:00Z'),
        by: fc.string(),
        action: fc.constantFrom(...LOG_ACTIONS),
        flightId: fc.string(),
        field: fc.string(),
        before: value,
        after: value,
      },
      { requiredKeys: ['at', 'action'] },
    );
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 8 }), (log) => {
        const rows = log.map((entry, position) => ({ entry, position }));
        const cells = rows.map(({ entry }) =>
          (['at', 'by', 'action', 'flightId', 'field', 'before', 'after'] as const).map((c) =>
            neutraliseFormula(logValueText(entry[c])),
          ),
        );
        const header = ['at', 'by', 'action', 'flightId', 'field', 'before', 'after'];
        const csv = logToCsv(rows);
        expect(csv).toBe('\uFEFF' + Papa.unparse([header, ...cells], { newline: '\r\n' }));
        const back = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' }).data.slice(1);
        expect(back).toEqual(rows.length === 0 ? [] : cells);
      }),
    );
  });
});
