import type { Page } from '@playwright/test';
import { expect, test } from '../support/pwa-test.ts';
import { outlineOf } from '../../../shared/content/weeks/outline.ts';

/**
 * A screen reads what it shows from the inputs the shell hands it (`params`), so given other
 * inputs it reads again and shows the new one. The shell makes a new screen for a new address,
 * so here the inputs are changed on the screen on show, as a shell that kept it would.
 */
async function giveParams(page: Page, tag: string, params: Record<string, string>): Promise<void> {
  await page.locator(tag).evaluate((screen, p) => Object.assign(screen, { params: p }), params);
}

async function makePlan(page: Page, about: string): Promise<string> {
  await page.goto('/plans/new');
  await page.getByRole('textbox', { name: 'What it is about' }).fill(about);
  await page.getByRole('button', { name: 'Save plan' }).click();
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);
  return page.url().split('/').pop()!;
}

test('a handout given another week reads that week and shows it, title and all', async ({ page }) => {
  await page.goto('/course/week/1/handout');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(outlineOf(1)!.title);
  await expect(page).toHaveTitle('Week 1 handout · Alongside');

  await giveParams(page, 'al-handout-page', { week: '2' });
  await expect(heading).toHaveText(outlineOf(2)!.title);
  await expect(page).toHaveTitle('Week 2 handout · Alongside');
  await expect(page.getByRole('link', { name: 'Back to week 2' })).toBeVisible();
});

test('a plan screen given another id reads that plan; an edit begun on the first is not carried over', async ({ page }) => {
  const rent = await makePlan(page, 'money for rent');
  const sleep = await makePlan(page, 'sleep');
  await page.goto(`/plans/${rent}`);
  const title = page.getByRole('heading', { level: 1 });
  await expect(title).toHaveText('Talk about money for rent');
  await page.getByRole('button', { name: 'Edit plan' }).click();
  await expect(title).toHaveText('Edit your plan');

  await giveParams(page, 'al-plan-page', { id: sleep });
  await expect(title).toHaveText('Talk about sleep');
  await expect(page.getByRole('button', { name: 'Edit plan' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Rehearse this talk' })).toHaveAttribute('href', `/plans/${sleep}/rehearse`);
});
