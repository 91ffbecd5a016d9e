import { test as base } from '@playwright/test';
import { watchEgress } from './no-egress.ts';

/**
 * Playwright's `test` for the PWA, with one automatic fixture: every request the browser
 * context makes is recorded, and the test fails at its end if any left localhost.
 * Adopt it in a spec by importing `test` and `expect` from here instead of '@playwright/test'.
 */
export const test = base.extend<{ noEgress: void }>({
  noEgress: [
    async ({ context }, use) => {
      const egress = watchEgress(context);
      await use();
      egress.assertNone();
    },
    { auto: true },
  ],
});

export { expect } from '@playwright/test';
