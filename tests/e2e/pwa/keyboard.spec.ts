import { expect, test } from '../support/pwa-test.ts';
import { tabTo } from '../support/deep.ts';

test('a new person can start the course, read, reflect and write a boundary with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Alongside' })).toBeVisible();

  // The skip link is the first stop and moves focus to the content.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Skip to content' })).toBeFocused();

  // Getting started: Tab to the first choice in each group, Space to choose, Enter to go on.
  await tabTo(page, page.getByRole('link', { name: 'Get started' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Getting started' })).toBeVisible();
  await tabTo(page, page.getByRole('radio', { name: 'My son' }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('radio', { name: 'A mental health condition' }));
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: 'My son' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'A mental health condition' })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Start the course' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Alongside' })).toBeVisible();

  // The lesson: Next moves focus to the new step's heading, so a screen reader hears it.
  await tabTo(page, page.getByRole('link', { name: 'Start week 1' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Welcome' })).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: /^Next:/ }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Step 2 of 12')).toBeVisible();
  await expect(page.locator('al-lesson-player h2')).toBeFocused();

  // The step list opens with Enter and a step is chosen with Space.
  await tabTo(page, page.getByText('All steps in this week'));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('list').getByRole('button', { name: 'Reflect' }));
  await page.keyboard.press('Space');
  await expect(page.getByRole('heading', { level: 2, name: 'Reflect' })).toBeFocused();
  await tabTo(page, page.getByRole('textbox').first());
  await page.keyboard.type('That he plays music again.');
  await expect(page.getByText('Saved on this device.').first()).toBeVisible();

  // Need help is reachable from anywhere.
  await tabTo(page, page.getByRole('link', { name: 'Need help now?' }).first(), 80, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Need help now?' })).toBeVisible();
  await expect(page.locator('main')).toBeFocused();
});

test('the toast\'s Undo and a form error can be reached and used by keyboard', async ({ page }) => {
  await page.goto('/journal');
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: /Write a note/ }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('textbox').last());
  await page.keyboard.type('Walked by the river. Felt lighter.');
  await tabTo(page, page.getByRole('button', { name: /Save/ }).first());
  await page.keyboard.press('Enter');
  await expect(page.getByText('Walked by the river. Felt lighter.')).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: /^Delete/ }).first());
  await page.keyboard.press('Enter');
  await expect(page.getByText('Walked by the river. Felt lighter.')).toHaveCount(0);
  await tabTo(page, page.getByRole('button', { name: 'Undo' }), 120);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Walked by the river. Felt lighter.')).toBeVisible();
});
