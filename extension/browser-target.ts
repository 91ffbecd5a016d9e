/**
 * Which browser this build of the extension is for. The code is the same for both; the few
 * places that differ (the manifest, and how the course reaches the extension) ask here.
 * Set at build time in vite.config.ts (`vite build --mode extension-firefox`).
 */
export type ExtensionBrowser = 'chrome' | 'firefox';

/** The browser this build is for. */
export const BUILT_FOR: ExtensionBrowser = import.meta.env.VITE_ALONGSIDE_BROWSER === 'firefox' ? 'firefox' : 'chrome';
