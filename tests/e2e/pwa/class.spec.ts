import { readFile } from 'node:fs/promises';
import { expect, test } from '../support/pwa-test.ts';
import type { Browser, Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe.ts';
import { watchEgress } from '../support/no-egress.ts';

/** Both people are in London and read dates the British way, so the expected words are fixed. */
const PLACE = { timezoneId: 'Europe/London', locale: 'en-GB' } as const;

async function person(browser: Browser, when: string, options: Parameters<Browser['newContext']>[0] = {}) {
  const context = await browser.newContext({ ...PLACE, ...options });
  const egress = watchEgress(context);
  await context.clock.install({ time: new Date(when) });
  return { context, page: await context.newPage(), egress };
}

/** Opens a step of the lesson from the "All steps" list, as a reader would. */
async function openStep(page: Page, name: string | RegExp): Promise<void> {
  await page.getByText('All steps in this week').click();
  await page.getByRole('list').getByRole('button', { name }).click();
  await expect(page.getByRole('heading', { level: 2, name })).toBeFocused();
}

/** Makes the pack and returns the link, as shown and as copied. */
async function makeLink(f: Page): Promise<string> {
  await f.getByRole('button', { name: 'Make the class pack' }).click();
  const box = f.getByRole('textbox', { name: 'Class link' });
  await expect(box).toHaveValue(/\/join#pack=[A-Za-z0-9_-]{200,}$/);
  const shown = await box.inputValue();
  await f.getByRole('button', { name: 'Copy the link' }).click();
  await expect(f.getByText('Copied', { exact: true })).toBeVisible();
  expect(await f.evaluate(() => navigator.clipboard.readText())).toBe(shown);
  return shown;
}

test('a facilitator makes a class; a member joins, follows the dates, and takes an update without losing a note', async ({ browser }) => {
  test.setTimeout(120_000);
  const fac = await person(browser, '2026-03-02T10:00:00Z', { permissions: ['clipboard-read', 'clipboard-write'] });
  const f = fac.page;

  // The facilitator builds a class of eight Tuesday meetings.
  await f.goto('/facilitate');
  await expect(f.getByRole('heading', { level: 1, name: 'Run a class' })).toBeVisible();
  await f.getByLabel('Class name').fill('Tuesday family group');
  await f.getByLabel('Your first name').fill('Sam');
  await f.getByLabel('How to reach you (optional)').fill('sam@example.org');
  await expect(f.getByLabel('Time zone')).toHaveValue('Europe/London');
  await f.getByLabel('Where you meet').fill('Riverside Community Centre, Room 2');
  await f.getByLabel('How many meetings').fill('8');
  await f.getByLabel('Starting from').fill('2026-03-09');
  await f.getByLabel('On', { exact: true }).selectOption({ label: 'Tuesdays' });
  await f.getByLabel('At', { exact: true }).fill('18:30');
  await f.getByRole('button', { name: 'Make 8 weekly meetings' }).click();
  const meetings = f.getByRole('list', { name: 'Meetings' }).getByRole('listitem');
  await expect(meetings).toHaveCount(8);
  await expect(meetings.nth(0)).toContainText(/Tuesday,? 10 March 2026/);
  await expect(meetings.nth(7)).toContainText(/Tuesday,? 28 April 2026/);
  // A holiday: meeting 4 moves from Tuesday 31 March to Thursday 2 April.
  await f.getByLabel('Date of meeting 4').fill('2026-04-02');
  await expect(meetings.nth(3)).toContainText(/Thursday,? 2 April 2026/);
  await f.getByRole('button', { name: 'Add a local resource' }).click();
  await f.getByLabel('Name of resource 1').fill('Family support line');
  await f.getByLabel('What they offer of resource 1').fill('A trained volunteer to talk to, weekdays 9 to 5.');
  await f.getByLabel('Phone of resource 1').fill('0123 456 789');
  await f.getByLabel('Phone of resource 1').blur();
  const link = await makeLink(f);
  expect(link.length).toBeLessThan(1500);
  await expect(f.getByRole('img', { name: /QR code that opens the class link/ })).toBeVisible();
  await expectNoAxeViolations(f, '/facilitate with a class pack');

  // The member opens the link two days after the first meeting.
  const mem = await person(browser, '2026-03-12T12:00:00Z');
  const m = mem.page;
  await m.goto('/');
  await m.goto(link);
  await expect(m.getByText('You are invited to a class')).toBeVisible();
  await expect(m.getByRole('heading', { level: 2, name: 'Tuesday family group' })).toBeVisible();
  const preview = m.locator('al-class-summary');
  await expect(preview).toContainText('Sam');
  await expect(preview).toContainText('Riverside Community Centre, Room 2');
  await expect(preview).toContainText('Thursday 2 April at 18:30');
  await expectNoAxeViolations(m, '/join preview');
  await m.getByRole('button', { name: 'Join this class' }).click();
  await expect(m.getByRole('heading', { level: 1, name: 'My class' })).toBeVisible();
  await expect(m.getByRole('status').filter({ hasText: 'You joined Tuesday family group.' })).toBeVisible();
  expect(new URL(m.url()).hash).toBe('');
  await expectNoAxeViolations(m, '/class');

  // Week 1 is open; week 3 is not, before its meeting date.
  await m.goto('/course');
  await expect(m.getByText('Weeks open on your class dates.')).toBeVisible();
  await expect(m.getByRole('link', { name: /Week 1:/ })).toBeVisible();
  await expect(m.getByRole('heading', { name: /Week 3:/ }).getByRole('link')).toHaveCount(0);
  await m.goto('/course/week/3');
  await expect(m.getByText('This week is not open yet. It opens on the date of its class meeting.')).toBeVisible();

  // Home shows the next meeting, and its calendar file downloads.
  await m.goto('/');
  const card = m.locator('al-class-home');
  await expect(card.getByRole('heading', { name: 'Your class: Tuesday family group' })).toBeVisible();
  await expect(card).toContainText('Next meeting · Week 2: Understanding what they are living with');
  await expect(card).toContainText('Tuesday 17 March at 18:30');
  await card.getByText('Our group agreements').click();
  await expect(card.getByText('We listen without trying to fix.')).toBeVisible();
  await expectNoAxeViolations(m, '/ in a class');
  const [download] = await Promise.all([m.waitForEvent('download'), card.getByRole('button', { name: 'Add to my calendar' }).click()]);
  expect(download.suggestedFilename()).toBe('tuesday-family-group-meetings.ics');
  const ics = await readFile((await download.path())!, 'utf8');
  expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/);
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(8);
  expect(ics).toContain('DTSTART:20260317T183000Z');
  expect(ics).toContain('DTSTART:20260402T173000Z'); // moved, and after the clocks went forward
  expect(ics).toContain('LOCATION:Riverside Community Centre\\, Room 2');

  // Local support shows on "Need help now?", below the crisis lines.
  await m.goto('/help');
  await expect(m.getByRole('heading', { name: 'Local support from your class' })).toBeVisible();
  await expect(m.getByRole('link', { name: '0123 456 789' })).toHaveAttribute('href', 'tel:0123456789');
  await expectNoAxeViolations(m, '/help with local support');

  // The member writes a reflection.
  await m.goto('/course/week/1');
  await openStep(m, 'Reflect');
  const reflection = 'I want to worry less about every text message.';
  await m.getByRole('textbox').first().fill(reflection);
  await expect(m.getByText('Saved on this device.').first()).toBeVisible();

  // A bad link says so kindly and changes nothing.
  await m.goto('/');
  await m.goto('/join#pack=not-a-real-class-pack');
  const problem = m.getByRole('alert').filter({ hasText: 'We could not open this class' });
  await expect(problem).toContainText('This class link looks damaged');
  await expect(problem).toContainText('Nothing on this device was changed.');
  await expectNoAxeViolations(m, '/join with a damaged link');

  // The facilitator moves meeting 3 and sends the link again.
  await f.getByLabel('Date of meeting 3').fill('2026-03-26');
  await expect(f.getByText('You changed the class. Make the class pack again to share the change.')).toBeVisible();
  const updated = await makeLink(f);
  expect(updated).not.toBe(link);

  await m.goto('/');
  await m.goto(updated);
  await expect(m.getByText('This updates your class:')).toBeVisible();
  await expect(m.getByText('The meeting for week 3 moved from Tuesday 24 March at 18:30 to Thursday 26 March at 18:30.')).toBeVisible();
  await m.getByRole('button', { name: 'Update my class' }).click();
  await expect(m.getByRole('status').filter({ hasText: 'Your class is up to date.' })).toBeVisible();
  await expect(m.locator('al-class-summary')).toContainText('Thursday 26 March at 18:30');

  // Week 3 now opens on the 26th, not the 24th; the reflection is still there.
  await mem.context.clock.setSystemTime(new Date('2026-03-25T12:00:00Z'));
  await m.goto('/course/week/3');
  await expect(m.getByText('This week is not open yet.')).toBeVisible();
  await mem.context.clock.setSystemTime(new Date('2026-03-26T08:00:00Z'));
  await m.goto('/course/week/3');
  await expect(m.getByRole('heading', { level: 1, name: 'The whole person and their strengths' })).toBeVisible();
  await m.goto('/course/week/1');
  await openStep(m, 'Reflect');
  await expect(m.getByRole('textbox').first()).toHaveValue(reflection);

  // Leaving keeps the reflection, and weeks go back to their own pace.
  await m.goto('/class');
  await m.getByRole('button', { name: 'Leave this class…' }).click();
  await m.getByRole('button', { name: 'Yes, leave the class' }).click();
  await expect(m.getByRole('status').filter({ hasText: 'You left the class.' })).toContainText('Your notes, reflections and progress are all still here');
  await m.goto('/course');
  await expect(m.getByText('Each week opens when you finish the one before.')).toBeVisible();
  await m.goto('/course/week/1');
  await openStep(m, 'Reflect');
  await expect(m.getByRole('textbox').first()).toHaveValue(reflection);

  fac.egress.assertNone();
  mem.egress.assertNone();
  await fac.context.close();
  await mem.context.close();
});

test('session mode: each part has a timer that runs with the clock, and the presentation moves with the keyboard', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-03-10T17:00:00Z') });
  await page.goto('/facilitate/session/1');
  await expect(page.getByRole('heading', { level: 1, name: 'Hope and the recovery model' })).toBeVisible();
  await expect(page.getByText('Say your first name, and one word for how you feel as you arrive today.')).toBeVisible();
  await expect(page.locator('al-roleplay-cards').getByText('“I’m fine. Stop asking.”')).toBeVisible();
  await expectNoAxeViolations(page, '/facilitate/session/1');

  // The clock only moves when the test says so.
  await page.clock.pauseAt(new Date('2026-03-10T17:01:00Z'));
  const timer = page.getByRole('timer', { name: /^Welcome:/ });
  await expect(timer).toHaveText('10:00');
  await page.getByRole('button', { name: 'Start timer for Welcome' }).click();
  await page.clock.runFor(65_000);
  await expect(timer).toHaveText('8:55');
  await page.getByRole('button', { name: 'Pause timer for Welcome' }).click();
  await page.clock.runFor(60_000);
  await expect(timer).toHaveText('8:55');
  await page.getByRole('button', { name: 'Resume timer for Welcome' }).click();
  await page.clock.runFor(9 * 60_000);
  await expect(timer).toHaveText('0:00');
  await expect(page.getByRole('status').filter({ hasText: 'Time is up for Welcome.' })).toBeVisible();
  await page.getByRole('button', { name: 'Reset timer for Welcome' }).click();
  await expect(timer).toHaveText('10:00');
  await expect(page.getByText('Time is up for Welcome.')).toHaveCount(0);
  await page.clock.resume();

  // The presentation view: large slides, keyboard to move, Escape to leave.
  await page.getByRole('link', { name: 'Open the presentation view' }).click();
  const dialog = page.getByRole('dialog', { name: 'Week 1: Hope and the recovery model' });
  await expect(dialog).toBeVisible();
  const slide = dialog.getByRole('heading', { level: 2 });
  await expect(slide).toHaveText('Hope and the recovery model');
  await expectNoAxeViolations(page, '/facilitate/present/1');
  await page.keyboard.press('ArrowRight');
  await expect(slide).toHaveText('Our group agreements');
  await page.keyboard.press('Space');
  await expect(slide).toHaveText('Say your first name, and one word for how you feel as you arrive today.');
  await page.keyboard.press('ArrowLeft');
  await expect(slide).toHaveText('Our group agreements');
  await page.keyboard.press('End');
  await expect(slide).toHaveText('What is one thing you will set down this week, even for a day?');
  await page.keyboard.press('ArrowRight');
  await expect(slide).toHaveText('What is one thing you will set down this week, even for a day?');
  await page.keyboard.press('Home');
  await expect(slide).toHaveText('Hope and the recovery model');
  // Only course content is shown: no names, notes or answers.
  await expect(dialog).not.toContainText('Sam');
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/facilitate\/session\/1$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Hope and the recovery model' })).toBeVisible();
});

