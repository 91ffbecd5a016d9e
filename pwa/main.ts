import { applyPageStyles } from '../shared/ui/tokens.ts';
import './app-shell.ts';
import { startExtensionSync } from './link/extension-link.ts';
import { registerServiceWorker } from './sw-registration.ts';

applyPageStyles();
registerServiceWorker();

// Linked with the extension (when it is installed and the person said yes): sync the toolkit now and after changes.
startExtensionSync();
