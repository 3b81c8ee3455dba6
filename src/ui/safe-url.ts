// Any whitespace or control character anywhere: the URL parser silently strips tabs and newlines
// (`java\tscript:`) and trims leading C0 controls and spaces, so a string that contains them is not what it seems.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/;

/**
 * The URL itself when it is an absolute `http:` or `https:` URL, otherwise `undefined`.
 * Rejects other schemes (`javascript:`, `data:`, `vbscript:` …), relative URLs, and any URL that holds
 * whitespace or control characters, so a link made from data can only ever open a web page.
 */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (typeof url !== 'string' || url.length === 0 || UNSAFE_CHARS.test(url)) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  if (parsed.hostname === '') return undefined;
  return url;
}
