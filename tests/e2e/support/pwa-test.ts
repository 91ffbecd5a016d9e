import { test as base, expect, type BrowserContext } from '@playwright/test';
import { watchEgress } from './no-egress.ts';

/**
 * Playwright's `test` for the PWA, with two automatic fixtures: every request the browser
 * context makes is recorded, and the test fails at its end if any left localhost; and any
 * content security policy violation fails it too (a policy that breaks a screen does so
 * silently, as a missing colour or a dead button). A spec that provokes violations on
 * purpose sets `test.use({ expectPolicyViolations: true })`.
 * Adopt it in a spec by importing `test` and `expect` from here instead of '@playwright/test'.
 */
export const test = base.extend<{ expectPolicyViolations: boolean; noEgress: void; noPolicyViolations: void }>({
  expectPolicyViolations: [false, { option: true }],
  noEgress: [
    async ({ context }, use) => {
      const egress = watchEgress(context);
      await use();
      egress.assertNone();
    },
    { auto: true },
  ],
  noPolicyViolations: [
    async ({ context, expectPolicyViolations }, use) => {
      const violations = watchPolicyViolations(context);
      await use();
      if (!expectPolicyViolations) expect(violations, 'content security policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

/** What Chromium reports to the console when the course's policy refuses something. */
function watchPolicyViolations(context: BrowserContext): string[] {
  const seen: string[] = [];
  context.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) seen.push(message.text());
  });
  return seen;
}

export { expect };
