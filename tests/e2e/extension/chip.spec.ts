import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page, Worker } from '@playwright/test';
import { IN_PAGE_SCRIPT } from '../../../extension/in-page-script.ts';
import { expect } from '../support/extension.ts';
import { answered, inPageSettled, readsSince, testWithGrantedSites, watchedMessages, watchMark } from '../support/granted-sites.ts';
import { serveTestSite, turnOnSite } from '../support/test-site.ts';
import { expectNoAxeViolations } from '../support/axe.ts';
import { ClosedShadow } from '../support/closed-shadow.ts';
import { watchEgress } from '../support/no-egress.ts';

/*
 * Turning a site on needs the browser's permission prompt, which headless Chromium shows
 * as native UI that automation can't answer (checked with Chromium 156: a click-started
 * `chrome.permissions.request` stays pending; `--apps-gallery-install-auto-confirm-for-tests`
 * doesn't answer it). So these tests load a copy of the built extension whose manifest
 * also grants `http://127.0.0.1/*` at install: the real "Turn on" button on the options
 * page then runs the real `enableSite()`, whose request resolves at once because the
 * browser already granted it. The product's own manifest grants no site (popup.spec.ts).
 */
const test = testWithGrantedSites(['http://127.0.0.1/*'], { watchMessages: true });

/**
 * A small page to write on: a textarea, a rich-text editor, a password field, and a card
 * field that only its label names. It records the input events it hears.
 */
