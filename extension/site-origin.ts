/**
 * Web origins where Alongside can work, from addresses and host patterns. Pure.
 *
 * Firefox's match patterns take no port: a pattern for a host covers it on every port, and
 * one with a port matches nothing. So in the Firefox build a site is its origin without the
 * port ("http://127.0.0.1:8080" is "http://127.0.0.1"), which real sites, on the default
 * port, never notice.
 */
import { BUILT_FOR, type ExtensionBrowser } from './browser-target.ts';

/** A web origin as this browser keys sites: Chrome, the origin; Firefox, the origin without its port. */
export function siteKey(origin: string, browser: ExtensionBrowser = BUILT_FOR): string {
  if (browser !== 'firefox') return origin;
  const u = new URL(origin);
  return `${u.protocol}//${u.hostname}`;
}

/** The host pattern for a site, for permissions and script registration ("https://mail.example.com/*"). */
export function sitePattern(origin: string, browser: ExtensionBrowser = BUILT_FOR): string {
  return `${siteKey(origin, browser)}/*`;
}

/**
 * The origin of a web address where Alongside can work ("https://mail.example.com"),
 * or null for anything else (browser pages, files, the extension's own pages).
 */
export function siteOrigin(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname ? siteKey(u.origin) : null;
  } catch {
    return null;
  }
}

/** An origin from a granted host pattern ("https://mail.example.com/*"), or null for wide ones ("https://*\/*"). */
export function originOfPattern(pattern: string): string | null {
  const m = /^(https?:\/\/[^/*]+)\/\*$/.exec(pattern);
  return m ? siteOrigin(`${m[1]}/`) : null;
}
