// Test helpers for the table and list views: a jsdom layout stand-in and a hostile flight. Flights
// themselves come from tests/fixtures/flights.ts.
import type { Flight } from '../../src/data/contract';
import { makeFlight } from '../fixtures/flights';

/**
 * jsdom has no layout: give every element a viewport size and a large scroll height (what the virtualizer
 * reads from its scroll element) and a scrollTo that moves scrollTop and fires `scroll`. Returns an undo function.
 */
export function fakeLayout(height = 560, width = 1000): () => void {
  const proto = HTMLElement.prototype;
  const saved = {
    clientHeight: Object.getOwnPropertyDescriptor(proto, 'clientHeight'),
    clientWidth: Object.getOwnPropertyDescriptor(proto, 'clientWidth'),
    offsetHeight: Object.getOwnPropertyDescriptor(proto, 'offsetHeight'),
    scrollHeight: Object.getOwnPropertyDescriptor(proto, 'scrollHeight'),
    scrollTo: Object.getOwnPropertyDescriptor(Element.prototype, 'scrollTo'),
  };
  Object.defineProperty(proto, 'clientHeight', { configurable: true, get: () => height });
  Object.defineProperty(proto, 'clientWidth', { configurable: true, get: () => width });
  Object.defineProperty(proto, 'offsetHeight', { configurable: true, get: () => height });
  // Tall enough for any test list; the virtualizer clamps scrolls to scrollHeight - clientHeight.
  Object.defineProperty(proto, 'scrollHeight', { configurable: true, get: () => 1e9 });
  Object.defineProperty(Element.prototype, 'scrollTo', {
    configurable: true,
    writable: true,
    value(this: Element, options?: ScrollToOptions) {
      if (options?.top !== undefined) this.scrollTop = options.top;
      this.dispatchEvent(new Event('scroll'));
    },
  });
  return () => {
    for (const [key, descriptor] of Object.entries(saved)) {
      const target = key === 'scrollTo' ? Element.prototype : proto;
      if (descriptor) Object.defineProperty(target, key, descriptor);
      else delete (target as unknown as Record<string, unknown>)[key];
    }
  };
}

/** The same hostile string in every text field of a flight, and a javascript: URL. */
export const HOSTILE = '<img src=x onerror=alert(1)><script>alert(2)</script>';

export function hostileFlight(id = 'evil'): Flight {
  return makeFlight({
    id,
    date: '2023-01-01',
    operator: HOSTILE,
    callsign: HOSTILE,
    aircraftType: HOSTILE,
    registration: HOSTILE,
    cargo: HOSTILE,
    notes: HOSTILE,
    sources: [
      { publisher: HOSTILE, title: HOSTILE, url: 'javascript:alert(1)', published: HOSTILE },
      { publisher: `safe ${HOSTILE}`, title: HOSTILE, url: 'java\tscript:alert(1)' },
      { publisher: 'data', url: 'data:text/html,<script>alert(1)</script>' },
    ],
  });
}
