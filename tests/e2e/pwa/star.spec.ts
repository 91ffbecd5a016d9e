import { expect, test } from '../support/pwa-test.ts';
import type { Page } from '@playwright/test';
import { expectNoAxeViolationsLightAndDark } from '../support/axe.ts';

const AREAS = ['My wellbeing', 'Knowing about it', 'Talking together', 'My boundaries', 'My support', 'Hope', 'My own life'];

/** Places every area on the given step (1–5) and saves. */
async function takeStar(page: Page, steps: number[]): Promise<void> {
  for (const [i, area] of AREAS.entries()) {
    await page.getByRole('group', { name: new RegExp(`^${area}`) }).getByRole('radio', { name: new RegExp(`^${steps[i]}\\.\\s`) }).check();
  }
  await page.getByRole('button', { name: 'Save my star' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your star is saved' })).toBeAttached();
}

test.beforeEach(async ({ page }) => {
  await page.goto('/star');
  await expect(page.getByRole('heading', { level: 1, name: 'My supporter star' })).toBeVisible();
});

test('taken twice, both stars show as columns in the table and in the chart', async ({ page }) => {
  await expect(page.getByText('It is not a rating of the person you support.')).toBeVisible();
  const moment = page.getByRole('combobox', { name: 'When is this?' });
  await expect(moment).toHaveValue('start');
  await takeStar(page, [2, 1, 2, 1, 2, 3, 2]);
  // The first star is the start; the next is suggested for "any time" until the middle of the course.
  await expect(moment).toHaveValue('any');
  await expect(page.getByRole('radio', { name: /^2\.\sAccepting help/ }).first()).not.toBeChecked();
  await takeStar(page, [3, 3, 3, 2, 3, 3, 2]);

  const table = page.getByRole('table', { name: 'Your supporter star over time' });
  const headers = table.getByRole('columnheader');
  await expect(headers).toHaveCount(3);
  await expect(headers.nth(1)).toContainText(', start');
  await expect(headers.nth(2)).toContainText(', any time');
  const wellbeing = table.getByRole('row', { name: /^My wellbeing/ });
  await expect(wellbeing.getByRole('cell')).toHaveText(['2 (Accepting help)', '3 (Believing)']);
  await expect(table.getByRole('row')).toHaveCount(1 + AREAS.length);
  await expect(page.getByRole('img', { name: /^Radar chart of 2 stars.*you moved up in 5 areas/ })).toBeVisible();
  await expect(page.locator('al-star-chart polygon[style]')).toHaveCount(2);

  await page.reload();
  await expect(page.getByRole('table', { name: 'Your supporter star over time' }).getByRole('columnheader')).toHaveCount(3);

  // With history and errors, the screen has no axe violations. Empty, it is checked by
  // every-screen.spec.ts; the form's errors and focus by tests/component/practice/star-form.test.ts.
  await page.getByRole('button', { name: 'Save my star' }).click();
  await expect(page.getByText('7 areas still need a step.')).toBeVisible();
  await expectNoAxeViolationsLightAndDark(page, '/star with history and errors');
});

test('a star can be deleted and brought back', async ({ page }) => {
  await takeStar(page, [3, 3, 3, 3, 3, 3, 3]);
  await page.getByRole('button', { name: /^Delete star from / }).click();
  await expect(page.getByText('When you save your first star')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('table', { name: 'Your supporter star over time' }).getByRole('columnheader')).toHaveCount(2);
});
