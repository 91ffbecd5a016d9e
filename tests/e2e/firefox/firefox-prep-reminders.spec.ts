import { expect } from '@playwright/test';
import { serveTestSite } from '../support/test-site.ts';
import { button, choice, expectNoAxeViolationsInFirefox, field, firefoxTest, retype, text } from '../support/firefox.ts';
import { changeInStore, plan } from '../support/plan-record.ts';

/*
 * "Insert" writes into the tab the toolbar button was clicked on (activeTab). As in Chrome,
 * automation can't click that button: the add-on is a copy that grants the test site, and the
 * popup opens at `index.html?tab=<id>`, naming the tab as the toolbar button would
 * (extension/popup/insert-into-tab.ts).
 */
const site = serveTestSite(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Write a message</title></head>
<body><main><h1>New message</h1><label for="message">Message</label><textarea id="message">Hi Sam. Talk soon.</textarea></main></body></html>`);

const test = firefoxTest(() => ['http://127.0.0.1/*']);

const OPENING = 'Can I share something I’ve noticed? It’s okay to say no.';
const EXIT = 'I need a short break. Let’s talk after dinner.';

test('in Firefox: the 60-second prep’s opening line goes into the message being written, at the cursor', async ({ firefox }) => {
  const { browser, options, openExtensionPage } = firefox;
  const page = await browser.newPage();
  await page.goto(`${site.origin}/`);
  // The cursor after "Hi Sam." (11 characters from the end), as the person left it.
  await page.click('#message');
  await page.keyboard.press('End');
  for (let i = 0; i < 11; i++) await page.keyboard.press('ArrowLeft');

  // Firefox matches a host on every port (extension/site-origin.ts).
  const tabId = await options.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]!.id!, `http://${new URL(site.origin).hostname}/*`);
  const popup = await openExtensionPage(`extension/popup/index.html?tab=${tabId}`);
  await popup.setViewport({ width: 380, height: 600 });
  await (await button(popup, 'I’m about to have a hard conversation')).click();
  await (await button(popup, 'I’m ready')).click();
  await (await choice(popup, 'Say one boundary, calmly')).click();
  await (await button(popup, 'Next')).click();
  await (await choice(popup, 'Can I share something I’ve noticed?')).click();
  await (await button(popup, 'Next')).click();
  await (await choice(popup, 'My own words')).click();
  await (await field(popup, 'Your words')).type(EXIT);
  await (await button(popup, 'Next')).click();
  await expect.poll(() => text(popup)).toContain('You’re ready');
  await expectNoAxeViolationsInFirefox(popup, 'quick prep: ready');

  await (await button(popup, 'Insert opening line into your message')).click();
  await expect.poll(() => text(popup)).toContain('Put into your message.');
  expect(await page.$eval('#message', (el) => (el as HTMLTextAreaElement).value)).toBe(`Hi Sam. ${OPENING} Talk soon.`);
});

test('in Firefox: a plan with a time gets its reminder alarm at the chosen lead time, and the reminder’s page shows the plan', async ({ firefox }) => {
  const { options, openExtensionPage } = firefox;
  // One minute before, set as a person would on the options page (this also opens the database).
  await retype(await field(options, 'Minutes before a planned talk'), '1');
  await options.keyboard.press('Tab');
  await expect.poll(() => text(options)).toContain('Reminder time saved.');

  const talkAt = Date.now() + 2 * 60_000;
  await options.evaluate(changeInStore, ['plans', 'put', plan('dated', talkAt)] as const);
  await options.evaluate(changeInStore, ['plans', 'put', plan('undated')] as const);
  // What an extension page sends after saving a plan: checked as coming from the add-on's own pages.
  expect(await options.evaluate(() => chrome.runtime.sendMessage({ type: 'plans-changed', payload: {} }))).toEqual({ ok: true, value: { reminders: 1 } });
  const alarms = await options.evaluate(async () => (await chrome.alarms.getAll()).filter((a) => a.name.startsWith('plan:')).map(({ name, scheduledTime }) => ({ name, scheduledTime })));
  expect(alarms.map((a) => a.name)).toEqual(['plan:dated']);
  expect(Math.abs(alarms[0]!.scheduledTime - (talkAt - 60_000))).toBeLessThan(2000);

  const planPage = await openExtensionPage('extension/plan/index.html?id=dated');
  await expect.poll(() => text(planPage)).toContain('Talk with Sam about money');
  expect(await text(planPage)).toContain('I love you, and I want to talk about something hard.');
  expect(await text(planPage)).toContain('Need help now?');
  await expectNoAxeViolationsInFirefox(planPage, 'plan page');
});
