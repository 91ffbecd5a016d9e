import { applyPageStyles } from '../shared/ui/tokens.ts';
import './app-shell.ts';
import { registerServiceWorker } from './sw-registration.ts';

applyPageStyles();
registerServiceWorker();
