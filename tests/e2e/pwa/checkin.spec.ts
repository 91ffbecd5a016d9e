import { expect, test } from '../support/pwa-test.ts';
import type { Page } from '@playwright/test';
import { expectNoAxeViolationsLightAndDark } from '../support/axe.ts';

async function checkIn(page: Page, stress: string, hope: string, note = ''): Promise<void> {
  await page.getByRole('group', { name: /^Stress/ }).getByRole('radio', { name: stress }).check();
  await page.getByRole('group', { name: /^Hope/ }).getByRole('radio', { name: hope }).check();
  if (note) await page.getByRole('textbox', { name: 'One sentence about my week' }).fill(note);
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Check-in saved' })).toBeAttached();
}

test.beforeEach(async ({ page }) => {
  await page.goto('/check-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Weekly check-in' })).toBeVisible();
});

test('two check-ins are saved and both show in the table, in words', async ({ page }) => {
  await expect(page.getByText('Your check-ins will show here')).toBeVisible();
  await expect(page.getByText('For week 1 of the course')).toBeVisible();
  await checkIn(page, '4. Stressed', '2. A little hope', 'A hard week at home.');
  // The form is cleared for next time.
  await expect(page.getByRole('radio', { name: '4. Stressed' })).not.toBeChecked();
  await checkIn(page, '2. Calm', '4. Hopeful');

  const table = page.getByRole('table', { name: 'Your check-ins' });
  await expect(table.getByRole('columnheader')).toHaveText(['Date', 'Week', 'Stress', 'Hope', 'Note']);
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(3);
  // Newest first.
  await expect(rows.nth(1).getByRole('cell')).toContainText(['', '1', '2 (Calm)', '4 (Hopeful)', '']);
  await expect(rows.nth(2).getByRole('cell')).toContainText(['', '1', '4 (Stressed)', '2 (A little hope)', 'A hard week at home.']);
  await expect(page.getByRole('img', { name: /^Chart of 2 check-ins.*Stress went from 4 \(Stressed\) to 2 \(Calm\)/ })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('table', { name: 'Your check-ins' }).getByRole('row')).toHaveCount(3);
});

test('a missing scale is named, announced and focused, and nothing is saved', async ({ page }) => {
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByText('Please choose how stressed you feel.')).toBeVisible();
  await expect(page.getByText('Please choose how much hope you feel.')).toBeVisible();
  await expect(page.getByRole('radio', { name: '1. Very calm' })).toBeFocused();
  await expect(page.getByRole('radio', { name: '1. Very calm' })).toHaveAttribute('aria-invalid', 'true');

  await page.getByRole('radio', { name: '3. Some stress' }).check();
  await expect(page.getByText('Please choose how stressed you feel.')).toHaveCount(0);
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByRole('radio', { name: '1. Very little hope' })).toBeFocused();
  await expect(page.getByText('Your check-ins will show here')).toBeVisible();
});

test('the scales are easy to tap: every option is at least 44 by 44 pixels', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  for (const name of ['1. Very calm', '5. Very hopeful']) {
    const box = await page.locator('al-choice-group label').filter({ hasText: name }).boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(44);
    expect(box!.height).toBeGreaterThanOrEqual(44);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('the check-in has no axe violations, with errors and with history, light and dark', async ({ page }) => {
  // Empty, the screen is checked by every-screen.spec.ts; here, in the states only this test makes.
  await checkIn(page, '3. Some stress', '3. Some hope', 'Some better days.');
  await checkIn(page, '2. Calm', '4. Hopeful');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByText('Please choose how stressed you feel.')).toBeVisible();
  await expectNoAxeViolationsLightAndDark(page, '/check-in with history and errors');
});
