import { expect, test } from '../support/extension.ts';
import { expectNoAxeViolations } from '../support/axe.ts';
import { saveBoundaryWithBuilder } from '../support/boundary-builder.ts';
import { PWA_URL, askToLink } from '../support/course-link.ts';


test('linked with the course: a boundary made in the course shows in the popup, one made in the popup reaches the course, and one deleted in the popup leaves the course', async ({ context, extensionUrl }) => {
  const page = await context.newPage();
  await page.goto(`${PWA_URL}/settings`);
  const card = page.locator('al-link-card');
  await expect(card.getByText('The Alongside extension is installed in this browser.')).toBeVisible();
  const confirm = await askToLink(context, page);
  await confirm.getByRole('button', { name: 'Yes, link them' }).click();
  await expect(confirm.getByText('Linked. Your toolkit is now the same in the course and here.')).toBeVisible();
  await confirm.close();
  await page.bringToFront();
  await expect(card.getByText('Linked with the Alongside extension.')).toBeVisible();
  await expectNoAxeViolations(page, 'settings, linked');

  const popup = await context.newPage();
  await popup.goto(extensionUrl('extension/popup/index.html'));
  await expect(popup.getByText('Linked with the course')).toBeVisible();
  await expectNoAxeViolations(popup, 'popup, linked');

  // One boundary made in the course (with its builder), one in the popup.
  await page.goto(`${PWA_URL}/boundaries`);
  await saveBoundaryWithBuilder(page, { situation: 'you ask me for money', action: 'say no kindly', reason: 'I want to support you, not the drinking' });
  const first = 'When you ask me for money, I will say no kindly, because I want to support you, not the drinking.';
  await expect(page.getByText(first)).toBeVisible();
  await popup.getByRole('textbox', { name: 'When this happens' }).fill('the shouting starts');
  await popup.getByRole('textbox', { name: 'I will' }).fill('leave the room and come back in ten minutes');
  await popup.getByRole('button', { name: 'Save boundary' }).click();
  const second = 'When the shouting starts, I will leave the room and come back in ten minutes.';
  await expect(popup.getByText(second)).toBeVisible();

  // The course syncs shortly after a change; the popup reads the extension's own database.
  await expect(async () => {
    await popup.reload();
    await expect(popup.getByText(first)).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });

  await popup.getByRole('button', { name: `Delete: ${first}` }).click();
  await expect(popup.getByText(first)).toHaveCount(0);

  // The course syncs when it starts: the popup's boundary reaches it, and the deletion does too.
  await expect(async () => {
    await page.reload();
    await expect(page.getByText(second)).toBeVisible({ timeout: 2000 });
    await expect(page.getByText(first)).toHaveCount(0, { timeout: 2000 });
  }).toPass({ timeout: 15_000 });

  // Unlinking in the popup unlinks the course too.
  await popup.reload();
  await popup.getByRole('button', { name: 'Unlink' }).click();
  await page.goto(`${PWA_URL}/settings`);
  await expect(card.getByRole('button', { name: 'Link', exact: true })).toBeVisible();
});

test('a talk planned in the course two minutes ahead gets its reminder in the linked extension, one minute before', async ({ context, background, extensionUrl }) => {
  const options = await context.newPage();
  await options.goto(extensionUrl('extension/options/index.html'));
  const lead = options.getByRole('spinbutton', { name: 'Minutes before a planned talk' });
  await lead.fill('1');
  await lead.press('Tab');
  await expect(options.getByText('Reminder time saved.')).toBeVisible();

  const page = await context.newPage();
  await page.goto(`${PWA_URL}/settings`);
  const confirm = await askToLink(context, page);
  await confirm.getByRole('button', { name: 'Yes, link them' }).click();
  await expect(confirm.getByText('Linked. Your toolkit is now the same in the course and here.')).toBeVisible();
  await confirm.close();
  await page.bringToFront();
  await expect(page.locator('al-link-card').getByText('Linked with the Alongside extension.')).toBeVisible();

  // Two whole minutes ahead, in the browser's own time zone (the field takes local time, to the minute).
  const { talkAt, local } = await page.evaluate(() => {
    const at = new Date(Math.ceil(Date.now() / 60_000) * 60_000 + 2 * 60_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    return { talkAt: at.getTime(), local: `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}` };
  });
  await page.goto(`${PWA_URL}/plans/new`);
  await page.getByRole('textbox', { name: 'Who you will talk with' }).fill('Sam');
  await page.getByRole('textbox', { name: 'What it is about' }).fill('money for rent');
  await page.getByRole('textbox', { name: 'My goal' }).fill('That Sam knows I care.');
  await page.getByLabel('Date and time (optional)').fill(local);
  await page.getByRole('button', { name: 'Save plan' }).click();
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);
  const planId = page.url().split('/').pop()!;

  // The course syncs shortly after a change; the extension's background then sets the alarm.
  await expect(async () => {
    const alarms = await background.evaluate(() => chrome.alarms.getAll());
    const alarm = alarms.find((a) => a.name === `plan:${planId}`);
    expect(alarm, 'the reminder alarm').toBeDefined();
    expect(Math.abs(alarm!.scheduledTime - (talkAt - 60_000))).toBeLessThan(2000);
  }).toPass({ timeout: 20_000 });
});
