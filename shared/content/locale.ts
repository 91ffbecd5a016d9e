/**
 * The interface's language, and numbers, dates and counted words in it, through `Intl`: the
 * plural form comes from `Intl.PluralRules` (English has two forms; Spanish has its own
 * rules), the number from `Intl.NumberFormat` ("10,000" in English, "10.000" in Spanish).
 * The one place that names the language: the words files in `shared/content` and the
 * interface's components count and format through here, and `useLanguage()` switches them
 * all. It sits in content, below domain, data and ui, and imports nothing.
 */

/** The languages Alongside is written in. English is the source; Spanish was written for it (issue #17). */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The languages a person can choose. A language is offered only when every English key has its
 * counterpart in it (the completeness tests say so), so no page shows half in each.
 */
export const OFFERED_LANGUAGES: readonly Language[] = ['en', 'es'];

/**
 * The locale for each language's numbers and dates: British English, as the words are
 * written ("favourite", "30 November"); Spanish without a region ("30 de noviembre"), which
 * reads naturally in Mexico, the United States and Spain.
 */
const LOCALE_OF: Readonly<Record<Language, string>> = { en: 'en-GB', es: 'es' };

let language: Language = 'en';

/**
 * The formatters, made on first use: a browser's first `Intl.NumberFormat` loads its number
 * data, which took 90–290 ms on a cold page here (measured in Chromium, 2026-12-06), and made
 * at start it was most of the first screen's blocking time. Most screens never need one.
 */
interface Formatters {
  plurals?: Intl.PluralRules;
  numbers?: Intl.NumberFormat;
  plainNumbers?: Intl.NumberFormat;
}
let formatters: Formatters = {};

/** The interface's language now. */
export function interfaceLanguage(): Language {
  return language;
}

/** The interface's locale now, for `Intl` and `toLocaleDateString` ("en-GB", "es"). */
export function uiLocale(): string {
  return LOCALE_OF[language];
}

/**
 * The locale to write dates and times in: the browser's own in English, as the course always
 * has (people and the e2e tests read it that way), the interface's in any other language.
 */
export function dateLocale(): string | undefined {
  return language === 'en' ? undefined : uiLocale();
}

/** Switches numbers, dates and plurals to `next` (the interface's strings follow through ui/base/localization.ts). */
export function useLanguage(next: Language): void {
  language = next;
  formatters = {};
}

/** True for a language Alongside knows (a stored or asked-for value, checked). */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language for a first visit: the first of the browser's languages that Alongside
 * offers ("es-MX", "es-419" or "es" → Spanish), else English.
 */
export function languageFromBrowser(browserLanguages: readonly string[], offered: readonly Language[] = OFFERED_LANGUAGES): Language {
  for (const tag of browserLanguages) {
    const base = tag.split('-')[0]?.toLowerCase();
    if (isLanguage(base) && offered.includes(base)) return base;
  }
  return 'en';
}

/** A word's forms by plural category; `other` is required, the rest fall back to it. */
export type WordForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** A number as the reader writes numbers: "10,000"; `{ grouping: false }` for a limit said in a sentence ("1000 characters"). */
export function formatCount(n: number, options: { grouping?: boolean } = {}): string {
  // Below 1,000 a whole number is its own digits in every language offered (Latin digits, no
  // grouping): no formatter needed for "Week 3" or "2 steps".
  if (Number.isInteger(n) && n >= 0 && n < 1000 && !Object.is(n, -0)) return String(n);
  if (options.grouping === false) return (formatters.plainNumbers ??= new Intl.NumberFormat(uiLocale(), { useGrouping: false })).format(n);
  return (formatters.numbers ??= new Intl.NumberFormat(uiLocale())).format(n);
}

/** The word form for this number, without the number: `wordFor(1, { one: 'item has', other: 'items have' })`. */
export function wordFor(n: number, forms: WordForms): string {
  // English and Spanish agree below a million: "one" for exactly 1, else "other" (Spanish's
  // "many" is for whole millions). No rules to load for the counts a screen shows.
  if (Number.isInteger(n) && n >= 0 && n < 1_000_000) return (n === 1 ? forms.one : undefined) ?? forms.other;
  return forms[(formatters.plurals ??= new Intl.PluralRules(uiLocale())).select(n)] ?? forms.other;
}

/** The number and its word: `counted(3, { one: 'week', other: 'weeks' })` → "3 weeks". */
export function counted(n: number, forms: WordForms, options: { grouping?: boolean } = {}): string {
  return `${formatCount(n, options)} ${wordFor(n, forms)}`;
}

/** A calendar day as the reader says it, in the interface's locale (`day` is read in UTC). */
export function formatDay(day: Date, options: Intl.DateTimeFormatOptions): string {
  return day.toLocaleDateString(uiLocale(), options);
}
