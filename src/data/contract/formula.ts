/**
 * Spreadsheet formula neutralising for CSV cells. A cell that a spreadsheet would run as a formula gets a
 * leading `'`. To make this reversible for any text, a cell that already starts with one or more `'`
 * followed by a trigger character is prefixed too; the importer strips exactly one `'` from such cells.
 */

const APOSTROPHE = 39;

function isTrigger(c: number): boolean {
  // = + - @ tab CR LF
  return c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13 || c === 10;
}

/** Position of the first character after the leading apostrophes. */
function afterApostrophes(text: string): number {
  let i = 0;
  while (i < text.length && text.charCodeAt(i) === APOSTROPHE) i++;
  return i;
}

/** The text as a CSV cell: prefixed with `'` when it matches /^'*[=+\-@\t\r\n]/. */
export function neutraliseFormula(text: string): string {
  const i = afterApostrophes(text);
  return i < text.length && isTrigger(text.charCodeAt(i)) ? "'" + text : text;
}

/** Undoes {@link neutraliseFormula}: strips exactly one `'` when the cell matches /^'+[=+\-@\t\r\n]/. */
export function restoreFormula(cell: string): string {
  if (cell.charCodeAt(0) !== APOSTROPHE) return cell;
  const i = afterApostrophes(cell);
  return i < cell.length && isTrigger(cell.charCodeAt(i)) ? cell.slice(1) : cell;
}
