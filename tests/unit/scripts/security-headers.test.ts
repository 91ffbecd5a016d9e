import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headersFile, headersForPath } from '../../../pwa/security-headers.ts';

const HASH = 'sha256-abc=';

describe("the course's security headers", () => {
  it('gives every path the policy with frame-ancestors, and the service worker no caching too', () => {
    const file = headersFile([HASH]);
    const page = headersForPath(file, '/journal');
    expect(page['Content-Security-Policy']).toBe(`${contentSecurityPolicy([HASH])}; frame-ancestors 'none'`);
    expect(page['X-Content-Type-Options']).toBe('nosniff');
    expect(page['Cache-Control']).toBeUndefined();
    expect(headersForPath(file, '/sw.js')).toMatchObject({ 'Cache-Control': 'no-cache', 'Referrer-Policy': 'no-referrer' });
    // A path that only looks like the service worker's is not it.
    expect(headersForPath(file, '/sw_js')['Cache-Control']).toBeUndefined();
  });

  it('lets inline styles in only by their hash, and scripts only from the course', () => {
    const policy = contentSecurityPolicy([HASH]);
    expect(policy).toContain(`style-src 'self' '${HASH}';`);
    expect(policy).toMatch(/script-src 'self';/);
    expect(policy).not.toContain('frame-ancestors');
  });
});
