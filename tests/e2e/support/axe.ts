import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/**
 * The axe rules whose results depend on colours: the only ones the dark scheme can change,
 * since it swaps colour tokens and nothing else (tests/unit/ui/dark-scheme.test.ts holds it to that).
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
export const ALL_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
/** The parts of axe-core's `RunOptions` used here (its types come with @axe-core/playwright's axe-core). */
interface RunOptions {
  runOnly: { type: 'tag' | 'rule'; values: string[] };
  resultTypes: ['violations'];
}

/**
 * axe-core's source, from the very copy @axe-core/playwright runs (resolved from it, so the two
 * can't drift apart and package.json needn't name axe-core itself).
 */
export const AXE_SOURCE: string = (() => {
  const fromHere = createRequire(import.meta.url);
  const fromAxePlaywright = createRequire(fromHere.resolve('@axe-core/playwright'));
  return (fromAxePlaywright('axe-core') as { source: string }).source;
})();

/**
 * Runs axe (WCAG 2.0–2.2 A and AA, and best practice) over the page, shadow roots included,
 * and expects no violations; with `colourOnly`, only the rules that depend on colour.
 */
export async function expectNoAxeViolations(page: Page, screen: string, { colourOnly = false } = {}): Promise<void> {
  await settleTransitions(page);
  // From the top, as the screen opens: a control a test scrolled under the pinned header (where
  // "Need help now?" stays) would otherwise count as covered in axe's target-size check.
  await page.evaluate(() => window.scrollTo(0, 0));
  const runOnly = colourOnly ? ({ type: 'rule', values: COLOUR_RULES } as const) : ({ type: 'tag', values: ALL_TAGS } as const);
  const results = await analyze(page, { runOnly: { ...runOnly, values: [...runOnly.values] }, resultTypes: ['violations'] });
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${screen}`).toEqual([]);
}

/**
 * Every axe rule in the light scheme, then the colour rules in the dark one: the same screen
 * checked in both, at a little more than the cost of one. Leaves the page in the light scheme.
 */
export async function expectNoAxeViolationsLightAndDark(page: Page, screen: string): Promise<void> {
  // Each check brings its own time: a journey through several screens must not run out of its minute.
  test.info().setTimeout(test.info().timeout + 20_000);
  await page.emulateMedia({ colorScheme: 'light' });
  await expectNoAxeViolations(page, `${screen} (light)`);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page, `${screen} (dark)`, { colourOnly: true });
  await page.emulateMedia({ colorScheme: 'light' });
}

/**
 * axe.run in the page, with axe injected only when this document doesn't have it yet.
 * AxeBuilder injects its ~650 KB source on every call, and again into a blank page it opens to
 * merge the results; a journey checking several screens in one document paid that each time.
 * No screen here has frames; a page that does goes through AxeBuilder, which checks inside them.
 */
async function analyze(page: Page, options: RunOptions): Promise<AxeResults> {
  if (page.frames().length > 1) {
    const builder = new AxeBuilder({ page });
    return options.runOnly.type === 'rule' ? builder.withRules(options.runOnly.values).analyze() : builder.withTags(options.runOnly.values).analyze();
  }
  const run = (opts: RunOptions) => {
    const axe = (window as unknown as { axe?: { run(context: Document, options: RunOptions): Promise<AxeResults> } }).axe;
    return axe ? axe.run(document, opts) : null;
  };
  const first = await page.evaluate(run, options);
  if (first) return first;
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(run, options);
  if (!results) throw new Error('axe-core did not load in the page');
  return results;
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
    // The list grows as it is walked: each root found is searched in turn.
    for (const root of roots) {
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
    }
    const finite = roots
      .flatMap((root) => root.getAnimations())
      .filter((a) => Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity));
    await Promise.race([Promise.all(finite.map((a) => a.finished.catch(() => undefined))), new Promise((r) => setTimeout(r, 2000))]);
  });
}
