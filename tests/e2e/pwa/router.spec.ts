import type { Page, Route } from '@playwright/test';
import { expect, test } from '../support/pwa-test.ts';
import { expectNoAxeViolations } from '../support/axe.ts';

// No service worker here (the pwa project blocks it): it would answer these files from its cache, out of the tests' reach.

/** Holds back every request for a screen's code until `release` is called. */
async function holdScreen(page: Page, file: RegExp): Promise<{ release: () => Promise<void> }> {
  const held: Route[] = [];
  let waiting = true;
  await page.route(file, (route) => (waiting ? held.push(route) : route.continue()));
  return {
    release: async () => {
      waiting = false;
      await Promise.all(held.map((route) => route.continue()));
    },
  };
}

test('a screen whose code does not arrive says so kindly, and "Try again" opens it', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Alongside' })).toBeVisible();
  await page.route(/\/assets\/journal-page-[^/]+\.js$/, (route) => route.abort('internetdisconnected'));
  await page.locator('al-nav').getByRole('link', { name: 'Journal' }).click();

  const problem = page.getByRole('alert').filter({ hasText: 'This screen did not open' });
  await expect(problem).toBeVisible();
  await expect(problem).toContainText('Nothing you have written is lost.');
  await expect(page.getByText('Loading…')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Need help now?' })).toBeVisible();
  // The journal is not a screen opened in danger: its problem stays about the screen.
  await expect(problem.getByRole('link', { name: /^Call / })).toHaveCount(0);
  await expectNoAxeViolations(page, 'a screen that did not open');

  await page.unroute(/\/assets\/journal-page-[^/]+\.js$/);
  await problem.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  await expect(page).toHaveURL(/\/journal$/);
});

test('when "Need help now?" cannot open its screen, the emergency number to call is still there', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Alongside' })).toBeVisible();
  // As when offline before the course was kept, or just after an update.
  await page.route(/\/assets\/help-page-[^/]+\.js$/, (route) => route.abort('internetdisconnected'));
  await page.getByRole('link', { name: 'Need help now?' }).click();

  const problem = page.getByRole('alert').filter({ hasText: 'This screen did not open' });
  await expect(problem).toContainText('If someone is in danger right now, or may act on thoughts of suicide, call your local emergency number.');
  // No country chosen yet: the browser's region (en-US) gives the number.
  await expect(problem.getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');
  await expect(problem.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expectNoAxeViolations(page, 'the help screen that did not open');
});

test('a screen that loads slowly does not replace the one the person moved on to', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Alongside' })).toBeVisible();
  const journal = await holdScreen(page, /\/assets\/journal-page-[^/]+\.js$/);
  const nav = page.locator('al-nav');
  await nav.getByRole('link', { name: 'Journal' }).click();
  await expect(page.getByText('Loading…')).toBeVisible();
  await nav.getByRole('link', { name: 'Toolkit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your toolkit' })).toBeVisible();

  // The journal's code arrives late: the toolkit stays, with its own title.
  const arrived = page.waitForResponse(/\/assets\/journal-page-[^/]+\.js$/);
  await journal.release();
  await arrived;
  await expect(page.getByRole('heading', { level: 1, name: 'Your toolkit' })).toBeVisible();
  await expect(page.locator('al-journal-page')).toHaveCount(0);
  await expect(page).toHaveTitle('Your toolkit · Alongside');
  await expect(page).toHaveURL(/\/toolkit$/);
});

test('moving between two weeks, and back and forward, shows each week afresh', async ({ page }) => {
  await page.goto('/settings');
  await page.getByRole('radio', { name: 'All weeks open now' }).check();
  await expect(page.getByText('All weeks are open now.')).toBeVisible();
  await page.goto('/course');
  await page.getByRole('link', { name: /Hope and the recovery model/ }).click();
  const week1 = page.getByRole('heading', { level: 1, name: 'Hope and the recovery model' });
  const week2 = page.getByRole('heading', { level: 1, name: 'Understanding what they are living with' });
  await expect(week1).toBeVisible();
  // From one lesson straight to another, as a lesson's own button moves (the same screen, another week).
  await page.evaluate(() => window.dispatchEvent(new CustomEvent('al-navigate', { detail: '/course/week/2' })));
  await expect(week2).toBeVisible();
  await expect(page).toHaveURL(/\/course\/week\/2$/);

  await page.goBack();
  await expect(week1).toBeVisible();
  await expect(week2).toHaveCount(0);
  await page.goForward();
  await expect(week2).toBeVisible();
  await expect(week1).toHaveCount(0);
});
