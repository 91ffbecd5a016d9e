import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe.ts';
import { chooseCountry } from '../support/page-db.ts';
import { expect, test } from '../support/pwa-test.ts';

// A browser with no region: nothing is guessed, so what shows is what the reader chose.
test.use({ locale: 'en' });

const STEP = 'When crisis services come';

/** Opens week 6's crisis services step from the "All steps" list, every week open. */
async function openCrisisServicesStep(page: Page): Promise<void> {
  await page.goto('/settings');
  await page.getByRole('radio', { name: 'All weeks open now' }).check();
  await expect(page.getByText('All weeks are open now.')).toBeVisible();
  await page.goto('/course/week/6');
  await page.getByText('All steps in this week').click();
  await page.getByRole('list').getByRole('button', { name: STEP }).click();
  await expect(page.getByRole('heading', { level: 2, name: STEP })).toBeFocused();
}

const care = (page: Page) => page.locator('al-lesson-player al-country-crisis-care');

test("week 6 shows crisis care for the country the reader chose: the UK's two laws, then the US's 988 and CIT officers", async ({ page }) => {
  test.slow(); // three axe runs over a long step: each takes a while on a busy machine
  // The country chosen on the help screen is the one the lesson starts with.
  await page.goto('/help');
  await chooseCountry(page, page.getByLabel('Where are you?'), 'United Kingdom');
  await openCrisisServicesStep(page);

  await expect(page.getByText('In many places, a mobile crisis team can come to you.', { exact: false })).toBeVisible();
  await expect(care(page).getByLabel('Where are you?')).toHaveValue('GB');
  await expect(care(page).getByRole('heading', { level: 3, name: 'In England and Wales' })).toBeVisible();
  await expect(care(page).getByText(/The law is the Mental Health Act 1983\./)).toBeVisible();
  await expect(care(page).getByRole('heading', { level: 3, name: 'In Scotland' })).toBeVisible();
  await expect(care(page).getByText(/Mental Health \(Care and Treatment\) \(Scotland\) Act 2003/)).toBeVisible();
  await expect(care(page).getByText(/not legal advice/)).toBeVisible();
  await expectNoAxeViolations(page, 'week 6, When crisis services come (United Kingdom)');

  // Choosing another country in the lesson swaps the note, and the help screen follows.
  await care(page).getByLabel('Where are you?').selectOption({ label: 'United States' });
  await expect(care(page).getByRole('heading', { level: 3, name: 'Where you live: United States' })).toBeVisible();
  await expect(care(page).getByText(/ask for a CIT officer/)).toBeVisible();
  await expect(care(page).getByText(/Mental Health Act 1983/)).toHaveCount(0);
  await expect(care(page).getByRole('link', { name: '988 Suicide & Crisis Lifeline' })).toHaveAttribute('href', 'https://988lifeline.org/');
  await expect(care(page).getByRole('status')).toHaveText('Kept on this device for next time.');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page, 'week 6, When crisis services come (United States, dark)');
  await page.emulateMedia({ colorScheme: 'light' });

  await page.goto('/help');
  await expect(page.getByLabel('Where are you?')).toHaveValue('US');
});

test('a reader somewhere else is told how to find out, not shown another country’s law', async ({ page }) => {
  await openCrisisServicesStep(page);
  await expect(care(page).getByLabel('Where are you?')).toHaveValue('elsewhere');
  await expect(care(page).getByText(/Most countries have a law on care without consent/)).toBeVisible();
  await expect(care(page).getByRole('heading', { level: 3 })).toHaveCount(0);

  // Keyboard only: the chooser is reachable and a country can be picked without a mouse.
  await care(page).getByLabel('Where are you?').focus();
  await care(page).getByLabel('Where are you?').selectOption({ label: 'Ireland' });
  await expect(care(page).getByText(/The law is the Mental Health Act 2001\./)).toBeVisible();
  await expectNoAxeViolations(page, 'week 6, When crisis services come (Ireland)');
});
