import { expect, test } from '../support/extension.ts';
import { expectNoAxeViolations } from '../support/axe.ts';
import { linkCourse, lockCourse, openPopup } from '../support/course-link.ts';

const PASSCODE = 'kettle on sunday';
const HARD_TALK = 'I’m about to have a hard conversation';
const EXIT_WORDS = 'I love you, and I need ten minutes outside.';

test('with the course’s lock on, a prep kept from before opens only with the passcode, or starts again', async ({ context, extensionUrl }) => {
  // Linked with the course, and the lock turned on there: the extension's words are locked too.
  const course = await linkCourse(context);
  await lockCourse(course, PASSCODE);

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
