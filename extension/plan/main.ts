import { applyPageStyles } from '../../shared/ui/base/tokens.ts';
import { msg } from '@lit/localize';
import { startPageInLanguage } from '../page-language.ts';

applyPageStyles();
// Set before the element is defined (Lit takes it up then), so its first render reads this plan.
const page = document.querySelector('al-plan-reminder');
if (page) page.planId = new URLSearchParams(location.search).get('id') ?? '';
// Defined once its language is in place, so the page first shows in it.
void startPageInLanguage(() => `${msg('Your plan')} · Alongside`).then(() => import('./plan-reminder.ts'));
