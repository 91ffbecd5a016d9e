import { describe, expect, it } from 'vitest';
import { pageLanguage } from '../../../extension/page-language.ts';

describe("the language of the extension's own pages", () => {
  const both = ['en', 'es'] as const;

  it('follows the choice the person stored, over the browser’s language', () => {
    expect(pageLanguage('es', 'en-US', both)).toBe('es');
    expect(pageLanguage('en', 'es-MX', both)).toBe('en');
  });

  it('with no choice stored, any Spanish of the browser is Spanish', () => {
    for (const tag of ['es', 'es-419', 'es-MX', 'es-ES', 'ES-us']) expect(pageLanguage(null, tag, both), tag).toBe('es');
  });

  it('is English for any other browser language', () => {
    for (const tag of ['en-GB', 'fr-FR', 'pt-BR', '']) expect(pageLanguage(null, tag, both), tag).toBe('en');
  });

  it('is English while Spanish is not offered, whatever was stored or the browser says', () => {
    expect(pageLanguage(null, 'es-419', ['en'])).toBe('en');
    expect(pageLanguage('es', 'es-MX', ['en'])).toBe('en');
  });
});
