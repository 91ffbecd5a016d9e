/**
 * The course's language as it starts: the person's choice if they made one, else the
 * browser's first language that Alongside offers (shared/content/locale.ts). English needs no
 * loading; another language's strings load on demand, and the screen follows when they arrive.
 */
import { interfaceLanguage, isLanguage, languageFromBrowser, OFFERED_LANGUAGES, type Language } from '../shared/content/locale.ts';
import { manifestPath } from './web-manifest.ts';
import { settingsRepo } from '../shared/data/settings-repo.ts';
import { applyLanguage } from '../shared/ui/base/localization.ts';

/** The language to start in, from the stored choice and the browser's languages. */
export async function chosenLanguage(): Promise<Language> {
  // Nothing to choose between: no storage read on the way to the first screen.
  if (OFFERED_LANGUAGES.length === 1) return OFFERED_LANGUAGES[0]!;
  const stored = await settingsRepo.get('language', null).catch(() => null);
  if (stored !== null && OFFERED_LANGUAGES.includes(stored)) return stored;
  return languageFromBrowser(navigator.languages);
}

/** Starts the course in its language (nothing to do for English, the source). */
export async function startInLanguage(): Promise<void> {
  manifestFollowsLanguage();
  const language = await chosenLanguage();
  if (language !== interfaceLanguage()) await applyLanguage(language);
  else document.documentElement.lang = language;
}

/**
 * The page links the install manifest in its language (pwa/web-manifest.ts), on every change:
 * @lit/localize says when a language's strings are in place.
 */
export function manifestFollowsLanguage(): void {
  window.addEventListener('lit-localize-status', (event) => {
    if (event.detail.status !== 'ready') return;
    const language = event.detail.readyLocale;
    if (!isLanguage(language)) return;
    document.querySelector<HTMLLinkElement>('link[rel="manifest"]')?.setAttribute('href', manifestPath(language));
  });
}
