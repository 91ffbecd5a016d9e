import type { Page } from '@playwright/test';
import { ROUTES } from '../../../pwa/routes.ts';
import { expectNoAxeViolationsLightAndDark } from '../support/axe.ts';
import { visibleButtons } from '../support/deep.ts';
import { expect, test } from '../support/pwa-test.ts';

/**
 * Every screen the app has, read from its route table, so a screen added later is checked
 * without anyone remembering to add it here: axe in light and dark, and reflow on a small
 * phone and at 200% zoom.
 * Other specs check screens in their states (with errors, with data); this one makes sure
 * none is missed.
 */

/** A real value for each named part of a path; a plan is made first, for the plan screens. */
function pathOf(pattern: string, planId: string): string {
  return pattern.replace(':week', '1').replace(':id', planId);
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

async function openScreen(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 }).first(), `${path} has its heading`).toBeVisible();
  await expect(page.getByText(/^(Loading|Opening)…?$/)).toHaveCount(0);
}

test('the route table is what this spec walks', () => {
  expect(ROUTES.length).toBeGreaterThanOrEqual(25);
  expect(ROUTES.map((r) => r.path)).toContain('/facilitate/present/:week');
  expect(ROUTES.map((r) => r.path)).toContain('/support');
});

// One test per screen: each has its own time limit, and the two workers share them. The dark
// scheme only changes colours, so there only the colour rules run.
for (const route of ROUTES) {
  test(`${route.path} has no axe violations, light and dark`, async ({ page }) => {
    const path = pathOf(route.path, route.path.includes(':id') ? await makePlan(page) : '');
    await openScreen(page, path);
    await expectNoAxeViolationsLightAndDark(page, path);
  });
}

// 320 CSS px wide is a small phone; 640 × 450 is a 1280 × 900 screen at 200% zoom.
for (const viewport of [{ width: 320, height: 640 }, { width: 640, height: 450 }]) {
  test(`every screen fits ${viewport.width}px without sideways scrolling, with touch targets of at least 44px`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize(viewport);
    const planId = await makePlan(page);
    const problems: string[] = [];
    for (const route of ROUTES) {
      const path = pathOf(route.path, planId);
      await openScreen(page, path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) problems.push(`${path}: ${overflow}px of sideways scroll`);
      for (const b of await visibleButtons(page)) {
        if (b.width < 44 || b.height < 44) problems.push(`${path}: button "${b.name}" is ${b.width}×${b.height}`);
      }
    }
    expect(problems).toEqual([]);
  });
}
