import { serveTestSite } from '../support/test-site.ts';
import { PWA_URL, button, everythingKept, expectNoAxeViolationsInFirefox, field, firefoxTest, readChip, tabWhere, text } from '../support/firefox.ts';
import { expect } from '@playwright/test';

/** A small page to write on, served on 127.0.0.1. */
const site = serveTestSite(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Write a message</title></head>
<body><main><h1>New message</h1><label for="message">Message</label><textarea id="message" rows="6" cols="60"></textarea></main></body></html>`);

// Firefox's host patterns take no port (extension/site-origin.ts): these cover the test site and the course.
const test = firefoxTest(() => ['http://127.0.0.1/*', `http://${new URL(PWA_URL).hostname}/*`]);

const HARD = 'You never listen, this is your last chance!!!';

test('in Firefox: the popup and options pass axe; on a site turned on, a hard message gets the chip, Insert puts calm words in, and nothing typed is kept', async ({ firefox }) => {
  const { browser, options, openExtensionPage } = firefox;
  await expectNoAxeViolationsInFirefox(options, 'options');

  const popup = await openExtensionPage('extension/popup/index.html');
  await popup.setViewport({ width: 380, height: 600 });
  await expect.poll(() => text(popup)).toContain('No boundaries yet.');
  await expectNoAxeViolationsInFirefox(popup, 'popup');
  await (await button(popup, 'Need help now?')).click();
  await expect.poll(() => text(popup)).toContain('call your local emergency number');
  await expectNoAxeViolationsInFirefox(popup, 'popup with help open');

  // Turned on from the options page, as a person would (the copy's manifest answers Firefox's question).
  await (await field(options, 'Another site')).type(site.origin);
  await (await button(options, 'Turn on')).click();
  // In Firefox a site is its host on any port.
  await button(options, `Stop using Alongside on ${new URL(site.origin).hostname}`);

  const page = await browser.newPage();
  await page.goto(`${site.origin}/`);
  await page.type('#message', HARD);
  await page.waitForSelector('alongside-chip', { timeout: 10_000 });
  await expect.poll(() => readChip<string[]>(page, { what: 'buttons' })).toEqual(['Alongside: a gentle thought before you send?', 'Not now']);

  const open = await readChip<{ x: number; y: number }>(page, { what: 'centre', name: 'Alongside: a gentle thought before you send?' });
  await page.mouse.click(open!.x, open!.y);
  // The panel draws its heading at once and its words when the background answers: wait for the words.
  const insertsNow = async () => ((await readChip<string[]>(page, { what: 'buttons' })) ?? []).filter((name) => name.startsWith('Insert:'));
  await expect.poll(async () => (await insertsNow()).length).toBeGreaterThanOrEqual(2);
  const inserts = await insertsNow();
  const words = inserts[0]!.replace(/^Insert: /, '');
  const insert = await readChip<{ x: number; y: number }>(page, { what: 'centre', name: inserts[0]! });
  await page.mouse.click(insert!.x, insert!.y);
  await expect.poll(() => page.$eval('#message', (el) => (el as HTMLTextAreaElement).value)).toContain(words.slice(0, 20));
  await expect.poll(() => page.$('alongside-chip')).toBeNull();

  // Nothing of what was typed is in anything the add-on keeps.
  const kept = await everythingKept(options);
  expect(kept).not.toContain('your last chance');
  expect(kept).not.toContain('never listen');
});

test('in Firefox: linking starts in the extension; a boundary saved in the popup reaches the course; asked again from the course, only a yes in the extension links; Unlink there cuts the course off', async ({ firefox }) => {
  const { browser, options, openExtensionPage } = firefox;
  await expect.poll(() => text(options)).toContain('Not linked with the course.');
  await (await button(options, 'Link with the course')).click();
  await expect.poll(() => text(options)).toContain('Linked. The course opened in a new tab');

  const course = await tabWhere(browser, (href) => href.startsWith(`${PWA_URL}/settings`));
  await expect.poll(() => text(course), { timeout: 15_000 }).toContain('Linked with the Alongside extension.');

  const popup = await openExtensionPage('extension/popup/index.html');
  await expect.poll(() => text(popup)).toContain('Linked with the course');
  await (await field(popup, 'When this happens')).type('my brother calls after midnight');
  await (await field(popup, 'I will')).type('text back that I love him and will call in the morning');
  await (await button(popup, 'Save boundary')).click();
  const sentence = 'When my brother calls after midnight, I will text back that I love him and will call in the morning.';
  await expect.poll(() => text(popup)).toContain(sentence);

  // The course syncs as it starts: the boundary made in the extension is there.
  await expect(async () => {
    await course.goto(`${PWA_URL}/boundaries`);
    await expect.poll(() => text(course), { timeout: 3000 }).toContain(sentence);
  }).toPass({ timeout: 20_000 });

  // Unlinked from the course's side, the bridge stays: the course may ask again, and only the
  // person's yes in the extension's own window links them.
  await course.goto(`${PWA_URL}/settings`);
  await (await button(course, 'Unlink')).click();
  await expect.poll(() => text(course)).toContain('The Alongside extension is installed in this browser.');
  await (await button(course, 'Link')).click();
  const confirm = await tabWhere(browser, (href) => href.includes('/extension/link-confirm/index.html'));
  await expect.poll(() => text(confirm)).toContain('Link with the course?');
  await expect.poll(() => text(course)).toContain('Confirm in the extension.');
  await (await button(confirm, 'Yes, link them')).click();
  await expect.poll(() => text(course), { timeout: 15_000 }).toContain('Linked with the Alongside extension.');

  // Unlink in the extension: the bridge goes, and the course no longer finds the extension.
  const popupAgain = await openExtensionPage('extension/popup/index.html');
  await (await button(popupAgain, 'Unlink')).click();
  await course.goto(`${PWA_URL}/settings`);
  await expect.poll(() => text(course)).toContain('In Firefox, linking starts in the extension');
});
