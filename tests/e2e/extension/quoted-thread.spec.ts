import type { Page } from '@playwright/test';
import { expect } from '../support/extension.ts';
import { answered, readsSince, testWithGrantedSites, watchMark } from '../support/granted-sites.ts';
import { serveTestSite, turnOnSite } from '../support/test-site.ts';
import { ClosedShadow } from '../support/closed-shadow.ts';
import { webmailPage } from '../../../scripts/webmail-page.mjs';

/*
 * A reply typed above a long quoted thread (issue 13, part 5): only the reply is read, so a
 * hard reply gets the chip however long the thread, and the hard words quoted below never
 * nudge a calm one. The site is granted at install, as in chip.spec.ts (which says why).
 */
const test = testWithGrantedSites(['http://127.0.0.1/*'], { watchMessages: true });

const site = serveTestSite(webmailPage(60_000));

const HARD = 'You never listen, this is your last chance!!!';
const CALM = 'Sounds good, see you on Sunday. I will bring the salad.';

/** Turns the test site on from the options page, as a person would, and opens the reply page. */
async function openReplyPage(page: Page, optionsUrl: string): Promise<void> {
  await turnOnSite(page, optionsUrl, site.origin);
  await page.goto(`${site.origin}/`);
}

/** Puts the cursor on the reply's own line, above the thread, as a click there would. */
async function cursorAboveRichThread(page: Page): Promise<void> {
  await page.getByRole('textbox', { name: 'Reply', exact: true }).focus();
  await page.evaluate(() => {
    const line = document.getElementById('reply-line')!;
    const range = document.createRange();
    range.setStart(line, 0);
    range.collapse(true);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
}

/** Empties the reply's own line (select it, delete), leaving the thread below as it was. */
async function clearRichReply(page: Page): Promise<void> {
  await page.evaluate(() => {
    const line = document.getElementById('reply-line')!;
    const range = document.createRange();
    range.selectNodeContents(line);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  await page.keyboard.press('Delete');
}

test('in a rich editor above 60 KB of quoted thread, a hard reply gets the chip and a calm one does not; only the reply is read', async ({ context, extensionUrl, background }) => {
  const page = await context.newPage();
  await openReplyPage(page, extensionUrl('extension/options/index.html'));
  const chip = page.locator('alongside-chip');
  const shadow = await ClosedShadow.open(page, 'alongside-chip');
  const reply = page.getByRole('textbox', { name: 'Reply', exact: true });
  const threadBefore = await reply.evaluate((el) => el.querySelector('.gmail_quote')!.textContent!.length);
  expect(threadBefore).toBeGreaterThan(55_000);

  // A calm reply: read (the reply alone), and no chip, though the thread below is full of hard words.
  const mark = await watchMark(background);
  await cursorAboveRichThread(page);
  await page.keyboard.type(CALM);
  expect(await answered(page, background, mark, 'read-message', { text: CALM })).toMatchObject({ nudge: false });
  await expect(chip).toHaveCount(0);
  // Each read was the reply as far as it was typed (one starts on focus), never the thread.
  for (const sent of await readsSince(background, mark)) expect(CALM.startsWith(sent.trim())).toBe(true);

  // A hard reply in its place: the chip.
  await clearRichReply(page);
  await page.keyboard.type(HARD);
  await expect(chip).toBeAttached();
  expect(await shadow.names('button')).toEqual(['Alongside: a gentle thought before you send?', 'Not now']);

  // Insert puts the words in the reply, where the cursor was, and leaves the thread as it was.
  await shadow.click('button', 'Alongside: a gentle thought before you send?');
  await expect.poll(() => shadow.names('button').then((n) => n.filter((x) => x.startsWith('Insert:')).length)).toBeGreaterThanOrEqual(2);
  const [insert] = await shadow.names('button').then((n) => n.filter((x) => x.startsWith('Insert:')));
  const afterInsert = await watchMark(background);
  await shadow.click('button', insert!);
  await expect(chip).toHaveCount(0);
  const words = insert!.slice('Insert: '.length).replace(/…$/, '');
  expect(await page.locator('#reply-line').textContent()).toContain(`${HARD} ${words}`);
  expect(await reply.evaluate((el) => el.querySelector('.gmail_quote')!.textContent!.length)).toBe(threadBefore);

  // "Not now" holds for this reply: it is read with the words in, at once for the snooze and again
  // after the pause the insert's input starts, and still no chip. A new reply (the own words
  // emptied, the thread kept) is read afresh.
  // The first reading after the insert: the page sends it once the insert's input event is handled,
  // which can be after the chip has gone.
  let withWords: string | undefined;
  await expect
    .poll(async () => (withWords = (await readsSince(background, afterInsert))[0]), { message: 'the reply was read after the insert', intervals: [50] })
    .toBeDefined();
  expect(withWords?.trim().startsWith(`${HARD} ${words}`)).toBe(true);
  expect(await answered(page, background, afterInsert, 'read-message', { text: withWords!, nth: 2 })).toMatchObject({ nudge: true });
  await expect(chip).toHaveCount(0);
  await clearRichReply(page);
  await page.keyboard.type(HARD);
  await expect(chip).toBeAttached();
});

test('in a plain textarea above an "On … wrote:" thread of "> " lines, the same', async ({ context, extensionUrl, background }) => {
  const page = await context.newPage();
  await openReplyPage(page, extensionUrl('extension/options/index.html'));
  const chip = page.locator('alongside-chip');
  const plain = page.getByRole('textbox', { name: 'Plain reply' });
  expect((await plain.inputValue()).length).toBeGreaterThan(55_000);

  const mark = await watchMark(background);
  await plain.focus();
  await plain.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(0, 0));
  await page.keyboard.type(CALM);
  expect(await answered(page, background, mark, 'read-message', { text: CALM })).toMatchObject({ nudge: false });
  await expect(chip).toHaveCount(0);
  for (const sent of await readsSince(background, mark)) expect(CALM.startsWith(sent.trim())).toBe(true);

  await plain.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(0, el.value.indexOf('\n')));
  await page.keyboard.type(HARD);
  await expect(chip).toBeAttached();
  expect((await plain.inputValue()).startsWith(`${HARD}\n\nOn Mon, 1 Nov 2026`)).toBe(true);
});
