import { applyPageStyles } from '../../shared/ui/tokens.ts';
import './link-confirm-app.ts';

applyPageStyles();
