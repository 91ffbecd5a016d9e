import { describe, expect, it } from 'vitest';
import { originFromInput, SUGGESTED_SITES } from '../../../../extension/options/suggested-sites.ts';
import { originOfPattern, siteOrigin } from '../../../../extension/site-origin.ts';

describe('site addresses', () => {
  it('turns what a person types into an origin', () => {
    expect(originFromInput('mail.example.com')).toBe('https://mail.example.com');
    expect(originFromInput(' https://chat.example.org/rooms/1 ')).toBe('https://chat.example.org');
    expect(originFromInput('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080');
    for (const bad of ['', 'hello there', 'ftp://example.com', 'javascript:alert(1)', 'intranet']) expect(originFromInput(bad), bad).toBeNull();
  });

  it('reads origins from tab addresses and granted patterns', () => {
    expect(siteOrigin('https://mail.google.com/mail/u/0/#inbox')).toBe('https://mail.google.com');
    expect(siteOrigin('chrome://extensions')).toBeNull();
    expect(siteOrigin(undefined)).toBeNull();
    expect(originOfPattern('https://web.whatsapp.com/*')).toBe('https://web.whatsapp.com');
    expect(originOfPattern('http://127.0.0.1:4000/*')).toBe('http://127.0.0.1:4000');
    expect(originOfPattern('https://*/*')).toBeNull();
    expect(originOfPattern('<all_urls>')).toBeNull();
  });

  it('suggests only plain https origins', () => {
    for (const s of SUGGESTED_SITES) expect(siteOrigin(s.origin)).toBe(s.origin);
  });
});
