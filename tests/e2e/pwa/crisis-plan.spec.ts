import { expect, test } from '../support/pwa-test.ts';
import { expectNoAxeViolations } from '../support/axe.ts';

test('week 6 leads to a crisis plan that is kept, respects their choice, and prints', async ({ page }) => {
  await page.goto('/settings');
  await page.getByRole('radio', { name: 'All weeks open now' }).check();
  await expect(page.getByText('All weeks are open now.')).toBeVisible();

  await page.goto('/course/week/6');
  await expect(page.getByText('Before you start:')).toBeVisible();
  await expect(page.locator('al-lesson-player').getByRole('link', { name: 'Need help now?' })).toBeVisible();
  await page.getByText('All steps in this week').click();
  await page.getByRole('list').getByRole('button', { name: /^Try this:/ }).click();
  await page.getByRole('link', { name: 'Open our family crisis plan' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Our family crisis plan' })).toBeVisible();
  await expect(page.getByText('If someone is in danger right now')).toBeVisible();
  await page.getByRole('textbox', { name: 'Who to call, in order' }).fill('Aunt Mei 555 0100, then the clinic 555 0199');
  await page.getByRole('textbox', { name: 'What helps them when things get hard' }).fill('A quiet room and one calm voice');
  await page.getByRole('checkbox', { name: /They chose not to write this part/ }).check();
  await expect(page.getByText('Saved on this device.').nth(1)).toBeVisible();

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Who to call, in order' })).toHaveValue('Aunt Mei 555 0100, then the clinic 555 0199');
  await expect(page.getByRole('textbox', { name: 'What helps them when things get hard' })).toHaveValue('A quiet room and one calm voice');
  await expect(page.getByRole('checkbox', { name: /They chose not to write this part/ })).toBeChecked();
  await expectNoAxeViolations(page, '/crisis-plan');

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText('A quiet room and one calm voice')).toBeVisible();
  await expect(page.getByText('They chose not to write this part.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print the plan' })).toBeHidden();
});
