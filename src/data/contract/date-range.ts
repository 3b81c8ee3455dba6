/**
 * Imprecise dates (schema v2 `dateEnd`): a flight or event known only to a range of days, written for
 * people and read back from what they type. `formatFlightDate` and `parseImpreciseDate` round-trip:
 * parsing a formatted range gives the same `date` and `dateEnd`.
 */
import { daysInMonth, dayNumber, isIsoDate, addDays } from './time';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Whether the flight or event has a real range (a `dateEnd` after `date`). */
export function isImprecise(item: { date: string; dateEnd?: string }): boolean {
  return item.dateEnd !== undefined && item.dateEnd > item.date;
}

/** How many days the range covers (1 for a known day; a `dateEnd` before `date` counts as none). */
export function spanDays(date: string, dateEnd?: string): number {
  if (dateEnd === undefined || dateEnd <= date) return 1;
  return dayNumber(dateEnd) - dayNumber(date) + 1;
}

// Day 0 (1970-01-01) was a Thursday: Monday-based weekday = (day + 3) mod 7, Monday = 0.
const weekday = (date: string) => (((dayNumber(date) + 3) % 7) + 7) % 7;

const isWholeMonth = (date: string, dateEnd: string) =>
  date.slice(0, 7) === dateEnd.slice(0, 7) &&
  date.endsWith('-01') &&
  Number(dateEnd.slice(8, 10)) === daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)));

/**
 * A date as an analyst reads it: "2022-10-03" (a known day), "October 2022" (a whole calendar month),
 * "week of 2022-10-03" (Monday to Sunday), else "2022-10-01 … 2022-10-12".
 */
export function formatFlightDate(date: string, dateEnd?: string): string {
  if (dateEnd === undefined || dateEnd === '' || dateEnd <= date) return date;
  if (isWholeMonth(date, dateEnd)) return `${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
  if (weekday(date) === 0 && addDays(date, 6) === dateEnd) return `week of ${date}`;
  return `${date} … ${dateEnd}`;
}

export type ImpreciseDateResult =
  { ok: true; date: string; dateEnd?: string } | { ok: false; message: string };

const monthRange = (year: number, month: number): ImpreciseDateResult => {
  const mm = String(month).padStart(2, '0');
  const yyyy = String(year).padStart(4, '0');
  return { ok: true, date: `${yyyy}-${mm}-01`, dateEnd: `${yyyy}-${mm}-${daysInMonth(year, month)}` };
};

const bad = (message: string): ImpreciseDateResult => ({ ok: false, message });
const notADate = (text: string) =>
  bad(`"${text}" is not a date: write YYYY-MM-DD (a calendar date such as 2022-10-03)`);

/** Month name or its first three letters, any case → 1–12; 0 when it is none. */
function monthOf(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return 0;
  const i = MONTHS.findIndex((m) => m.toLowerCase() === w || m.toLowerCase().slice(0, 3) === w);
  return i + 1;
}

const HELP =
  'write a date (2022-10-03), a month ("October 2022" or 2022-10), a week ("week of 2022-10-03", a Monday) or a range (2022-10-01..2022-10-12)';

/**
 * Reads a date as typed in a form: "2022-10-03", "October 2022" / "Oct 2022" / "2022-10", "week of
 * 2022-10-03" (a Monday), or a range "2022-10-01..2022-10-12" (also with "…", " to " or " – "). A
 * range of one day is a known day (no `dateEnd`). An error message says what is wrong.
 */
export function parseImpreciseDate(input: string): ImpreciseDateResult {
  const text = input.trim().replace(/\s+/g, ' ');
  if (text === '') return bad(`the date is empty: ${HELP}`);
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return isIsoDate(text) ? { ok: true, date: text } : notADate(text);

  const isoMonth = /^(\d{4})-(\d{2})$/.exec(text);
  if (isoMonth) {
    const month = Number(isoMonth[2]);
    if (month < 1 || month > 12) return bad(`"${text}": month ${isoMonth[2]} is not 01 to 12`);
    return monthRange(Number(isoMonth[1]), month);
  }
  const named = /^([A-Za-z]+\.?) (\d{4})$/.exec(text);
  if (named) {
    const month = monthOf(named[1]!);
    if (month === 0) return bad(`"${named[1]}" is not the name of a month (${HELP})`);
    return monthRange(Number(named[2]), month);
  }

  const week = /^week of (.+)$/i.exec(text);
  if (week) {
    const start = week[1]!;
    if (!isIsoDate(start)) return notADate(start);
    const wd = weekday(start);
    if (wd !== 0) {
      const monday = addDays(start, -wd);
      return bad(
        `"week of ${start}": ${start} is not a Monday; the week that holds it is "week of ${monday}"`,
      );
    }
    return { ok: true, date: start, dateEnd: addDays(start, 6) };
  }

  const range = /^(\S+) ?(?:\.\.|…| to | – | — ) ?(\S+)$/i.exec(text);
  if (range) {
    const [from, to] = [range[1]!, range[2]!];
    if (!isIsoDate(from)) return notADate(from);
    if (!isIsoDate(to)) return notADate(to);
    if (to < from) return bad(`"${text}": the end ${to} is before the start ${from}`);
    return to === from ? { ok: true, date: from } : { ok: true, date: from, dateEnd: to };
  }
  return bad(`"${text}" is not a date: ${HELP}`);
}