test('sharing by choice: a small win as a big card, an image and a printable page', async ({ page }) => {
  await page.goto('/share');
  await expect(page.getByText('Nothing is shared unless you choose to show it. Alongside has no server.')).toBeVisible();
  await page.getByRole('radio', { name: 'A small win' }).check();
  await page.getByLabel('Your small win, in a few words').fill('I said no to lending money, kindly, and we still had dinner.');
  await expect(page.locator('.preview al-share-card')).toContainText('I said no to lending money');
  await expectNoAxeViolations(page, '/share');
  await page.getByRole('button', { name: 'Show it big on my screen' }).click();
  await expect(page.getByRole('dialog', { name: 'Your card, shown large' })).toBeVisible();
  await page.keyboard.press('Escape');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save as an image' }).click()]);
  expect(download.suggestedFilename()).toBe('alongside-win.png');
  const png = await readFile((await download.path())!);
  expect([...png.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1, name: 'Share one thing' })).toBeHidden();
  await expect(page.locator('.preview al-share-card')).toBeVisible();
});

test('a week’s handout prints without the app around it', async ({ page }) => {
  await page.goto('/course/week/4/handout');
  await expect(page.getByRole('heading', { level: 1, name: 'Communication that keeps the door open' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Key takeaways' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Skill sheet:/ })).toBeVisible();
  await expectNoAxeViolations(page, '/course/week/4/handout');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('link', { name: 'Need help now?' })).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print this handout' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Key takeaways' })).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(1000);
  await page.pdf({ format: 'Letter' });
});

for (const path of ['/facilitate', '/join', '/class']) {
  test(`${path} has no axe violations when empty`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText(/Opening/)).toHaveCount(0);
    await expectNoAxeViolations(page, path);
  });
}