const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Write a message</title>
<style>body { font: 16px/1.5 sans-serif; margin: 2rem; max-width: 40rem } textarea, [contenteditable] { display: block; width: 100%; min-height: 6rem; border: 1px solid #888; padding: .5rem; margin: .25rem 0 1.5rem; box-sizing: border-box } * { letter-spacing: 3px !important; }</style></head>
<body><main><h1>New message</h1>
<label for="message">Message</label><textarea id="message"></textarea>
<p id="editor-label">Rich message</p><div id="editor" contenteditable="true" role="textbox" aria-multiline="true" aria-labelledby="editor-label"></div>
<label for="secret">Password</label> <input id="secret" type="password">
<label for="f3">Card number</label> <input id="f3">
</main>
<script>
  window.heard = [];
  for (const id of ['message', 'editor']) {
    document.getElementById(id).addEventListener('input', (e) => window.heard.push({ id, inputType: e.inputType, data: e.data }));
  }
</script></body></html>`;

const site = serveTestSite(PAGE);

const HARD = 'You never listen, this is your last chance!!!';
const ORDINARY = 'Looking forward to dinner on Sunday. I will bring dessert.';

/** Inserted words the page heard, cleared first. */
async function clearHeard(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as { heard: unknown[] }).heard = []));
}
async function heard(page: Page): Promise<{ id: string; inputType: string; data: string | null }[]> {
  return page.evaluate(() => (window as unknown as { heard: { id: string; inputType: string; data: string | null }[] }).heard);
}

/** Turns the test site on, opens it, and gives the chip, a reader for its closed root, and the message field. */
async function writeOnTestSite(context: BrowserContext, optionsUrl: string): Promise<{ page: Page; chip: Locator; shadow: ClosedShadow; message: Locator }> {
  const page = await context.newPage();
  await turnOnSite(page, optionsUrl, site.origin);
  await page.goto(`${site.origin}/`);
  return {
    page,
    chip: page.locator('alongside-chip'),
    shadow: await ClosedShadow.open(page, 'alongside-chip'),
    message: page.getByRole('textbox', { name: 'Message', exact: true }),
  };
}

test('on a site turned on, a hard message gets a gentle chip with prompts to insert; nothing leaves the machine', async ({ context, extensionUrl, background }) => {
  const egress = watchEgress(context);
  const { page, chip, shadow, message } = await writeOnTestSite(context, extensionUrl('extension/options/index.html'));

  // Ordinary words: nothing is added to the page.
  await message.click();
  let mark = await watchMark(background);
  await message.pressSequentially(ORDINARY);
  expect(await answered(page, background, mark, 'read-message', { text: ORDINARY })).toMatchObject({ nudge: false });
  await expect(chip).toHaveCount(0);

  // A hard message: after the pause, the chip.
  await message.fill(HARD);
  await expect(chip).toBeAttached();
  expect(await shadow.names('button')).toEqual(['Alongside: a gentle thought before you send?', 'Not now']);

  // Keyboard: Tab reaches the chip, Enter opens the panel with focus inside, Escape goes back to the field.
  await message.focus();
  await page.keyboard.press('End');
  await page.keyboard.press('Tab');
  await expect(chip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => shadow.names('dialog')).toEqual(['A gentle thought']);
  await expect(chip).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(message).toBeFocused();
  await expect.poll(() => shadow.names('dialog')).toEqual([]);

  // The mouse: the panel explains the cues kindly and offers words, then Insert puts them at the cursor.
  await shadow.click('button', 'Alongside: a gentle thought before you send?');
  await expect.poll(() => shadow.text()).toContain('Words you could use');
  const text = await shadow.text();
  // Each cue, with its own kind explanation (the accessibility tree drops whitespace-only text, hence no space).
  expect(text).toContain('“You never”Words like “always” and “never” can make someone defend themselves instead of hearing you.');
  expect(text).toContain('“your last chance”A threat said in anger is hard to take back.');
  // The words come when the background answers, a moment after the heading.
  await expect.poll(() => shadow.names('button').then((n) => n.filter((x) => x.startsWith('Insert:')).length)).toBeGreaterThanOrEqual(2);
  const inserts = await shadow.names('button').then((n) => n.filter((x) => x.startsWith('Insert:')));
  expect(inserts.length).toBeLessThanOrEqual(3);
  await expectNoAxeViolations(page, 'test page with the chip panel open');
  // Clicking the panel's text (to read it, or by chance) keeps it open.
  const box = (await chip.boundingBox())!;
  await page.mouse.click(box.x + 30, box.y + 70);
  // What would close it: focus outside both the field and the chip, checked 120 ms after it moves.
  // Focus is the cause, so it is what is asserted, with no sleep past that check.
  await expect(chip).toBeFocused();
  expect(await shadow.names('dialog')).toEqual(['A gentle thought']);

  await clearHeard(page);
  mark = await watchMark(background);
  await shadow.click('button', inserts[0]!);
  await expect(chip).toHaveCount(0);
  await expect(message).toBeFocused();
  const value = await message.inputValue();
  expect(value.startsWith(`${HARD} `)).toBe(true);
  const inserted = value.slice(HARD.length + 1);
  expect(inserted.length).toBeGreaterThan(10);
  expect(inserted.startsWith(inserts[0]!.slice('Insert: '.length).replace(/…$/, ''))).toBe(true);
  expect(await heard(page)).toContainEqual({ id: 'message', inputType: 'insertText', data: ` ${inserted}` });
  // Inserting counts as "not now" for this message: no chip straight back. The text with the
  // words in is read twice: at once, for the snooze, then after the pause the insert's input starts.
  expect(await answered(page, background, mark, 'read-message', { text: value, nth: 2 })).toMatchObject({ nudge: true });
  await expect(chip).toHaveCount(0);

  // The same in a rich-text editor, with the cursor in the middle of the text.
  const editor = page.getByRole('textbox', { name: 'Rich message' });
  await editor.click();
  await page.keyboard.insertText('I am done. ');
  await page.keyboard.insertText('You always do this and it is your fault!!!');
  await expect(chip).toBeAttached();
  await page.evaluate(() => {
    const node = document.getElementById('editor')!.firstChild!;
    const range = document.createRange();
    range.setStart(node, 'I am done.'.length);
    range.collapse(true);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('ArrowRight');
  await shadow.click('button', 'Alongside: a gentle thought before you send?');
  await expect.poll(() => shadow.names('button').then((n) => n.filter((x) => x.startsWith('Insert:')).length)).toBeGreaterThanOrEqual(2);
  await clearHeard(page);
  const [firstRich] = await shadow.names('button').then((n) => n.filter((x) => x.startsWith('Insert:')));
  await shadow.click('button', firstRich!);
  await expect(chip).toHaveCount(0);
  const rich = await editor.textContent();
  const words = firstRich!.slice('Insert: '.length).replace(/…$/, '');
  expect(rich!.startsWith(`I am done. ${words}`)).toBe(true);
  expect(rich!.endsWith('You always do this and it is your fault!!!')).toBe(true);
  expect((await heard(page)).some((h) => h.id === 'editor' && h.inputType === 'insertText' && (h.data ?? '').includes(words))).toBe(true);

  // "Not now": gone until the message changes a lot.
  await message.fill('');
  await message.fill(HARD);
  await expect(chip).toBeAttached();
  await shadow.click('button', 'Not now');
  await expect(chip).toHaveCount(0);
  await message.press('End');
  mark = await watchMark(background);
  await message.pressSequentially(' ok');
  expect(await answered(page, background, mark, 'read-message', { text: `${HARD} ok` })).toMatchObject({ nudge: true });
  await expect(chip).toHaveCount(0);
  await message.pressSequentially(' And you are such a liar.');
  await expect(chip).toBeAttached();

  // A password field is never read (so never gets a chip), nor a card field that only its label
  // names. Each already holds words when focused, as after autofill: a message field is read the
  // moment it is focused. Then the message field, focused again, is read at once; the page sends
  // in order, so by its answer any reading of the two fields would have been seen.
  mark = await watchMark(background);
  for (const label of ['Password', 'Card number']) {
    const field = page.getByLabel(label);
    await field.evaluate((el: HTMLInputElement, words) => (el.value = words), HARD);
    await field.fill(HARD);
    await expect(chip).toHaveCount(0);
  }
  await message.focus();
  const messageText = await message.inputValue();
  await answered(page, background, mark, 'read-message', { text: messageText });
  expect(await readsSince(background, mark)).toEqual([messageText]);

  // "Quiet on this site today": says so, then stays quiet, also after a reload.
  await message.fill('');
  await message.fill(HARD);
  await expect(chip).toBeAttached();
  await shadow.click('button', 'Alongside: a gentle thought before you send?');
  // The panel is still while its words arrive: a click aimed at a button that then moves lands elsewhere.
  await expect.poll(() => shadow.names('button').then((n) => n.filter((x) => x.startsWith('Insert:')).length)).toBeGreaterThanOrEqual(2);
  await shadow.click('button', 'Quiet on this site today');
  await expect.poll(() => shadow.text()).toContain('stay quiet on this site until tomorrow');
  await shadow.click('button', 'Close');
  await expect(chip).toHaveCount(0);
  // Close stopped the in-page script: it sends nothing more, so there is no answer to wait for;
  // once any typing pause has passed and a later message has arrived, nothing did.
  await message.fill(`${HARD} Really, you never do.`);
  await inPageSettled(page, background);
  await expect(chip).toHaveCount(0);
  // After a reload, the field's first focus asks whether Alongside is on here; told it is quiet,
  // the script stops there, before reading anything.
  mark = await watchMark(background);
  await page.reload();
  await page.getByRole('textbox', { name: 'Message', exact: true }).fill(HARD);
  expect(await answered(page, background, mark, 'site-state')).toEqual({ active: false });
  await expect(chip).toHaveCount(0);
  expect((await watchedMessages(background)).slice(mark).map((m) => m.type)).toEqual(['site-state']);

  // The background read every message above, and kept none of it in its database (the
  // extension has no "storage" permission, so IndexedDB is all it has).
  const kept = await everythingKept(background);
  expect(kept.length).toBeGreaterThan(100); // The site turned on, at least, is there.
  for (const typed of ['last chance', 'You never listen', 'such a liar', 'your fault', 'Looking forward to dinner']) expect(kept).not.toContain(typed);

  egress.assertNone();
});

/** Everything the extension keeps in its databases, as one string. */
async function everythingKept(background: Worker): Promise<string> {
  return background.evaluate(async () => {
    const dump: unknown[] = [];
    for (const { name } of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name!);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const tx = db.transaction(store);
        dump.push(await new Promise((resolve) => (tx.objectStore(store).getAll().onsuccess = (e) => resolve((e.target as IDBRequest).result))));
      }
      db.close();
    }
    return JSON.stringify(dump);
  });
}

/** The links inside the chip's closed shadow root, with their text and address (read through DevTools, as with ClosedShadow). */
async function chipLinks(page: Page): Promise<{ text: string; href: string }[]> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  type Node = typeof root;
  const links: { text: string; href: string }[] = [];
  const textOf = (n: Node): string => (n.nodeType === 3 ? n.nodeValue : (n.children ?? []).map(textOf).join(''));
  const walk = (n: Node, inChip: boolean): void => {
    const here = inChip || n.localName === 'alongside-chip';
    if (here && n.localName === 'a') {
      const attrs = n.attributes ?? [];
      links.push({ text: textOf(n).trim(), href: attrs[attrs.indexOf('href') + 1] ?? '' });
    }
    for (const child of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) walk(child, here);
  };
  walk(root, false);
  await cdp.detach();
  return links;
}

const DESPAIR = 'I can’t do this anymore. Sometimes I wish I was dead.';
const BOUNDARY = 'If you touch me again I’m calling the police.';

test('despair gets crisis help for the person’s country, not style advice; danger from the other person gets safety help, never called a threat', async ({ context, extensionUrl, background }) => {
  // The browser's language here is US English: the background goes by it when no country was chosen.
  expect(await background.evaluate(() => navigator.languages[0])).toBe('en-US');
  const { page, chip, shadow, message } = await writeOnTestSite(context, extensionUrl('extension/options/index.html'));

  await message.click();
  await message.pressSequentially(DESPAIR);
  await expect(chip).toBeAttached();
  expect(await shadow.names('button')).toEqual(['Alongside: you don’t have to carry this alone', 'Not now']);
  await shadow.click('button', 'Alongside: you don’t have to carry this alone');
  await expect.poll(() => shadow.names('dialog')).toEqual(['Help is here']);
  const crisis = await shadow.text();
  expect(crisis).toContain('It sounds like things are really hard right now. You don’t have to carry this alone.');
  expect(crisis).toContain('In the United States');
  // The lines as tap targets that open the dialler: the 988 Lifeline and the emergency number.
  const links = await chipLinks(page);
  expect(links).toContainEqual({ text: 'Call 988', href: 'tel:988' });
  expect(links).toContainEqual({ text: 'Text 988', href: 'sms:988' });
  expect(links).toContainEqual({ text: 'Call 911', href: 'tel:911' });
  expect(await shadow.names('link')).toContain('Call 988: 988 Suicide & Crisis Lifeline');
  // Nothing about wording, nothing to insert, none of the person's words.
  expect((await shadow.names('button')).filter((n) => n.startsWith('Insert'))).toEqual([]);
  for (const absent of ['Words you could use', 'What stood out', 'A gentle thought', 'I can’t do this anymore']) expect(crisis).not.toContain(absent);
  await expectNoAxeViolations(page, 'test page with the chip’s crisis help open');

  // "More help" opens the extension's help page, for crisis, in a new tab.
  const [helpTab] = await Promise.all([context.waitForEvent('page'), shadow.click('button', 'More help, and what to do now')]);
  await expect(helpTab).toHaveURL(extensionUrl('extension/help/index.html?for=crisis'));
  await expect(helpTab.getByRole('link', { name: /Call 988/ }).first()).toBeVisible();
  await helpTab.close();

  // A safety boundary: safety help, and no "threat said in anger".
  await page.bringToFront();
  await shadow.click('button', 'Not now');
  await expect(chip).toHaveCount(0);
  await message.fill('');
  await message.fill(BOUNDARY);
  await expect(chip).toBeAttached();
  expect(await shadow.names('button')).toEqual(['Alongside: your safety comes first', 'Not now']);
  await shadow.click('button', 'Alongside: your safety comes first');
  await expect.poll(() => shadow.names('dialog')).toEqual(['Help is here']);
  const safety = await shadow.text();
  expect(safety).toContain('Your safety comes first.');
  expect(safety).not.toMatch(/threat|\bin anger|calm boundary|Words you could use|What stood out/i);
  const safetyLinks = await chipLinks(page);
  expect(safetyLinks).toContainEqual({ text: 'Call 911', href: 'tel:911' });
  // The domestic-violence line, to call or to text.
  expect(safetyLinks).toContainEqual({ text: 'Call 1-800-799-7233', href: 'tel:18007997233' });
  expect(safetyLinks).toContainEqual({ text: 'Text START to 88788', href: 'sms:88788?body=START' });
  expect(safetyLinks.map((l) => l.href)).not.toContain('tel:988');
  expect((await shadow.names('button')).filter((n) => n.startsWith('Insert'))).toEqual([]);
  await expectNoAxeViolations(page, 'test page with the chip’s safety help open');
  const [safetyTab] = await Promise.all([context.waitForEvent('page'), shadow.click('button', 'More help to stay safe')]);
  await expect(safetyTab).toHaveURL(extensionUrl('extension/help/index.html?for=safety'));
  await expect(safetyTab.getByRole('link', { name: /1-800-799-7233/ }).first()).toBeVisible();
  await safetyTab.close();

  // A country chosen in Alongside wins over the browser's language.
  await storeSetting(background, 'country', 'GB');
  await page.bringToFront();
  await shadow.click('button', 'Close');
  await message.fill('');
  await message.fill(DESPAIR);
  await expect.poll(() => shadow.names('button')).toContain('Alongside: you don’t have to carry this alone');
  await shadow.click('button', 'Alongside: you don’t have to carry this alone');
  await expect.poll(() => shadow.text()).toContain('In the United Kingdom');
  expect(await chipLinks(page)).toEqual(expect.arrayContaining([{ text: 'Call 116 123', href: 'tel:116123' }, { text: 'Call 999', href: 'tel:999' }]));

  // Read in memory only: none of it was kept.
  const kept = await everythingKept(background);
  for (const typed of ['wish I was dead', 'touch me again', 'do this anymore']) expect(kept).not.toContain(typed);
});

test('"Never on this site" turns the site off and gives back its access', async ({ context, extensionUrl, background }) => {
  const page = await context.newPage();
  await turnOnSite(page, extensionUrl('extension/options/index.html'), site.origin);
  await page.goto(`${site.origin}/`);
  const shadow = await ClosedShadow.open(page, 'alongside-chip');
  await page.getByRole('textbox', { name: 'Message', exact: true }).fill(HARD);
  await expect(page.locator('alongside-chip')).toBeAttached();
  await shadow.click('button', 'Alongside: a gentle thought before you send?');
  // The panel is still while its words arrive: a click aimed at a button that then moves lands elsewhere.
  await expect.poll(() => shadow.names('button').then((n) => n.filter((x) => x.startsWith('Insert:')).length)).toBeGreaterThanOrEqual(2);
  await shadow.click('button', 'Never on this site');
  await expect.poll(() => shadow.text()).toContain('Alongside is now off on this site');
  const registered = await background.evaluate(() => chrome.scripting.getRegisteredContentScripts());
  expect(registered).toEqual([]);
});

/** Stores one setting straight in the extension's database, as another of its pages would, with no notice to open tabs. */
async function storeSetting(background: Worker, id: string, value: unknown): Promise<void> {
  await background.evaluate(
    async ([id, value]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('alongside');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction('settings', 'readwrite');
      tx.objectStore('settings').put({ id, value, createdAt: Date.now(), updatedAt: Date.now() });
      await new Promise((resolve, reject) => ((tx.oncomplete = resolve), (tx.onerror = () => reject(tx.error))));
      db.close();
    },
    [id, value] as const,
  );
}

test('once Alongside is off on a site, a tab already open there stops: no chip, and nothing more is sent to be read', async ({ context, extensionUrl, background }) => {
  const options = await context.newPage();
  await turnOnSite(options, extensionUrl('extension/options/index.html'), site.origin);
  let mark = await watchMark(background);
  const page = await context.newPage();
  await page.goto(`${site.origin}/`);
  const chip = page.locator('alongside-chip');
  const message = page.getByRole('textbox', { name: 'Message', exact: true });
  await message.fill(HARD);
  await expect(chip).toBeAttached();
  expect((await readsSince(background, mark)).length).toBeGreaterThan(0);

  // Nudges turned off in the stored settings, with no word to the tab: the background checks
  // them before it reads, so the tab's next read is refused unread and the tab stops.
  await storeSetting(background, 'nudgeSensitivity', 'off');
  mark = await watchMark(background);
  await message.fill(`${HARD} You always do this.`);
  expect(await answered(page, background, mark, 'read-message', { text: `${HARD} You always do this.` })).toEqual({ stop: true });
  await expect(chip).toHaveCount(0);
  expect((await readsSince(background, mark)).length).toBe(1);
  // Stopped, the tab sends nothing more: no answer to wait for, only the pause to pass.
  await message.fill('');
  await message.fill(`${HARD} It is your fault.`);
  await inPageSettled(page, background);
  await expect(chip).toHaveCount(0);
  expect((await readsSince(background, mark)).length).toBe(1);

  // On again (after a reload), then "Remove" on the options page: the open tab is told and
  // stops at once, before it sends anything more.
  await storeSetting(background, 'nudgeSensitivity', 'standard');
  await page.reload();
  await message.fill(HARD);
  await expect(chip).toBeAttached();
  await options.bringToFront();
  await options.getByRole('button', { name: `Stop using Alongside on ${new URL(site.origin).host}` }).click();
  await expect(options.getByText(`Alongside is off on ${new URL(site.origin).host}.`)).toBeVisible();
  mark = await watchMark(background);
  await page.bringToFront();
  await expect(chip).toHaveCount(0);
  // Stopped, the tab sends nothing more: no answer to wait for, only the pause to pass.
  await message.fill('');
  await message.fill(`${HARD} Really, you never do.`);
  await inPageSettled(page, background);
  await expect(chip).toHaveCount(0);
  expect((await readsSince(background, mark)).length).toBe(0);

  // Turned on again and started in this tab (as the popup's "Use Alongside on this site"
  // does), it works again without a reload.
  await turnOnSite(options, extensionUrl('extension/options/index.html'), site.origin);
  await injectInPageScript(background);
  await page.bringToFront();
  await message.fill('');
  await message.fill(HARD);
  await expect(chip).toBeAttached();

  // Started once more while it runs (the button pressed again): still one chip, and one read per
  // pause (two scripts would each read at the same pause, both sent before the first answer).
  await injectInPageScript(background);
  await message.fill('');
  // Counted from here: on a slow machine the pause can pass between the two fills, so the
  // emptying may be read on its own; that is one read per pause too, not the double read asked about.
  await inPageSettled(page, background);
  mark = await watchMark(background);
  await message.fill(`${HARD} Really, you never do.`);
  await answered(page, background, mark, 'read-message', { text: `${HARD} Really, you never do.` });
  await expect(chip).toHaveCount(1);
  expect((await readsSince(background, mark)).length).toBe(1);
});

/** Injects the registered in-page script into the open test page, as the popup's "Use Alongside on this site" does. */
async function injectInPageScript(background: Worker): Promise<void> {
  await background.evaluate(async (url) => {
    const [script] = await chrome.scripting.getRegisteredContentScripts();
    const [tab] = await chrome.tabs.query({ url: `${url}/*` });
    await chrome.scripting.executeScript({ target: { tabId: tab!.id! }, files: script!.js! });
  }, site.origin);
}

/** Every file in the built extension, as paths inside it. */
function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile()).map((f) => f.split('\\').join('/'));
}

