import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe.ts';
import { expect, test } from '../support/pwa-test.ts';

/** Answers "Getting started" as a reader would. */
async function getStarted(page: Page, relationship: string, situation: string): Promise<void> {
  await page.goto('/start');
  await page.getByRole('radio', { name: relationship }).check();
  await page.getByRole('radio', { name: situation }).check();
  await page.getByRole('button', { name: 'Start the course' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Alongside' })).toBeVisible();
}

/** Opens a step of a week from the "All steps" list. */
async function openStep(page: Page, week: number, name: string): Promise<void> {
  await page.goto(`/course/week/${week}`);
  await page.getByText('All steps in this week').click();
  await page.getByRole('list').getByRole('button', { name }).click();
  await expect(page.getByRole('heading', { level: 2, name })).toBeFocused();
}

const lesson = (page: Page) => page.locator('al-lesson-player');

test('the parent of a son with psychosis reads examples about mental illness, not about drinking', async ({ page }) => {
  await getStarted(page, 'My son', 'A mental health condition');
  await openStep(page, 1, 'Recovery in their own words');
  await expect(lesson(page).getByText(/You may hope every sign of the illness goes away/)).toBeVisible();
  await expect(lesson(page).getByText(/Your idea of recovery for your son/)).toBeVisible();
  await expect(lesson(page).getByText(/drink|sober/i)).toHaveCount(0);
});

test('the partner of someone who drinks reads examples about drinking', async ({ page }) => {
  await getStarted(page, 'My partner', 'Substance use (alcohol or drugs)');
  await openStep(page, 1, 'Recovery in their own words');
  await expect(lesson(page).getByText(/You may hope they stop drinking or using for good/)).toBeVisible();
  await expect(lesson(page).getByText(/every sign of the illness goes away/)).toHaveCount(0);
});

test("week 6's emergency step shows the crisis lines for the reader's country, and what to say", async ({ page }) => {
  await page.goto('/settings');
  await page.getByRole('radio', { name: 'All weeks open now' }).check();
  await expect(page.getByText('All weeks are open now.')).toBeVisible();
  // The country chosen on the help screen is the one the lesson shows.
  await page.goto('/help');
  await page.getByLabel('Where are you?').selectOption({ label: 'Australia' });

  await openStep(page, 6, 'In an emergency');
  const help = lesson(page).locator('al-crisis-help');
  await expect(help.getByRole('link', { name: 'Call 13 11 14' })).toHaveAttribute('href', 'tel:131114');
  await expect(help.getByText(/call your local emergency number\. In Australia, that is 000\./)).toBeVisible();
  await expect(help.getByRole('heading', { level: 3, name: 'What to say when you call' })).toBeVisible();
  await expectNoAxeViolations(page, 'week 6, In an emergency');

  // A country chosen in the lesson is remembered for the help screen too.
  await help.getByLabel('Where are you?').selectOption({ label: 'United Kingdom' });
  await expect(help.getByRole('link', { name: 'Call 116 123' })).toBeVisible();
  await page.goto('/help');
  await expect(page.getByRole('link', { name: 'Call 116 123' })).toBeVisible();
  await expect(page.getByLabel('Where are you?')).toHaveValue('GB');
});
