/**
 * The one rule for a source URL, shared by the validator (Node and the import worker) and the renderer
 * (the browser), so the two always agree on which URLs are valid. A valid URL is an absolute `http:` or
 * `https:` URL with a host, written without spaces or invisible characters (a space is `%20`), and
 * with no user info: `https://www.haaretz.com@evil.com/` opens evil.com while reading like Haaretz, so
 * it is refused (not silently shown as its real host: the data itself is wrong, and the analyst should
 * see that at import).
 */

// Any whitespace or control character anywhere: the URL parser silently strips tabs and newlines
// (`java\tscript:`) and trims leading C0 controls and spaces, so a string that contains them is not
// what it seems. Also the zero-width and bidirectional characters that hide or reorder what is shown.
const UNSAFE_CHARS =
  // eslint-disable-next-line no-control-regex
  /[\s\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

// The authority (between `//` and the first `/`, `?`, `#` or `\`) holds an `@`: user info, even an
// empty one (`https://@evil.com/`), which the parser drops without a trace.
function hasUserInfo(url: string): boolean {
  const start = url.indexOf('//');
  if (start < 0) return false;
  const rest = url.slice(start + 2);
  const end = rest.search(/[/?#\\]/);
  return (end < 0 ? rest : rest.slice(0, end)).includes('@');
}

function short(url: string): string {
  return url.length <= 80
    ? `"${url}"`
    : `"${url.slice(0, 80)}…" (${url.length.toLocaleString('en-US')} characters)`;
}

/**
 * What is wrong with a source URL (a message naming the URL, at most ~80 characters of it), or
 * undefined when it is valid (see the module comment).
 */
export function sourceUrlProblem(url: string): string | undefined {
  const scheme = SCHEME.exec(url);
  const name = (scheme?.[1] ?? '').toLowerCase();
  if (UNSAFE_CHARS.test(url)) {
    return `${short(url)} is not a valid URL: it holds a space, a control or an invisible character (write a space as %20)`;
  }
  if (!scheme) return `${short(url)} is not an absolute URL: only http: and https: URLs are allowed`;
  if (name !== 'http' && name !== 'https')
    return `URL scheme ${short(`${name}:`)} is not allowed: only http: and https: URLs are allowed`;
  const parsed = parse(url);
  if (!parsed || parsed.hostname === '' || !/^[a-z][a-z0-9+.-]*:\/\//i.test(url))
    return `${short(url)} is not a valid URL`;
  if (hasUserInfo(url)) {
    return `${short(url)} is not allowed: it has user info before "@", so it opens ${parsed.hostname}, not the site it names first`;
  }
  return undefined;
}

/** The URL itself when {@link sourceUrlProblem} finds nothing wrong with it, otherwise undefined. */
export function validSourceUrl(url: unknown): string | undefined {
  return typeof url === 'string' && url.length > 0 && sourceUrlProblem(url) === undefined ? url : undefined;
}
