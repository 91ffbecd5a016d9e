/**
 * The language of the extension's own pages (popup, options, "Need help now?", a plan opened
 * from its reminder, "Link with the course?"), chosen here once for all of them:
 * - the person's choice, if one is stored in the extension's own settings;
 * - else the browser's interface language (`chrome.i18n.getUILanguage()`: "es", "es-419",
 *   "es-MX" → Spanish), the one the extension's name and notifications already follow
 *   (extension/public/_locales);
 * - in both cases only a language Alongside offers (`OFFERED_LANGUAGES`), else English.
 * The course's own choice is not followed, even when linked: linking shares the toolkit, not
 * settings, and a page must not wait on the course to know its language.
 *
 * The in-page chip (extension/content) stays English: it must stay within its size budget,
 * and so never loads @lit/localize.
 */
import { interfaceLanguage, languageFromBrowser, OFFERED_LANGUAGES, type Language } from '../shared/content/locale.ts';
import { settingsRepo } from '../shared/data/settings-repo.ts';
import { applyLanguage, takeStringsFrom } from '../shared/ui/base/localization.ts';
import { wholeStrings } from '../shared/ui/base/whole-strings.ts';

// The extension's pages load a language's strings whole: they come from the extension itself.
takeStringsFrom(wholeStrings);

/** The pages' language from the stored choice (null: none) and the browser's interface language. */
export function pageLanguage(stored: Language | null, browserLanguage: string, offered: readonly Language[] = OFFERED_LANGUAGES): Language {
  if (stored !== null && offered.includes(stored)) return stored;
  return languageFromBrowser([browserLanguage], offered);
}

/** The browser's interface language; a page opened outside the extension (a test) has only the page's. */
function browserLanguage(): string {
  return globalThis.chrome?.i18n?.getUILanguage?.() ?? navigator.language;
}

/**
 * Puts the page in its language, with its `title` (the tab's name) in it; a page calls it
 * before its first render. Never fails: if the choice can't be read or the strings can't load,
 * the page shows in English.
 */
export async function startPageInLanguage(title?: () => string): Promise<void> {
  try {
    // Nothing to choose between: no storage read on the way to the first screen.
    const stored = OFFERED_LANGUAGES.length > 1 ? await settingsRepo.get('language', null) : null;
    const language = pageLanguage(stored, browserLanguage());
    if (language !== interfaceLanguage()) await applyLanguage(language);
    else document.documentElement.lang = language;
  } catch {
    // English, the source, needs nothing loaded.
  }
  if (title) document.title = title();
}
