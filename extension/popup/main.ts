import { applyPageStyles } from '../../shared/ui/tokens.ts';
import './popup-app.ts';

applyPageStyles();
