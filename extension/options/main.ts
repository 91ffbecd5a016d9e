import { applyPageStyles } from '../../shared/ui/tokens.ts';
import './options-app.ts';

applyPageStyles();
