// Every component test: the app's page styles (its colour tokens, which axe's contrast rules
// read), a page in the light scheme, and nothing left mounted from the test before.
import { afterEach, beforeEach } from 'vitest';
import { page } from 'vitest/browser';
import { applyPageStyles } from '../../../shared/ui/base/tokens.ts';
import { takeStringsFrom } from '../../../shared/ui/base/localization.ts';
import { wholeStrings } from '../../../shared/ui/base/whole-strings.ts';

applyPageStyles();
// A language's strings whole, as the extension's pages take them (the course's by screen is an e2e matter).
takeStringsFrom(wholeStrings);

beforeEach(async () => {
  // A phone's width by default, where the elements are tightest; a test may set its own.
  await page.viewport(390, 844);
});

afterEach(() => {
  document.body.replaceChildren();
});
