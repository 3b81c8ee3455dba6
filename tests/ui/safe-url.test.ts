import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from '../../src/ui/safe-url';

describe('safeHttpUrl', () => {
  it.each([
    'https://www.haaretz.com/israel-news/2023-03-06/ty-article/x',
    'http://www.defenddemocracy.press/92-flights/',
    'HTTPS://EXAMPLE.COM/Path?q=1#frag',
    'https://presstv.ir/Detail/2023/03/06/699379/',
    'https://example.com:8443/a%20b',
  ])('keeps %s', (url) => {
    expect(safeHttpUrl(url)).toBe(url);
  });

  it.each([
    ['undefined', undefined],
    ['empty', ''],
    ['javascript', 'javascript:alert(1)'],
    ['upper-case JavaScript', 'JaVaScRiPt:alert(1)'],
    ['tab inside the scheme', 'java\tscript:alert(1)'],
    ['newline inside the scheme', 'java\nscript:alert(1)'],
    ['CR inside the scheme', 'java\rscript:alert(1)'],
    ['leading space', ' https://example.com/'],
    ['trailing newline', 'https://example.com/\n'],
    ['leading control char', '\u0001javascript:alert(1)'],
    ['NUL in the middle', 'https://exa\u0000mple.com/'],
    ['zero-width space', '\u200bhttps://example.com/'],
    ['byte order mark', '\ufeffhttps://example.com/'],
    ['data URL', 'data:text/html,<script>alert(1)</script>'],
    ['vbscript', 'vbscript:msgbox(1)'],
    ['file', 'file:///etc/passwd'],
    ['ftp', 'ftp://example.com/file'],
    ['mailto', 'mailto:someone@example.com'],
    ['relative path', '/news/article'],
    ['protocol-relative', '//evil.example/'],
    ['bare host', 'www.example.com'],
    ['http without host', 'http://'],
    ['blob', 'blob:https://example.com/uuid'],
  ])('rejects %s', (_name, url) => {
    expect(safeHttpUrl(url)).toBeUndefined();
  });
});
