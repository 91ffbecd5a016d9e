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

  // With history and errors, the screen has no axe violations. Empty, it is checked by
  // every-screen.spec.ts; the form's errors, focus and tap sizes by tests/component/practice/checkin-form.test.ts.
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByText('Please choose how stressed you feel.')).toBeVisible();
  await expect(page.getByText('Your check-ins will show here')).toHaveCount(0);
  await expectNoAxeViolationsLightAndDark(page, '/check-in with history and errors');
});
