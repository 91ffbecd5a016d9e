import { applyPageStyles } from '../../shared/ui/base/tokens.ts';
import { firstKindFor } from './help-url.ts';
import './help-app.ts';

applyPageStyles();
const page = document.querySelector('al-help-app');
if (page) page.first = firstKindFor(new URLSearchParams(location.search).get('for'));
