/**
 * The course's install manifest, one per language (issue #17: "the web manifest per language
 * where the platform allows"). Browsers read the manifest the page links to when the course is
 * installed, so the page links the one in its language (pwa/language.ts): installed from a
 * Spanish page, the app's name and description on the phone are Spanish. Read at build time
 * by vite.config.ts; English is the one vite-plugin-pwa writes and precaches.
 */
import type { Language } from '../shared/content/locale.ts';

/** What differs by language; icons, colours and scope are the same for every language. */
const WORDS: Readonly<Record<Language, { name: string; description: string }>> = {
  en: {
    name: 'Alongside — for families and supporters',
    description:
      'A week-by-week course and toolkit for people supporting someone living with mental illness or addiction. Private: everything stays on your device.',
  },
  es: {
    name: 'Alongside — para familias y quienes acompañan',
    description:
      'Un curso semana a semana y herramientas para quienes apoyan a alguien que vive con una enfermedad mental o una adicción. Privado: todo se queda en tu dispositivo.',
  },
};

/** The manifest's file name for a language, as the page links it. */
export function manifestPath(language: Language): string {
  return language === 'en' ? '/manifest.webmanifest' : `/manifest-${language}.webmanifest`;
}

/** The whole manifest in `language`. */
export function webManifest(language: Language) {
  return {
    ...WORDS[language],
    short_name: 'Alongside',
    start_url: '/',
    scope: '/',
    display: 'standalone' as const,
    background_color: '#faf6f1',
    theme_color: '#1d6561',
    lang: language,
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
