import type { Page, Worker } from '@playwright/test';
import { expect } from '../support/extension.ts';
import { testWithGrantedSites } from '../support/granted-sites.ts';
import { serveTestSite } from '../support/test-site.ts';
import { expectNoAxeViolations } from '../support/axe.ts';
import { watchEgress } from '../support/no-egress.ts';

/*
 * "Insert" in the popup's 60-second prep writes into the tab the toolbar button was clicked
 * on, through activeTab. Automation can neither click that button nor get activeTab, and a
 * popup opened as a page is the active tab itself. So, the two test seams, and only them:
 * - the extension loaded is a copy whose manifest grants http://127.0.0.1/* (the access a
 *   toolbar click gives), see support/granted-sites.ts;
 * - the popup opens at `index.html?tab=<id>`, naming the tab it is for, as the toolbar
 *   button would (extension/popup/insert-into-tab.ts).
 * What runs in the page is the built extension's own code.
 */
const test = testWithGrantedSites(['http://127.0.0.1/*']);

/** A page to write on: a textarea and a rich-text editor with words in them, and a password field. It records every input event. */
const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Write a message</title></head>
<body><main><h1>New message</h1>
<label for="message">Message</label><textarea id="message">Hi Sam. Talk soon.</textarea>
<p id="editor-label">Rich message</p><div id="editor" contenteditable="true" role="textbox" aria-multiline="true" aria-labelledby="editor-label">Dear Sam, see you soon.</div>
<label for="secret">Password</label> <input id="secret" type="password">
</main>
<script>
  window.heard = [];
  document.addEventListener('input', (e) => window.heard.push({ id: e.target.id, inputType: e.inputType, data: e.data }), true);
</script></body></html>`;

const OPENING = 'Can I share something I’ve noticed? It’s okay to say no.';
const EXIT = 'I need a short break. Let’s talk after dinner.';
const KIND = 'Click in your message first, then open Alongside again right away: your prep waits for you. Or copy the words and paste them.';

const site = serveTestSite(PAGE);

interface Heard {
  id: string;
  inputType: string;
  data: string | null;
}

async function heard(page: Page): Promise<Heard[]> {
  return page.evaluate(() => (window as unknown as { heard: Heard[] }).heard.splice(0));
}

/** The id of the tab showing `url`. */
async function tabIdOf(background: Worker, url: string): Promise<number> {
  return background.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]!.id!, url);
}

/** Goes through the 60-second prep to "You're ready", with a library opening line and an exit line of the person's own. */
async function prepare(popup: Page): Promise<void> {
  await popup.getByRole('button', { name: 'I’m about to have a hard conversation' }).click();
  await popup.getByRole('button', { name: 'I’m ready' }).click();
  await popup.getByRole('radio', { name: 'Say one boundary, calmly' }).check();
  await popup.getByRole('button', { name: 'Next', exact: true }).click();
  await popup.getByRole('radio', { name: /^Can I share something I’ve noticed\?/ }).check();
  await popup.getByRole('button', { name: 'Next', exact: true }).click();
  await popup.getByRole('radio', { name: 'My own words' }).check();
  await popup.getByRole('textbox', { name: 'Your words' }).fill(EXIT);
  await popup.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(popup.getByRole('heading', { name: 'You’re ready' })).toBeFocused();
}

test('the prep’s lines go into the message being written, at the cursor, as typing would; never into a password field', async ({ context, background, extensionUrl }) => {
  const egress = watchEgress(context);
  const origin = `http://127.0.0.1:${site.port}`;
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  const message = page.getByRole('textbox', { name: 'Message', exact: true });
  const editor = page.getByRole('textbox', { name: 'Rich message' });
  const password = page.getByLabel('Password');

  // The person was writing: the cursor sits after "Hi Sam." (11 characters from the end).
  await message.click();
  await page.keyboard.press('End');
  for (let i = 0; i < 11; i++) await page.keyboard.press('ArrowLeft');
  await heard(page);

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(extensionUrl(`extension/popup/index.html?tab=${await tabIdOf(background, `${origin}/*`)}`));
  await prepare(popup);

  await popup.getByRole('button', { name: 'Insert opening line into your message' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Put into your message.' })).toBeVisible();
  await expect(message).toHaveValue(`Hi Sam. ${OPENING} Talk soon.`);
  expect(await heard(page)).toEqual([{ id: 'message', inputType: 'insertText', data: ` ${OPENING}` }]);
  await expectNoAxeViolations(popup, 'quick prep: ready, a line inserted');

  // Rich text: the cursor after "Dear Sam," (14 characters from the end). (The popup stays
  // open here; a person would click in the page and open Alongside again.)
  await editor.click();
  await page.keyboard.press('End');
  for (let i = 0; i < 14; i++) await page.keyboard.press('ArrowLeft');
  await heard(page);
  await popup.getByRole('button', { name: 'Insert exit line into your message' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Put into your message.' })).toHaveCount(2);
  await expect(editor).toHaveText(`Dear Sam, ${EXIT} see you soon.`);
  expect(await heard(page)).toEqual([{ id: 'editor', inputType: 'insertText', data: ` ${EXIT}` }]);

  // A password field has the focus: nothing on the page changes, and the popup says what to do.
  await password.click();
  await page.keyboard.type('hunter22');
  await heard(page);
  await popup.getByRole('button', { name: 'Insert opening line into your message' }).click();
  await expect(popup.getByRole('status').filter({ hasText: KIND })).toBeVisible();
  await expect(password).toHaveValue('hunter22');
  await expect(message).toHaveValue(`Hi Sam. ${OPENING} Talk soon.`);
  await expect(editor).toHaveText(`Dear Sam, ${EXIT} see you soon.`);
  expect(await heard(page)).toEqual([]);
  await expectNoAxeViolations(popup, 'quick prep: ready, nowhere to insert');

  // Nothing has the focus (the person clicked on the page's text): the same kind words.
  await page.getByRole('heading', { name: 'New message' }).click();
  await popup.getByRole('button', { name: 'Insert exit line into your message' }).click();
  await expect(popup.getByRole('status').filter({ hasText: KIND })).toHaveCount(2);
  expect(await heard(page)).toEqual([]);
  egress.assertNone();
});

test('on a page Alongside was given no access to, Insert changes nothing and says to copy instead', async ({ context, background, extensionUrl }) => {
  // The same page under another name (localhost): this copy of the extension has no access to it.
  // Opened by the extension, so the test knows its tab id (with no access, it can't look the tab up by address).
  const popup = await context.newPage();
  const opened = context.waitForEvent('page');
  const tabId = await background.evaluate(async (url) => (await chrome.tabs.create({ url })).id!, `http://localhost:${site.port}/`);
  const page = await opened;
  await page.waitForLoadState();
  await page.getByRole('textbox', { name: 'Message', exact: true }).click();
  await heard(page);

  await popup.goto(extensionUrl(`extension/popup/index.html?tab=${tabId}`));
  await prepare(popup);
  await popup.getByRole('button', { name: 'Insert opening line into your message' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Alongside can’t write on this page. You can copy the words and paste them.' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Message', exact: true })).toHaveValue('Hi Sam. Talk soon.');
  expect(await heard(page)).toEqual([]);
});
