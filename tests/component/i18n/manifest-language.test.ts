import { afterEach, expect, test } from 'vitest';
import { manifestFollowsLanguage } from '../../../pwa/language.ts';
import { applyLanguage } from '../../../shared/ui/base/localization.ts';

afterEach(async () => {
  await applyLanguage('en');
  document.head.querySelector('link[rel="manifest"]')?.remove();
});

test('the page links the install manifest in its language, and back', async () => {
  const link = Object.assign(document.createElement('link'), { rel: 'manifest', href: '/manifest.webmanifest' });
  document.head.append(link);
  manifestFollowsLanguage();
  await applyLanguage('es');
  expect(link.getAttribute('href')).toBe('/manifest-es.webmanifest');
  await applyLanguage('en');
  expect(link.getAttribute('href')).toBe('/manifest.webmanifest');
});
