import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Runs axe (WCAG 2.0–2.2 A and AA) over the page, shadow roots included, and expects no violations. */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  await settleTransitions(page);
  // From the top, as the screen opens: a control a test scrolled under the pinned header (where
  // "Need help now?" stays) would otherwise count as covered in axe's target-size check.
  await page.evaluate(() => window.scrollTo(0, 0));
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${screen}`).toEqual([]);
}

/**
 * Waits for running colour transitions (a theme switch, a hover fading out) to finish, in the page
 * and in every shadow root: axe measuring contrast half-way through a fade reports a colour no one
 * ever reads, which made the check flaky.
 */
async function settleTransitions(page: Page): Promise<void> {
  await page.evaluate(async () => {
    // document.getAnimations() stops at shadow roots: ask each root for its own.
    const roots: (Document | ShadowRoot)[] = [document];
    for (let i = 0; i < roots.length; i++) {
      for (const el of roots[i]!.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
    }
    const finite = roots
      .flatMap((root) => root.getAnimations())
      .filter((a) => Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity));
    await Promise.race([Promise.all(finite.map((a) => a.finished.catch(() => undefined))), new Promise((r) => setTimeout(r, 2000))]);
  });
}
