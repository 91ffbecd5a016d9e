import { applyPageStyles } from '../../shared/ui/base/tokens.ts';
import { syncPlansWithBackground } from '../plan-sync.ts';
import { startPageInLanguage } from '../page-language.ts';

applyPageStyles();
// Defined once its language is in place, so the popup first shows in it.
void startPageInLanguage().then(() => import('./popup-app.ts'));
syncPlansWithBackground();
