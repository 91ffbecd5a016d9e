/**
 * The course's own defences, in one place: its content security policy and the response
 * headers a host should send. The build puts the policy in index.html as a meta tag (which
 * works on any host) and writes the headers as dist/pwa/_headers (Netlify and Cloudflare
 * Pages read it as is; `vite preview`, and so `npm start` and the e2e, send it too).
 *
 * The course loads nothing from anywhere else and runs no script it did not ship, so the
 * policy can be 'self' throughout. Lit's styles are constructed style sheets, which need
 * no 'unsafe-inline'; the one inline <style> (colours before the app's styles arrive) is
 * allowed by its hash.
 */

/** The policy's directives, for the meta tag (`forHeader` adds what only a header can say). */
export function contentSecurityPolicy(inlineStyleHashes: readonly string[], { forHeader = false } = {}): string {
  const directives = [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self'${inlineStyleHashes.map((h) => ` '${h}'`).join('')}`,
    // Lit's styleMap (the star chart's colours, the timer's bar) writes its first values as a
    // style attribute. A style attribute runs no script, and with images and fonts held to
    // 'self' it can fetch nothing from elsewhere; <style> and style sheets stay strict.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // A meta policy cannot say who may frame the page; only the header can.
    ...(forHeader ? ["frame-ancestors 'none'"] : []),
  ];
  return directives.join('; ');
}

/**
 * Powerful features the course never uses, turned off for it and anything it might embed.
 * Full screen (the facilitator's slides) and writing to the clipboard (copy buttons) stay
 * on for the course itself. Reading the clipboard is left to the browser's own permission
 * prompt (the course never asks, and its e2e read back what a copy button wrote).
 */
const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'bluetooth=()',
  'browsing-topics=()',
  'camera=()',
  'clipboard-write=(self)',
  'display-capture=()',
  'fullscreen=(self)',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'serial=()',
  'usb=()',
].join(', ');

/** The headers every response of the course should carry. */
export function securityHeaders(inlineStyleHashes: readonly string[]): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(inlineStyleHashes, { forHeader: true }),
    // For browsers too old for frame-ancestors.
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': PERMISSIONS_POLICY,
    // No other window keeps a handle on the course's (a link opened from elsewhere included).
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/** The headers in the `_headers` format of Netlify and Cloudflare Pages. */
export function headersFile(inlineStyleHashes: readonly string[]): string {
  const all = Object.entries(securityHeaders(inlineStyleHashes)).map(([name, value]) => `  ${name}: ${value}`);
  return [
    '# Response headers for the Alongside course, written by `npm run build`.',
    '# Netlify and Cloudflare Pages read this file as is; for another host, send the same',
    '# headers on every response.',
    '/*',
    ...all,
    '',
    '# The service worker is checked for updates on each visit: never from a stale cache.',
    '/sw.js',
    '  Cache-Control: no-cache',
    '',
  ].join('\n');
}

/**
 * The headers a `_headers` file gives a path: every block whose pattern matches it, in
 * order (a `*` matches anything). Enough of the format for the file above, so that
 * `vite preview` serves what a host would.
 */
export function headersForPath(file: string, path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let applies = false;
  for (const line of file.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(`^${line.trim().split('*').map(escapeRegExp).join('.*')}$`);
      applies = pattern.test(path);
    } else if (applies) {
      const colon = line.indexOf(':');
      if (colon > 0) headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return headers;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
