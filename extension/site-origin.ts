/** Web origins where Alongside can work, from addresses and host patterns. Pure. */

/**
 * The origin of a web address where Alongside can work ("https://mail.example.com"),
 * or null for anything else (browser pages, files, the extension's own pages).
 */
export function siteOrigin(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname ? u.origin : null;
  } catch {
    return null;
  }
}

/** An origin from a granted host pattern ("https://mail.example.com/*"), or null for wide ones ("https://*\/*"). */
export function originOfPattern(pattern: string): string | null {
  const m = /^(https?:\/\/[^/*]+)\/\*$/.exec(pattern);
  return m ? siteOrigin(`${m[1]}/`) : null;
}
