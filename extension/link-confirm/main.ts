import { applyPageStyles } from '../../shared/ui/base/tokens.ts';
import { msg } from '@lit/localize';
import { startPageInLanguage } from '../page-language.ts';

applyPageStyles();
// Defined once its language is in place, so the page first shows in it.
void startPageInLanguage(() => `${msg('Link with the course?')} · Alongside`).then(() => import('./link-confirm-app.ts'));
