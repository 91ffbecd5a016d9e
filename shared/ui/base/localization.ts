/**
 * The interface's strings in the person's language, through `@lit/localize` in runtime mode:
 * components write their English with `msg()` and re-render on a change (`@localized()`), and
 * a language's strings load only when it is chosen, so an English page never downloads the
 * Spanish ones. The strings' translations live in `shared/content/interface/*.xlf` (what a
 * translator edits); `npm run localize` builds them into `./locales/`.
 *
 * Numbers, dates and plurals follow the same switch (shared/content/locale.ts), and so does the
 * page's `lang`, which screen readers use to pick a voice.
 */
import { configureLocalization } from '@lit/localize';
import { useLanguage, type Language } from '../../content/locale.ts';
import { sourceLocale, targetLocales } from './locales/locale-codes.ts';

const { setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => import(`./locales/${locale}.ts`),
});

/** Shows the interface in `language`: strings, numbers, dates and the page's `lang`. */
export async function applyLanguage(language: Language): Promise<void> {
  // Words that live as data and must be there synchronously (problems) come with the strings.
  if (language === 'es') await import('./problem-words-es.ts');
  useLanguage(language);
  await setLocale(language);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
