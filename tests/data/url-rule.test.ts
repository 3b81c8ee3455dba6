// Issue 12, links: the validator (Node) and the renderer (browser) use one URL rule. One table of
// cases, checked against both sides; a URL with user info is refused.
import { describe, expect, it } from 'vitest';
import { urlProblem } from '../../src/data/validate';
import { parseImport } from '../../src/data/import';
import { safeHttpUrl } from '../../src/ui/safe-url';
import { makeFlight, makeJsonText } from '../fixtures/flights';

/** [url, valid]. */
export const URL_CASES: [string, boolean][] = [
  ['https://www.haaretz.com/israel-news/2023-03-06/ty-article/x', true],
  ['http://www.defenddemocracy.press/92-flights/', true],
  ['HTTPS://EXAMPLE.COM/Path?q=1#frag', true],
  ['https://example.com:8443/a%20b', true],
  ['https://example.com/search?q=a%20b&x=%E2%9C%93', true],
  ['https://example.com/a@b', true],
  ['https://example.com/?mail=a@b.c', true],
  ['https://example.com/#@evil.com', true],
  ['https://www.haaretz.com@evil.com/', false],
  ['https://user:pass@example.com/', false],
  ['https://@example.com/', false],
  ['http://www.haaretz.com:x@evil.com/', false],
  ['https://example.com/a b', false],
  ['http://exa mple.org', false],
  ['https://example.com/a\u00a0b', false],
  [' https://example.com/', false],
  ['https://example.com/\n', false],
  ['https://exa\u0000mple.com/', false],
  ['\u200bhttps://example.com/', false],
  ['https://example.com/\u202e', false],
  ['javascript:alert(1)', false],
  ['java\tscript:alert(1)', false],
  ['data:text/html,<b>x</b>', false],
  ['ftp://example.com/file', false],
  ['/news/article', false],
  ['//evil.example/', false],
  ['www.example.com', false],
  ['http://', false],
  ['https:example.com', false],
  ['https:/example.com', false],
];

describe('one URL rule for the validator and the renderer', () => {
  it.each(URL_CASES)('%s: valid = %s on both sides', (url, valid) => {
    expect(urlProblem(url) === undefined).toBe(valid);
    expect(safeHttpUrl(url) === url).toBe(valid);
  });

  it.each(URL_CASES)('an import of %s: accepted = %s', (url, valid) => {
    const text = makeJsonText([makeFlight({ id: 'f1', sources: [{ publisher: 'P', url }] })]);
    const result = parseImport(text);
    expect(result.ok).toBe(valid);
    if (!result.ok)
      expect(result.errors[0]?.message).toMatch(/^row 1 \(id "f1"\), field sources\[1\]\.url: /);
  });

  it('user info is refused with the real host named', () => {
    expect(urlProblem('https://www.haaretz.com@evil.com/')).toMatch(/user info .* opens evil\.com/);
  });
});
