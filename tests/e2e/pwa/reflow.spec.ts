import { expect, test } from '../support/pwa-test.ts';

// Reflow on every screen is checked in every-screen.spec.ts, from the route table.

test('dark mode and reduced motion are respected', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(27, 25, 23)');
  const duration = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--al-duration').trim());
  expect(duration).toBe('0ms');
});
