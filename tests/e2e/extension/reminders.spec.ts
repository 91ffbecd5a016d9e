import type { Page, Worker } from '@playwright/test';
import { expect, test } from '../support/extension.ts';
import { expectNoAxeViolations } from '../support/axe.ts';
import { watchEgress } from '../support/no-egress.ts';
import { changeInStore, plan } from '../support/plan-record.ts';

/** Runs a change on the extension's database from one of its pages, as the data layer would store it. */
async function inStore(page: Page, store: string, action: 'put' | 'delete', value: unknown): Promise<void> {
  await page.evaluate(changeInStore, [store, action, value] as const);
}

/** What an extension page sends after saving or deleting a plan. */
async function plansChanged(page: Page): Promise<unknown> {
  return page.evaluate(() => chrome.runtime.sendMessage({ type: 'plans-changed', payload: {} }));
}

async function planAlarms(background: Worker): Promise<{ name: string; scheduledTime: number }[]> {
  const all = await background.evaluate(() => chrome.alarms.getAll());
  return all.filter((a) => a.name.startsWith('plan:')).map(({ name, scheduledTime }) => ({ name, scheduledTime }));
}

test('a dated plan gets a reminder alarm at its lead time; an undated one none; deleting the plan clears it', async ({ context, background, extensionUrl }) => {
  const egress = watchEgress(context);
  const page = await context.newPage();
  await page.goto(extensionUrl('extension/options/index.html'));
  // One minute before, set as a person would on the options page (this also opens the database).
  const lead = page.getByRole('spinbutton', { name: 'Minutes before a planned talk' });
  await lead.fill('1');
  await lead.press('Tab');
  await expect(page.getByText('Reminder time saved.')).toBeVisible();

  const talkAt = Date.now() + 2 * 60_000;
  await inStore(page, 'plans', 'put', plan('dated', talkAt));
  await inStore(page, 'plans', 'put', plan('undated'));
  expect(await plansChanged(page)).toEqual({ ok: true, value: { reminders: 1 } });

  const alarms = await planAlarms(background);
  expect(alarms.map((a) => a.name)).toEqual(['plan:dated']);
  expect(Math.abs(alarms[0]!.scheduledTime - (talkAt - 60_000))).toBeLessThan(2000);

  // The reminder opens the plan, read-only.
  await page.goto(extensionUrl('extension/plan/index.html?id=dated'));
  await expect(page.getByRole('heading', { level: 1, name: 'Talk with Sam about money' })).toBeVisible();
  await expect(page.getByText('I love you, and I want to talk about something hard.')).toBeVisible();
  await expect(page.getByText('Let’s both slow down. I’m listening.')).toBeVisible();
  await expect(page.getByText('I can’t give you money. I can drive you to work instead.')).toBeVisible();
  // What they made ready, and the reply they expect, are there to glance at too.
  await expect(page.getByText('The number of the debt advice line')).toBeVisible();
  await expect(page.getByText('“You never trust me with money.”')).toBeVisible();
  // Before a hard conversation, crisis help is right there.
  await expect(page.getByRole('complementary', { name: 'Need help now?' }).getByRole('link').first()).toBeVisible();
  await expectNoAxeViolations(page, 'plan page');

  await inStore(page, 'plans', 'delete', 'dated');
  expect(await plansChanged(page)).toEqual({ ok: true, value: { reminders: 0 } });
  expect(await planAlarms(background)).toEqual([]);
  egress.assertNone();
});

test('the background refuses a message it does not know, and one from the wrong place', async ({ context, extensionUrl }) => {
  const page = await context.newPage();
  await page.goto(extensionUrl('extension/options/index.html'));
  expect(await page.evaluate(() => chrome.runtime.sendMessage({ type: 'read-everything', payload: {} }))).toEqual({ ok: false, error: 'refused' });
  expect(await page.evaluate(() => chrome.runtime.sendMessage({ type: 'plans-changed', payload: { extra: 1 } }))).toEqual({ ok: false, error: 'refused' });
  // An extension page is not a web page: it can't ask for prompts meant for the in-page script.
  expect(await page.evaluate(() => chrome.runtime.sendMessage({ type: 'prompts-for-cues', payload: { kinds: ['blame'] } }))).toEqual({ ok: false, error: 'refused' });
});
