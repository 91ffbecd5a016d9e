/**
 * The interface's strings in the person's language, through `@lit/localize` in runtime mode:
 * components write their English with `msg()` and re-render on a change (`@localized()`), and
 * a language's strings load only when it is chosen, so an English page never downloads the
 * Spanish ones. The strings' translations live in `shared/content/interface/*.xlf` (what a
 * translator edits); `npm run localize` builds them into `./locales/`.
 *
 * How much loads at once is each product's choice (`takeStringsFrom`): the extension's pages
 * take a language's strings whole (./whole-strings.ts); the course takes the shell's and then
 * each screen's as it opens (pwa/screen-strings.ts), so a first screen in Spanish downloads a
 * few dozen strings, not 1,100.
 *
 * Numbers, dates and plurals follow the same switch (shared/content/locale.ts), and so does the
 * page's `lang`, which screen readers use to pick a voice.
 */
import { configureLocalization } from '@lit/localize';
import type { TemplateMap } from '@lit/localize';
import { useLanguage, type Language } from '../../content/locale.ts';
import { sourceLocale, targetLocales } from './locales/locale-codes.ts';

/** A language other than the source (English), which has strings to load. */
export type TargetLanguage = (typeof targetLocales)[number];
/** Built strings by message id, as `npm run localize` writes them. */
export type Strings = Readonly<TemplateMap>;
/** Loads the strings a product needs now in `language`. */
export type StringsSource = (language: TargetLanguage) => Promise<Strings>;

let source: StringsSource | undefined;
/**
 * Each language's strings so far, one object per language that only grows: @lit/localize reads
 * from the very object it was handed, so strings added later (a screen's) are found, whichever
 * of a change of language and a screen's strings arrives first.
 */
const loaded = new Map<Language, TemplateMap>();
function stringsIn(language: Language): TemplateMap {
  let strings = loaded.get(language);
  if (!strings) loaded.set(language, (strings = {}));
  return strings;
}

function isTargetLanguage(locale: string): locale is TargetLanguage {
  return (targetLocales as readonly string[]).includes(locale);
}

const { setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: async (locale) => {
    if (!source) throw new Error('No strings source: call takeStringsFrom() before applyLanguage()');
    if (!isTargetLanguage(locale)) throw new Error(`No strings are built for "${locale}"`);
    return { templates: Object.assign(stringsIn(locale), await source(locale)) };
  },
});

/** Where the interface's strings come from, for this product (set once, at start). */
export function takeStringsFrom(next: StringsSource): void {
  source = next;
}

/** Adds strings in `language` (a screen's own, before it first draws). */
export function addStrings(language: TargetLanguage, more: Strings): void {
  Object.assign(stringsIn(language), more);
}

/** Shows the interface in `language`: strings, numbers, dates and the page's `lang`. */
export async function applyLanguage(language: Language): Promise<void> {
  // Words that live as data and must be there synchronously (problems) come with the strings.
  if (language === 'es') await import('./problem-words-es.ts');
  useLanguage(language);
  await setLocale(language);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
