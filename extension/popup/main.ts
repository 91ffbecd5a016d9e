import { applyPageStyles } from '../../shared/ui/base/tokens.ts';
import './popup-app.ts';
import { syncPlansWithBackground } from '../plan-sync.ts';

applyPageStyles();
syncPlansWithBackground();