test('a web site cannot fetch any of Alongside’s files (the in-page script included) to learn it is installed, while the chip works there', async ({ context, extensionUrl, extensionDir }) => {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as { web_accessible_resources?: unknown[] };
  expect(manifest.web_accessible_resources ?? []).toEqual([]);
  const files = filesIn(extensionDir);
  expect(files).toContain(IN_PAGE_SCRIPT);

  const options = await context.newPage();
  await turnOnSite(options, extensionUrl('extension/options/index.html'), site.origin);
  const page = await context.newPage();
  await page.goto(`${site.origin}/`);
  await page.getByRole('textbox', { name: 'Message', exact: true }).fill(HARD);
  await expect(page.locator('alongside-chip')).toBeAttached();

  // As the site's own script would try it (the page's world, not the extension's). The
  // site's own page is the control: a fetch that can succeed does here.
  const urls = [`${site.origin}/`, ...files.map(extensionUrl)];
  const fetched = await page.evaluate(async (urls) => {
    const ok: string[] = [];
    for (const url of urls) {
      try {
        if ((await fetch(url)).ok) ok.push(url);
      } catch {
        // Refused: the browser does not let a site read this file.
      }
    }
    return ok;
  }, urls);
  expect(fetched).toEqual([`${site.origin}/`]);
  // What the in-page script keeps between injections stays in the extension's own world.
  expect(await page.evaluate(() => Object.keys(window).filter((k) => /alongside/i.test(k)))).toEqual([]);
});

