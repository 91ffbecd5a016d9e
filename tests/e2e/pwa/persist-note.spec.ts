import { expect, test } from '../support/pwa-test.ts';

const NOTE = /Alongside asked your browser not to clear its storage/;

/**
 * The note about kept storage is said once, when the person's own words are first saved, and
 * not on a first visit: opening a lesson notes the step reached, which is not writing, and a
 * note appearing above the lesson would push it down while it is read.
 */
test('a first lesson opens without the storage note and without moving; the note comes once, with the first words saved', async ({ page }) => {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { shifts: number[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      // As Lighthouse counts them: a shift right after the person's own click or key is expected.
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) shifts.push(e.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/course/week/1');
  await expect(page.getByRole('heading', { level: 1, name: 'Hope and the recovery model' })).toBeVisible();
  // The step reached is saved as the lesson opens: moving on saves it again, and that is not writing either.
  await page.getByRole('button', { name: /Next/ }).first().click();
  await expect(page.getByText('Step 2 of', { exact: false })).toBeVisible();
  await expect(page.getByText(NOTE)).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts.reduce((a, b) => a + b, 0))).toBeLessThan(0.01);

  await page.goto('/journal');
  await page.getByRole('button', { name: 'Write a note' }).click();
  await page.getByRole('textbox', { name: 'Your note' }).fill('Tonight went better than I feared.');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByText(NOTE)).toBeVisible();
  await page.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByText(NOTE)).toHaveCount(0);

  await page.reload();
  await page.getByRole('button', { name: 'Write a note' }).click();
  await page.getByRole('textbox', { name: 'Your note' }).fill('A second note.');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByText('A second note.')).toBeVisible();
  await expect(page.getByText(NOTE)).toHaveCount(0);
});
