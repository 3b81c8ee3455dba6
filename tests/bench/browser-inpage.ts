// Code that runs inside the page. Kept as plain JavaScript source: functions compiled by tsx/esbuild may
// reference helpers (`__name`) that do not exist in the page, so nothing here is passed as a function.

/** What the load probe reports for one navigation (ms from navigation start, `performance.timeOrigin`). */
export interface LoadTiming {
  /** The rAF in which map canvas, timeline bars, table rows and the right counts line all existed. */
  readyFrame: number;
  /** Just after that frame was painted (a message posted from the rAF runs after rendering). */
  painted: number;
}

/** One measured change: ms from the dispatched event. */
export interface ChangeTiming {
  changed: boolean;
  /** After two requestAnimationFrames (more if the counts line had not changed by the first). */
  twoFrames: number;
  before: string;
  after: string;
}

/** The counts line text the app shows for `n` flights with no filter. */
export const countsText = (n: number): string =>
  `${n.toLocaleString('en-US')} ${n === 1 ? 'flight' : 'flights'}`;

/**
 * An init script (runs before the app on every navigation) that watches each frame for the loaded
 * views and stores the timing in `window.__airliftLoad` (a promise).
 */
export function loadProbeScript(n: number): string {
  return `(() => {
  const expected = ${JSON.stringify(countsText(n))};
  const rowcount = ${JSON.stringify(String(n + 1))};
  const ready = () => {
    const line = document.querySelector('.counts-line');
    if (!line || line.textContent.trim() !== expected) return false;
    if (!document.querySelector('.leaflet-overlay-pane canvas')) return false;
    const bars = Array.from(document.querySelectorAll('svg .tl-bars'));
    if (!bars.some((b) => (b.getAttribute('d') || '').length > 0)) return false;
    const table = document.querySelector('table[aria-label="Flights"]');
    if (!table || table.getAttribute('aria-rowcount') !== rowcount) return false;
    return table.querySelector('tbody tr') !== null;
  };
  window.__airliftLoad = new Promise((resolve) => {
    const tick = () => {
      if (!ready()) { requestAnimationFrame(tick); return; }
      const readyFrame = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve({ readyFrame, painted: performance.now() });
      channel.port2.postMessage(0);
    };
    requestAnimationFrame(tick);
  });
})();`;
}

/** An expression that evaluates to the load timing (waits for it), or null after `timeoutMs`. */
export const awaitLoadExpression = (timeoutMs: number): string =>
  `Promise.race([window.__airliftLoad, new Promise((r) => setTimeout(() => r(null), ${timeoutMs}))])`;

/** First contentful paint (ms from navigation start): its entry is queued a little after the paint itself. */
export const fcpExpression = `(async () => {
  for (let i = 0; i < 40; i++) {
    const entry = performance.getEntriesByName('first-contentful-paint')[0];
    if (entry) return entry.startTime;
    await new Promise((r) => setTimeout(r, 50));
  }
  return null;
})()`;

const findInput = `(label) => {
  const l = Array.from(document.querySelectorAll('label')).find((x) => x.textContent.trim() === label);
  const input = l && (l.htmlFor ? document.getElementById(l.htmlFor) : l.querySelector('input'));
  if (!input) throw new Error('no input labelled ' + label);
  return input;
}`;

/**
 * The measuring frame around one user action: `setup` finds what to act on, then the clock starts,
 * `act` runs, and the expression waits for the counts line to change and for the next frame.
 */
function timedChange(setup: string, act: string, watched = '.counts-line'): string {
  return `(async () => {
  ${setup}
  // Looked up again at every frame: a table row may be replaced by a new element rather than changed.
  const watched = () => document.querySelector(${JSON.stringify(watched)});
  const text = () => watched()?.textContent ?? null;
  if (text() === null) throw new Error('nothing matches ' + ${JSON.stringify(watched)});
  const before = text();
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  const t0 = performance.now();
  ${act}
  await frame();
  while (text() === before && performance.now() - t0 < 3000) await frame();
  const changed = text() !== before;
  // The frame that showed the new counts is painted before the next frame's callbacks run.
  await frame();
  return { changed, twoFrames: performance.now() - t0, before, after: text() };
})()`;
}

/**
 * An expression that runs `act` (page JavaScript, e.g. a call into a driver the bench installed) inside the
 * same measuring frame as {@link changeExpression}, watching the text of the first element matching
 * `watched` (the counts line by default; the table's first row for a sort).
 */
export function actExpression(act: string, watched = '.counts-line'): string {
  return timedChange('', act, watched);
}

/**
 * An expression that changes one input the way React sees a user edit (native value setter + events),
 * then waits for the counts line to change and the next frame. `kind`: 'date' dispatches input and change
 * on the input labelled `label`; 'text' dispatches input and an Enter keydown (commits without the debounce).
 */
export function changeExpression(kind: 'date' | 'text', label: string, value: string): string {
  return timedChange(
    `const input = (${findInput})(${JSON.stringify(label)});
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;`,
    `setter.call(input, ${JSON.stringify(value)});
  input.dispatchEvent(new Event('input', { bubbles: true }));
  if (${JSON.stringify(kind)} === 'date') {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  } else {
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true, cancelable: true }));
  }`,
  );
}

/**
 * An expression that clicks a control the way a user does (`element.click()`: React sees the click and,
 * for a checkbox, the change), then waits as {@link changeExpression}. `control`: a button found by its
 * text, or a checkbox by its label's text.
 */
export function clickExpression(control: 'button' | 'checkbox', text: string): string {
  return timedChange(
    `const wanted = ${JSON.stringify(text)};
  const element = ${JSON.stringify(control)} === 'button'
    ? Array.from(document.querySelectorAll('button')).find((b) => b.textContent.trim() === wanted)
    : (${findInput})(wanted);
  if (!element) throw new Error('no ' + ${JSON.stringify(control)} + ' ' + wanted);`,
    'element.click();',
  );
}

/**
 * An expression that resolves once IndexedDB holds the journal's head, i.e. a saved dataset (true), or false after `timeoutMs`.
 * Use a fresh browser context, so that any stored record is the one just imported.
 */
export function storedExpression(timeoutMs: number): string {
  return `(async () => {
  const exists = () => new Promise((resolve) => {
    const open = indexedDB.open('airlift');
    // Never create the database here: the app's own first open must be the one that creates its store.
    open.onupgradeneeded = () => open.transaction.abort();
    open.onerror = () => resolve(false);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('datasets')) { db.close(); resolve(false); return; }
      const count = db.transaction('datasets').objectStore('datasets').count('journal:head');
      count.onsuccess = () => { db.close(); resolve(count.result === 1); };
      count.onerror = () => { db.close(); resolve(false); };
    };
  });
  const t0 = Date.now();
  for (;;) {
    if (await exists()) return true;
    if (Date.now() - t0 > ${timeoutMs}) return false;
    await new Promise((r) => setTimeout(r, 250));
  }
})()`;
}
