import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from '../support/extension.ts';
import { expectNoAxeViolations } from '../support/axe.ts';

/** The course, served by the e2e web server (its origin is the one the extension was built to allow). */
const PWA_URL = `http://localhost:${process.env.ALONGSIDE_PORT ?? '4173'}`;
const PASSCODE = 'kettle on sunday';
const HARD_TALK = 'I’m about to have a hard conversation';
const EXIT_WORDS = 'I love you, and I need ten minutes outside.';

async function openPopup(context: BrowserContext, extensionUrl: (path: string) => string): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(extensionUrl('extension/popup/index.html'));
  await expect(popup.getByRole('heading', { level: 1, name: 'Alongside' })).toBeVisible();
  return popup;
}

test('with the course’s lock on, a prep kept from before opens only with the passcode, or starts again', async ({ context, extensionUrl }) => {
  // Linked with the course, and the lock turned on there: the extension's words are locked too.
  const course = await context.newPage();
  await course.goto(`${PWA_URL}/settings`);
  const card = course.locator('al-link-card');
  await card.getByRole('button', { name: 'Link' }).click();
  await expect(card.getByText('Linked with the Alongside extension.')).toBeVisible();
  await course.goto(`${PWA_URL}/settings/lock`);
  await course.getByLabel('Choose a passcode').fill(PASSCODE);
  await course.getByLabel('Type it again').fill(PASSCODE);
  await course.getByRole('checkbox', { name: /I understand that if I forget my passcode/ }).check();
  await course.getByRole('button', { name: 'Turn on the lock' }).click();
  await expect(course.getByRole('heading', { name: 'The lock is on' })).toBeVisible();

  // The prep needs no passcode: the person starts it locked, writes an exit line, and the popup closes.
  let popup = await openPopup(context, extensionUrl);
  await expect(async () => {
    await popup.reload();
    await expect(popup.getByRole('heading', { name: 'Your words are locked' })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await popup.getByRole('button', { name: HARD_TALK }).click();
  await popup.getByRole('button', { name: 'I’m ready' }).click();
  await popup.getByRole('radio', { name: 'Stay close, even if we don’t agree' }).check();
  await popup.getByRole('button', { name: 'Next', exact: true }).click();
  await popup.getByRole('radio', { name: /^Can I share something I’ve noticed\?/ }).check();
  await popup.getByRole('button', { name: 'Next', exact: true }).click();
  await popup.getByRole('radio', { name: 'My own words' }).check();
  await popup.getByRole('textbox', { name: 'Your words' }).fill(EXIT_WORDS);
  await popup.close();

  // Opened again, by them or by anyone: the prep waits behind the passcode, and its words don't show.
  popup = await openPopup(context, extensionUrl);
  const panel = popup.locator('al-unlock-panel');
  await expect(panel.getByRole('heading', { name: 'Your prep is waiting' })).toBeVisible();
  await expect(panel.getByLabel('Course passcode')).toBeFocused();
  await expect(popup.getByRole('heading', { name: /Step \d of 4/ })).toHaveCount(0);
  expect(await popup.evaluate(() => document.body.innerText)).not.toContain('ten minutes outside');
  await expectNoAxeViolations(popup, 'popup: a prep waiting behind the lock');
  await panel.getByLabel('Course passcode').fill(PASSCODE);
  await panel.getByRole('button', { name: 'Unlock' }).click();
  await expect(popup.getByRole('heading', { name: /Step 4 of 4.*Your exit line/ })).toBeFocused();
  await expect(popup.getByRole('textbox', { name: 'Your words' })).toHaveValue(EXIT_WORDS);
  await popup.close();

  // "Start again" needs no passcode: the kept prep goes, and the next popup opens as usual.
  popup = await openPopup(context, extensionUrl);
  await expect(popup.getByRole('heading', { name: 'Your prep is waiting' })).toBeVisible();
  await popup.getByRole('button', { name: 'Start again' }).click();
  await expect(popup.getByRole('heading', { name: /Step 1 of 4.*Breathe/ })).toBeFocused();
  await popup.close();
  popup = await openPopup(context, extensionUrl);
  await expect(popup.getByRole('heading', { name: 'Your words are locked' })).toBeVisible();
  await expect(popup.getByRole('heading', { name: 'Your prep is waiting' })).toHaveCount(0);
});
