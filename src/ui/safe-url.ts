import { validSourceUrl } from '../data/contract';

/**
 * The URL itself when it is a valid source URL by the one rule the validator also uses
 * (data/contract/url.ts: absolute `http:`/`https:`, a host, no spaces, control or invisible characters,
 * no user info), otherwise `undefined`. So a link made from data can only ever open the web page it
 * reads as, and what the import accepted is exactly what is shown as a link.
 */
export function safeHttpUrl(url: string | undefined): string | undefined {
  return validSourceUrl(url);
}
