import axe from 'axe-core';
import { expect } from 'vitest';
import { cdp } from 'vitest/browser';

/** The same rule sets as the e2e check (tests/e2e/support/axe.ts): WCAG 2.0–2.2 A and AA, and best practice. */
const ALL_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** The rules the dark scheme can change: it swaps colour tokens and nothing else (tests/unit/ui/dark-scheme.test.ts). */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Waits for running transitions (a scheme switch fades colours) in the page and in every shadow
 * root: contrast measured mid-fade is a colour no one reads. As tests/e2e/support/axe.ts does.
 */
async function settle(): Promise<void> {
  const roots: (Document | ShadowRoot)[] = [document];
  // The list grows as it is walked: each root found is searched in turn.
  for (const root of roots) for (const el of root.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
  const finite = roots.flatMap((root) => root.getAnimations()).filter((a) => Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity));
  await Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
}

async function violations(root: Element, runOnly: axe.RunOptions['runOnly']): Promise<string[]> {
  await settle();
  const results = await axe.run(root, { runOnly, resultTypes: ['violations'] });
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The page in the light or dark colour scheme, as a person's system setting would put it. */
export async function colourScheme(scheme: 'light' | 'dark'): Promise<void> {
  await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: scheme }] });
  expect(matchMedia(`(prefers-color-scheme: ${scheme})`).matches, `the page is in the ${scheme} scheme`).toBe(true);
  // Styles are worked out again at the next frame, which is when any colour transition starts.
  await new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame)));
}

/**
 * Axe over the page with what a test mounted, as tests/e2e/support/axe.ts does over a screen:
 * every rule in the light scheme, then the colour rules in the dark one. Leaves the page light.
 */
export async function expectNoAxeViolationsLightAndDark(what: string): Promise<void> {
  await colourScheme('light');
  expect(await violations(document.body, { type: 'tag', values: ALL_TAGS }), `axe violations in ${what} (light)`).toEqual([]);
  await colourScheme('dark');
  expect(await violations(document.body, { type: 'rule', values: COLOUR_RULES }), `axe violations in ${what} (dark)`).toEqual([]);
  await colourScheme('light');
}
