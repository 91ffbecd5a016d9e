import { applyPageStyles } from '../../shared/ui/base/tokens.ts';
import './options-app.ts';

applyPageStyles();