test('the chip panel and its help views have no axe violations (rendered in an open shadow root on the extension’s preview page)', async ({ context, extensionUrl }) => {
  const page = await context.newPage();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(extensionUrl('extension/dev/chip-preview.html'));
    await expect(page.getByRole('dialog', { name: 'A gentle thought' }).first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Alongside: a gentle thought before you send?' })).toBeVisible();
    // The help states: crisis and safety chips, and their panels with tap-to-call links.
    await expect(page.getByRole('button', { name: 'Alongside: you don’t have to carry this alone' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Alongside: your safety comes first' })).toBeVisible();
    await expect(page.getByRole('dialog', { name: 'Help is here' })).toHaveCount(3);
    await expect(page.getByRole('link', { name: 'Call 988: 988 Suicide & Crisis Lifeline' })).toHaveAttribute('href', 'tel:988');
    await expect(page.getByRole('link', { name: 'Call 999: emergency' })).toHaveAttribute('href', 'tel:999');
    // What only the model found, said in general terms, with words that fit it (calming and repair; encouraging help).
    const tone = page.getByRole('region', { name: 'A general tone finding' });
    await expect(tone.getByText('This may land harder than you mean.')).toBeVisible();
    await expect(tone.getByRole('button', { name: 'Insert: Let’s both slow down. I’m listening.' })).toBeVisible();
    const topic = page.getByRole('region', { name: 'A general topic finding', exact: true });
    await expect(topic.getByText('This may open a hard conversation.')).toBeVisible();
    await expect(topic.getByRole('button', { name: /^Insert: If you ever want to talk/ })).toBeVisible();
    await expect(page.getByRole('region', { name: 'A general topic finding, when no words could be found' }).getByText('Gentle, open words often help')).toBeVisible();
    await expectNoAxeViolations(page, `chip preview (${scheme})`);
  }
});
