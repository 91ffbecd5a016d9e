import { applyPageStyles } from '../../shared/ui/base/tokens.ts';
import './link-confirm-app.ts';

applyPageStyles();
