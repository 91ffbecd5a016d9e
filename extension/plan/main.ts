import { applyPageStyles } from '../../shared/ui/base/tokens.ts';
import './plan-reminder.ts';

applyPageStyles();
const page = document.querySelector('al-plan-reminder');
if (page) page.planId = new URLSearchParams(location.search).get('id') ?? '';
