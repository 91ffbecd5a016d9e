import './first-screen.ts';
import { applyPageStyles } from '../shared/ui/base/tokens.ts';
import './app-shell.ts';
import { registerServiceWorker } from './sw-registration.ts';

applyPageStyles();
registerServiceWorker();

// Linked with the extension (when it is installed and the person said yes): sync the toolkit
// now and after changes. Chrome gives this page `chrome.runtime` only when an installed
// extension lists this site, so everyone else never loads the link code (or its crypto).
const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
if (typeof runtime?.sendMessage === 'function') void import('./link/extension-link.ts').then((link) => link.startExtensionSync());
