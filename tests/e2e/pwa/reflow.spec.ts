import { expect, test } from '../support/pwa-test.ts';
import { visibleButtons } from '../support/deep.ts';

/** Every screen a person can reach without data of their own. */
const SCREENS = ['/', '/start', '/course', '/course/week/1', '/journal', '/check-in', '/star', '/toolkit', '/prompts', '/practice', '/plans', '/plans/new', '/boundaries', '/help', '/settings', '/crisis-plan'];

// 320 CSS px wide is a small phone; 640 × 450 is a 1280 × 900 screen at 200% zoom.
for (const viewport of [{ width: 320, height: 640 }, { width: 640, height: 450 }]) {
  test(`every screen fits ${viewport.width}px without sideways scrolling, with touch targets of at least 44px`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const problems: string[] = [];
    for (const path of SCREENS) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByText(/^(Loading|Opening)/)).toHaveCount(0);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) problems.push(`${path}: ${overflow}px of sideways scroll`);
      for (const b of await visibleButtons(page)) {
        if (b.width < 44 || b.height < 44) problems.push(`${path}: button "${b.name}" is ${b.width}×${b.height}`);
      }
    }
    expect(problems).toEqual([]);
  });
}

test('dark mode and reduced motion are respected', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(27, 25, 23)');
  const duration = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--al-duration').trim());
  expect(duration).toBe('0ms');
});
