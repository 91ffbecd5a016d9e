import type { Page } from '@playwright/test';
import { SKILLS_FOR_CUE } from '../../../extension/background/pick-prompts.ts';
import { PROMPTS_EN } from '../../../shared/content/prompts/prompts-en.ts';
import type { Prompt } from '../../../shared/content/prompts/prompt-types.ts';
import { expect } from '../support/extension.ts';
import { testWithGrantedSites } from '../support/granted-sites.ts';
import { serveTestSite, turnOnSite } from '../support/test-site.ts';
import { expectNoAxeViolations } from '../support/axe.ts';
import { ClosedShadow } from '../support/closed-shadow.ts';

/*
 * The chip on what only the model finds (issue #13): hard messages with no word any rule
 * knows, and calm ones that open a hard conversation. The panel says what may be true in
 * general terms, never quoting words the model did not point at, and offers words that fit
 * the kind of finding. As in chip.spec.ts, the test site is granted at install.
 */
const test = testWithGrantedSites(['http://127.0.0.1/*']);

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Write a message</title></head>
<body><main><h1>New message</h1><label for="message">Message</label><textarea id="message" rows="6" cols="60"></textarea></main></body></html>`;

const site = serveTestSite(PAGE);

/** Sarcasm: no keyword, no capitals, no "!!!". */
const SARCASM = 'Oh great, another promise. Can’t wait to see how this one goes.';
/** A calm message that opens a conversation about treatment. */
const TREATMENT = 'Would you be open to talking to someone at the clinic about how the new meds are going?';
const CHIP = 'Alongside: a gentle thought before you send?';

async function writeOnTestSite(page: Page, optionsUrl: string): Promise<ClosedShadow> {
  await turnOnSite(page, optionsUrl, site.origin);
  await page.goto(`${site.origin}/`);
  return ClosedShadow.open(page, 'alongside-chip');
}

/** The library prompts the open panel offers, found by their Insert buttons' names ("Insert: the first six words…"). */
async function offered(shadow: ClosedShadow): Promise<Prompt[]> {
  const names = (await shadow.names('button')).filter((n) => n.startsWith('Insert: '));
  return names.map((name) => {
    const start = name.slice('Insert: '.length).replace(/…$/, '');
    const prompt = PROMPTS_EN.find((p) => p.words.replace(/\s+/g, ' ').startsWith(start));
    if (!prompt) throw new Error(`Not a library prompt: ${name}`);
    return prompt;
  });
}

test('a message no rule has words for (sarcasm) gets the chip; the panel says it may land harder than meant, quotes nothing, and offers calming and repair words', async ({ context, extensionUrl }) => {
  const page = await context.newPage();
  const shadow = await writeOnTestSite(page, extensionUrl('extension/options/index.html'));
  const message = page.getByRole('textbox', { name: 'Message', exact: true });

  await message.fill(SARCASM);
  await expect(page.locator('alongside-chip')).toBeAttached();
  expect(await shadow.names('button')).toEqual([CHIP, 'Not now']);
  await shadow.click('button', CHIP);
  await expect.poll(() => shadow.names('button').then((n) => n.filter((x) => x.startsWith('Insert:')).length)).toBeGreaterThanOrEqual(2);

  const text = await shadow.text();
  expect(text).toContain('This may land harder than you mean.');
  expect(text).toContain('A short pause, and reading it once as they will, can help them hear what you really mean.');
  // No words are pointed at: the model named none.
  expect(text).not.toContain('What stood out');
  for (const words of ['another promise', 'Oh great', 'Can’t wait', 'this one goes']) expect(text).not.toContain(words);

  const prompts = await offered(shadow);
  expect(['calming', 'repair']).toContain(prompts[0]!.category);
  for (const p of prompts) expect(SKILLS_FOR_CUE.tone).toContain(p.category);
  expect(prompts.map((p) => p.category)).toEqual(expect.arrayContaining(['calming', 'repair']));
  await expectNoAxeViolations(page, 'test page with the chip panel open on a general tone finding');
});

test('a calm message about treatment gets the chip, and words that encourage help without pressure', async ({ context, extensionUrl }) => {
  const page = await context.newPage();
  const shadow = await writeOnTestSite(page, extensionUrl('extension/options/index.html'));
  const message = page.getByRole('textbox', { name: 'Message', exact: true });

  await message.fill(TREATMENT);
  await expect(page.locator('alongside-chip')).toBeAttached();
  expect(await shadow.names('button')).toEqual([CHIP, 'Not now']);
  await shadow.click('button', CHIP);
  await expect.poll(() => shadow.names('button').then((n) => n.filter((x) => x.startsWith('Insert:')).length)).toBeGreaterThanOrEqual(2);

  // Said generally, or, when a rule names the word it found ("meds"), with that rule's note.
  expect(await shadow.text()).toMatch(/This may open a hard conversation\.|Treatment can be a hard subject\./);
  const prompts = await offered(shadow);
  expect(prompts[0]!.category).toBe('encouraging-help');
  for (const p of prompts) expect(['encouraging-help', 'asking', 'listening', 'validating']).toContain(p.category);
  // Nothing that reads as pressure: no boundary, no "no".
  for (const p of prompts) expect(['boundaries', 'saying-no']).not.toContain(p.category);
});
