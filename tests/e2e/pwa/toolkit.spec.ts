import { expect, test } from '../support/pwa-test.ts';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoAxeViolationsLightAndDark } from '../support/axe.ts';
import { fillBoundaryBuilder } from '../support/boundary-builder.ts';
import { readRecord } from '../support/page-db.ts';

/** True when the page is no wider than the window (no sideways scrolling). */
async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

// The builder itself (six steps, the demand flagged, the fix from a hint, axe, the keyboard) is
// tests/component/toolkit/boundary-builder.test.ts; here, what the screen does with what it makes.
test('a boundary made with the builder is kept, marked as tried, and edited with one gentle check', async ({ page }) => {
  await page.goto('/boundaries');
  await fillBoundaryBuilder(page, {
    situation: 'you come home after drinking',
    feeling: 'scared, and very tired',
    action: 'go to my sister’s for the night',
    reason: 'I need to feel safe, and I love you',
    words: 'I love you. If you have been drinking, I will stay at my sister’s tonight.',
    holdPlan: 'I will say it once, calmly, and go',
  });
  await expect(page.getByRole('status').filter({ hasText: 'It looks ready.' })).toBeVisible();
  await page.getByRole('button', { name: 'Save boundary' }).click();

  const sentence = 'When you come home after drinking, I will go to my sister’s for the night, because I need to feel safe, and I love you.';
  const item = page.getByRole('listitem').filter({ hasText: sentence });
  await expect(item).toBeVisible();
  await expect(item).toContainText('I love you. If you have been drinking, I will stay at my sister’s tonight.');
  await expect(item).toContainText('scared, and very tired');
  // The builder is ready for the next one.
  await expect(page.getByText('Step 1 of 6')).toBeVisible();

  // Mark it as tried, with how it went.
  await item.getByRole('button', { name: `I tried it: ${sentence}` }).click();
  await item.getByRole('textbox', { name: 'How did it go?' }).fill('Hard, but I did it. We talked the next day.');
  await item.getByRole('button', { name: 'Save how it went' }).click();
  await expect(item).toContainText('Tried once.');
  await page.reload();
  await expect(page.getByRole('listitem').filter({ hasText: sentence })).toContainText('Hard, but I did it. We talked the next day.');

  // Editing shows every part, checks the wording once, and "Save as it is" keeps the person's choice.
  await page.getByRole('button', { name: `Edit: ${sentence}` }).click();
  await page.getByRole('listitem').getByRole('textbox', { name: 'My words' }).fill('You need to stop drinking.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'A gentle idea before you save.' })).toContainText('This reads like a rule for the other person.');
  await expectNoAxeViolations(page, 'boundary edit with a hint');
  await page.getByRole('button', { name: 'Save as it is' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: sentence })).toContainText('You need to stop drinking.');
  await expect(page.getByRole('listitem').filter({ hasText: sentence })).toContainText('Tried once.');
});

