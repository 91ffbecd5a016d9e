import { applyPageStyles } from '../../shared/ui/base/tokens.ts';
import { msg } from '@lit/localize';
import { startPageInLanguage } from '../page-language.ts';
import { firstKindFor } from './help-url.ts';

applyPageStyles();
// Set before the element is defined (Lit takes it up then), so its first render puts these lines first.
const page = document.querySelector('al-help-app');
if (page) page.first = firstKindFor(new URLSearchParams(location.search).get('for'));
// Defined once its language is in place, so the page first shows in it.
void startPageInLanguage(() => `${msg('Need help now?')} · Alongside`).then(() => import('./help-app.ts'));
