import type { Page } from '@playwright/test';
import { ROUTES, type Route } from '../../../pwa/routes.ts';
import { expectNoAxeViolationsLightAndDark } from '../support/axe.ts';
import { visibleButtons } from '../support/deep.ts';
import { expect, test } from '../support/pwa-test.ts';

// Every screen with the service worker in charge, as for a person coming back.
test.use({ serviceWorkers: 'allow' });

/**
 * Every screen the app has, read from its route table, so a screen added later is checked
 * without anyone remembering to add it here: reflow on a small phone and at 200% zoom, axe in
 * light and dark, and (through `pwa-test.ts`, with the service worker in charge) no request
 * leaving localhost as it opens.
 * Other specs check screens in their states (with errors, with data); this one makes sure
 * none is missed.
 *
 * Quick by design: one page walks several screens, moving as the app's own links do (no reload),
 * so the app, the service worker and axe are loaded once per walk, not once per screen; the
 * walks are shared out between the workers.
 */

/** Walks of about six screens: enough to share between workers, few enough to load the app rarely. */
const WALKS = 5;

/** 320 CSS px wide is a small phone; 640 × 450 is a 1280 × 900 screen at 200% zoom. */
const SMALL_VIEWPORTS = [
  { width: 320, height: 640 },
  { width: 640, height: 450 },
];
/** Playwright's own, where axe checks each screen. */
const DESKTOP = { width: 1280, height: 720 };

/** Real values for each named part of a path; a plan is made first, for the plan screens. */
function pathsOf(pattern: string, planId: string): string[] {
  const path = pattern.replace(':id', planId);
  // Week 6 is open to a new reader too, and is the one with crisis steps.
  return pattern === '/course/week/:week' ? [path.replace(':week', '1'), path.replace(':week', '6')] : [path.replace(':week', '1')];
}

async function makePlan(page: Page): Promise<string> {
  await page.goto('/plans/new');
  await page.getByRole('textbox', { name: 'Who you will talk with' }).fill('Sam');
  await page.getByRole('textbox', { name: 'What it is about' }).fill('money for rent');
  await page.getByRole('textbox', { name: 'My opening line' }).fill('Can I share something I’ve noticed?');
  await page.getByRole('button', { name: 'Save plan' }).click();
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);
  return page.url().split('/').pop()!;
}

/** Moves to a screen as a link in the app would, and waits until it has drawn what it loads. */
async function openScreen(page: Page, route: Route, path: string): Promise<void> {
  await page.evaluate((to) => window.dispatchEvent(new CustomEvent('al-navigate', { detail: to })), path);
  await expect(page.locator(route.tag), `${path} opens`).toBeAttached();
  await expect(page.getByRole('heading', { level: 1 }).first(), `${path} has its heading`).toBeVisible();
  // "Loading…", "Opening the lesson…", "Loading your plans…": whatever a screen says while it reads.
  await expect(page.getByText(/^(Loading|Opening)\b[^.]*…$/)).toHaveCount(0);
}

/** Sideways scrolling and buttons under 44 × 44 px, as found at the page's current size. */
async function reflowProblems(page: Page, path: string, width: number): Promise<string[]> {
  const problems: string[] = [];
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (overflow > 0) problems.push(`${path} at ${width}px: ${overflow}px of sideways scroll`);
  for (const b of await visibleButtons(page)) {
    if (b.width < 44 || b.height < 44) problems.push(`${path} at ${width}px: button "${b.name}" is ${b.width}×${b.height}`);
  }
  return problems;
}

test('the route table is what this spec walks', () => {
  expect(ROUTES.length).toBeGreaterThanOrEqual(25);
  expect(ROUTES.map((r) => r.path)).toContain('/facilitate/present/:week');
  expect(ROUTES.map((r) => r.path)).toContain('/support');
});

const perWalk = Math.ceil(ROUTES.length / WALKS);
for (let w = 0; w < WALKS; w++) {
  const routes = ROUTES.slice(w * perWalk, (w + 1) * perWalk);
  test(`${routes.map((r) => r.path).join(', ')}: each fits 320px and 640px without sideways scrolling, with touch targets of at least 44px, and has no axe violations, light and dark`, async ({ page }) => {
    const planId = routes.some((r) => r.path.includes(':id')) ? await makePlan(page) : '';
    await page.goto('/');
    // The service worker in charge first, as for a person coming back: the screens' code then
    // arrives through it, and any request it made elsewhere would fail the test (pwa-test.ts).
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    const problems: string[] = [];
    for (const [route, path] of routes.flatMap((r) => pathsOf(r.path, planId).map((p) => [r, p] as const))) {
      await test.step(path, async () => {
        // Opened at the small phone's size, as someone on one would; then zoomed to 200%.
        await page.setViewportSize(SMALL_VIEWPORTS[0]!);
        await openScreen(page, route, path);
        for (const viewport of SMALL_VIEWPORTS) {
          await page.setViewportSize(viewport);
          problems.push(...(await reflowProblems(page, path, viewport.width)));
        }
        // The dark scheme only changes colours, so there only the colour rules run (axe.ts).
        await page.setViewportSize(DESKTOP);
        await expectNoAxeViolationsLightAndDark(page, path);
      });
    }
    expect(problems).toEqual([]);
  });
}
