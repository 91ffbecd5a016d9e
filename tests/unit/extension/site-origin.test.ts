import { describe, expect, it } from 'vitest';
import { originOfPattern, siteKey, sitePattern } from '../../../extension/site-origin.ts';

describe('sites, as each browser keys them', () => {
  it('Chrome keeps the whole origin, port and all', () => {
    expect(siteKey('http://127.0.0.1:8080', 'chrome')).toBe('http://127.0.0.1:8080');
    expect(sitePattern('https://mail.example.com', 'chrome')).toBe('https://mail.example.com/*');
  });

  it('Firefox drops the port, which its match patterns cannot hold; a site on the default port is unchanged', () => {
    expect(siteKey('http://127.0.0.1:8080', 'firefox')).toBe('http://127.0.0.1');
    expect(sitePattern('http://localhost:4173', 'firefox')).toBe('http://localhost/*');
    expect(siteKey('https://mail.example.com', 'firefox')).toBe('https://mail.example.com');
  });

  it('a granted pattern reads back as the site it was made from', () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      expect(originOfPattern(sitePattern('https://mail.example.com', browser))).toBe('https://mail.example.com');
    }
    expect(originOfPattern('https://*/*')).toBeNull();
  });
});
