import './first-screen.ts';
import { applyPageStyles } from '../shared/ui/base/tokens.ts';
import './app-shell.ts';
import { BRIDGE_ATTRIBUTE } from '../shared/domain/link/link-bridge.ts';
import { startInLanguage } from './language.ts';
import { takeStringsFrom } from '../shared/ui/base/localization.ts';
import { stringsByScreen } from './screen-strings.ts';
import { afterFirstScreen } from './after-first-screen.ts';

applyPageStyles();
// The service worker after the first screen: registering it, and the install that fetches every
// screen and lesson for offline use, must not hold the first screen up.
void afterFirstScreen().then(() => import('./sw-registration.ts')).then((sw) => sw.registerServiceWorker());
takeStringsFrom(stringsByScreen);
void startInLanguage();

// Linked with the extension (when it is installed and the person said yes): sync the toolkit
// now and after changes. Chrome gives this page `chrome.runtime` only when an installed
// extension lists this site; in Firefox the extension's bridge marks the page before this
// runs (shared/domain/link/link-bridge.ts). Everyone else never loads the link code (or its crypto).
const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
if (typeof runtime?.sendMessage === 'function' || document.documentElement.hasAttribute(BRIDGE_ATTRIBUTE)) {
  void import('./link/extension-link.ts').then((link) => link.startExtensionSync());
}