test('a conversation plan with two prompts and a date is kept, rehearsed, and reflected on in the journal', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  // The whole flow on the narrowest phone we support.
  await page.setViewportSize({ width: 320, height: 720 });
  await page.goto('/plans');
  await expect(page.getByText('No plans yet.')).toBeVisible();
  await page.getByRole('link', { name: 'Plan a new conversation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Plan a conversation' })).toBeVisible();

  await page.getByRole('button', { name: 'Save plan' }).click();
  await expect(page.getByText('Add what the talk is about, in a few words.')).toBeVisible();

  await page.getByRole('textbox', { name: 'Who you will talk with' }).fill('Sam');
  await page.getByRole('textbox', { name: 'What it is about' }).fill('money for rent');
  await page.getByRole('textbox', { name: 'My goal' }).fill('That Sam knows I care, and hears one worry.');
  await page.getByRole('textbox', { name: 'A good time and place' }).fill('Saturday morning, on a walk');
  await page.getByLabel('Date and time (optional)').fill('2030-05-04T10:30');
  await page.getByRole('textbox', { name: 'My opening line' }).fill('Can I share something I’ve noticed? It’s okay to say no.');
  await page.getByRole('textbox', { name: 'Key point 1' }).fill('I love you, and I want to help.');
  await page.getByRole('textbox', { name: 'Key point 2' }).fill('I can’t lend money for now.');
  const find = page.getByRole('searchbox', { name: 'Find a prompt to add' });
  await find.fill('money');
  await page.getByRole('button', { name: /^Add: I can’t give you money/ }).click();
  await find.fill('slow down');
  await page.getByRole('button', { name: /^Add: Let’s both slow down/ }).click();
  await expect(page.getByRole('list', { name: 'Prompts you picked' }).getByRole('listitem')).toHaveCount(2);
  // Fill the picked prompt's blank in your own words; the picked list shows it as you type.
  const blanks = page.getByRole('group', { name: /^Your words for: I can’t give you money/ });
  await blanks.getByRole('textbox', { name: 'Another way to help' }).fill('drive you to work');
  await expect(page.getByRole('list', { name: 'Prompts you picked' })).toContainText('I can’t give you money. I can drive you to work instead.');
  // A prompt without blanks asks for nothing.
  await expect(page.getByRole('group', { name: /^Your words for: Let’s both slow down/ })).toHaveCount(0);
  await page.getByRole('textbox', { name: 'What I will avoid' }).fill('Bringing up last year.');
  await page.getByRole('textbox', { name: 'My exit line if it gets heated' }).fill('I want to hear you, and I’m getting upset. Can we take ten minutes?');
  await page.getByRole('textbox', { name: 'What I will do for myself afterwards' }).fill('Call my sister.');
  await page.getByRole('button', { name: 'Save plan' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Talk with Sam about money for rent' })).toBeVisible();
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);
  const planId = new URL(page.url()).pathname.split('/').pop()!;
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Talk with Sam about money for rent' })).toBeVisible();
  await expect(page.getByText(/Set for .*2030/)).toBeVisible();
  await expect(page.getByText('I can’t give you money. I can drive you to work instead.')).toBeVisible();
  await expect(page.getByText('I can’t give you money. I can [another way to help] instead.')).toHaveCount(0);
  await expect(page.getByText('Let’s both slow down. I’m listening.')).toBeVisible();
  await page.getByRole('button', { name: 'Copy prompt 1' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'drive you to work' }).getByRole('status')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('I can’t give you money. I can drive you to work instead.');
  expect((await readRecord(page, 'plans', planId))?.['promptFills']).toEqual({ 'no-money-other-help': { 'another way to help': 'drive you to work' } });
  // Editing the plan brings back what was filled in.
  await page.getByRole('button', { name: 'Edit plan' }).click();
  await expect(page.getByRole('group', { name: /^Your words for: I can’t give you money/ }).getByRole('textbox', { name: 'Another way to help' })).toHaveValue('drive you to work');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expectNoAxeViolations(page, '/plans/:id');
  expect(await fitsWidth(page), '/plans/:id scrolls sideways at 320px').toBe(true);

  // The list shows it, upcoming first.
  await page.goto('/plans');
  await expect(page.getByRole('link', { name: 'Talk with Sam about money for rent' })).toBeVisible();
  await page.getByRole('link', { name: 'Talk with Sam about money for rent' }).click();

  // Rehearse line by line.
  await page.getByRole('link', { name: 'Rehearse this talk' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rehearse: Talk with Sam about money for rent' })).toBeVisible();
  const ticks = page.getByRole('checkbox', { name: /^Practised:/ });
  // Opening, two key points, two prompts, exit line; then three likely replies (two money cards, one for the calming prompt).
  await expect(ticks).toHaveCount(9);
  await expect(page.getByText('I can’t give you money. I can drive you to work instead.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Read aloud: Opening line' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Practised: Opening line' }).check();
  await expect(page.getByRole('status').filter({ hasText: '1 of 9 practised' })).toBeVisible();
  for (const box of await ticks.all()) await box.check();
  await expect(page.getByRole('status').filter({ hasText: 'You practised every line.' })).toBeVisible();
  await expectNoAxeViolations(page, '/plans/:id/rehearse');
  expect(await fitsWidth(page), '/plans/:id/rehearse scrolls sideways at 320px').toBe(true);

  // After the talk: how did it go, saved to the journal.
  await page.getByRole('link', { name: 'Back to the plan' }).click();
  const question = 'How did the conversation about money for rent go?';
  await page.getByRole('textbox', { name: question }).fill('Calmer than I feared. Sam listened, and we agreed to talk again on Sunday.');
  await page.getByRole('button', { name: 'Save to my journal' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved to your journal.' })).toBeVisible();
  const entry = await readRecord(page, 'journal', `ref:plan:${planId}`);
  expect(entry).toMatchObject({
    kind: 'conversation',
    ref: `plan:${planId}`,
    prompt: question,
    text: 'Calmer than I feared. Sam listened, and we agreed to talk again on Sunday.',
  });
  expect((await readRecord(page, 'plans', planId))?.['reflectedAt']).toEqual(expect.any(Number));
  await page.reload();
  await expect(page.getByText('Calmer than I feared. Sam listened')).toBeVisible();

  // The journal screen has the reflection too.
  await page.getByRole('link', { name: 'Open my journal' }).click();
  await expect(page).toHaveURL(/\/journal$/);
  await expect(page.getByText('Calmer than I feared. Sam listened', { exact: false }).first()).toBeVisible();
});

// Search, blanks, copying, the favourites filter and own prompts (written, edited, deleted with
// undo), with axe: tests/component/toolkit/prompt-library.test.ts. Here, that the screen keeps them.
test('the whole library is there, and a favourite and an own prompt are kept through a reload', async ({ page }) => {
  await page.goto('/prompts');
  await expect(page.getByText('107 prompts')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search prompts' }).fill('proud');
  const card = page.getByRole('listitem').filter({ hasText: 'I feel proud of you for' });
  await card.getByRole('button', { name: /^Favourite/ }).click();
  await expect(card.getByRole('button', { name: /^Favourite/ })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('searchbox', { name: 'Search prompts' }).fill('');
  await page.getByRole('textbox', { name: 'Your words' }).fill('I’m here, [name]. No pressure to talk.');
  await page.getByRole('button', { name: 'Save my prompt' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'No pressure to talk.' })).toContainText('Your own');

  await page.reload();
  await page.getByRole('checkbox', { name: /Favourites only/ }).check();
  await expect(page.getByText('1 prompt', { exact: true })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'I feel proud of you for' })).toBeVisible();
  await page.getByRole('checkbox', { name: /Favourites only/ }).uncheck();
  await page.getByRole('searchbox', { name: 'Search prompts' }).fill('pressure to talk');
  await expect(page.getByRole('listitem').filter({ hasText: 'No pressure to talk.' })).toContainText('Your own');
});

// The builder from the keyboard: tests/component/toolkit/boundary-builder.test.ts.
test('the favourite star works from the keyboard alone', async ({ page }) => {
  await page.goto('/prompts');
  const star = page.getByRole('button', { name: /^Favourite: It sounds like/ });
  await star.focus();
  await page.keyboard.press('Space');
  await expect(star).toHaveAttribute('aria-pressed', 'true');
});

const SCREENS = [
  { path: '/toolkit', heading: 'Your toolkit' },
  { path: '/prompts', heading: 'Prompts' },
  { path: '/practice', heading: 'Practise' },
  { path: '/plans', heading: 'Conversation plans' },
  { path: '/plans/new', heading: 'Plan a conversation' },
  { path: '/boundaries', heading: 'My boundaries' },
];

// As they open, these screens are checked with axe, light and dark, and at 320px by
// every-screen.spec.ts; /practice with its answers shown is checked only here.
test('the toolkit screens open with their headings', async ({ page }) => {
  for (const screen of SCREENS) {
    await page.goto(screen.path);
    await expect(page.getByRole('heading', { level: 1, name: screen.heading })).toBeVisible();
  }
});

test('/practice with ways to answer shown has no axe violations and fits 320px, light and dark', async ({ page }) => {
  await page.goto('/practice');
  await page.getByRole('button', { name: /^Show ways to answer/ }).first().click();
  await expectNoAxeViolationsLightAndDark(page, '/practice, ways to answer shown');
  await page.setViewportSize({ width: 320, height: 700 });
  expect(await fitsWidth(page), '/practice scrolls sideways at 320px').toBe(true);
});

// The builder's review with hints, light and dark and at 320px: tests/component/toolkit/boundary-builder.test.ts.

test('a saved plan and its rehearsal have no axe violations, with a blank still to fill, light and dark', async ({ page }) => {
  await page.goto('/plans/new');
  await page.getByRole('textbox', { name: 'What it is about' }).fill('money for rent');
  await page.getByRole('textbox', { name: 'My opening line' }).fill('Can we talk for a few minutes?');
  await page.getByRole('searchbox', { name: 'Find a prompt to add' }).fill('money');
  await page.getByRole('button', { name: /^Add: I can’t give you money/ }).click();
  await expect(page.getByRole('group', { name: /^Your words for: I can’t give you money/ })).toBeVisible();
  await expectNoAxeViolationsLightAndDark(page, `/plans/new with a picked prompt's blank`);
  await page.getByRole('button', { name: 'Save plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Talk about money for rent' })).toBeVisible();
  await expect(page.getByText('The words in [brackets] are blanks.')).toBeVisible();
  await expectNoAxeViolationsLightAndDark(page, '/plans/:id');
  await page.getByRole('link', { name: 'Rehearse this talk' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rehearse: Talk about money for rent' })).toBeVisible();
  await expect(page.getByText('Say the words in [brackets] your own way')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Practised: Opening line' }).check();
  await expectNoAxeViolationsLightAndDark(page, '/plans/:id/rehearse');
});
