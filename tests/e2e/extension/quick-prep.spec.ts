import { expect, test } from '../support/extension.ts';
import { expectNoAxeViolations } from '../support/axe.ts';
import { watchEgress } from '../support/no-egress.ts';
import { openPopup } from '../support/course-link.ts';
import type { Page } from '@playwright/test';

/** Puts records straight into the extension's database, as if made earlier (the database must exist). */
async function seed(page: Page, store: string, records: Record<string, unknown>[]): Promise<void> {
  await page.evaluate(
    ([store, records]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('alongside');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(store as string, 'readwrite');
          for (const r of records as Record<string, unknown>[]) tx.objectStore(store as string).put(r);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [store, records] as const,
  );
}

/** True when the popup needs no sideways scrolling at its real width. */
async function fitsPopup(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= 380);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the 60-second prep gives an opening and an exit line, ready to copy (${scheme})`, async ({ context, extensionUrl }) => {
    const egress = watchEgress(context);
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 380, height: 600 });
    await page.goto(extensionUrl('extension/popup/index.html'));
    // Playwright can't name an extension origin; granting for every origin covers it.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);

    await page.getByRole('button', { name: 'I’m about to have a hard conversation' }).click();
    await expect(page.getByRole('heading', { name: /Step 1 of 4.*Breathe/ })).toBeFocused();
    await expectNoAxeViolations(page, 'quick prep: breathe');
    await page.getByRole('button', { name: 'I’m ready' }).click();

    await expect(page.getByRole('heading', { name: /Step 2 of 4.*Your goal/ })).toBeFocused();
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(page.getByText('Pick one to go on.')).toBeVisible();
    await expectNoAxeViolations(page, 'quick prep: goal, with a hint');
    await page.getByRole('radio', { name: 'Say one boundary, calmly' }).check();
    await page.getByRole('button', { name: 'Next', exact: true }).click();

    await expect(page.getByRole('heading', { name: /Step 3 of 4.*Your opening line/ })).toBeFocused();
    await page.getByRole('radio', { name: /^Can I share something I’ve noticed\?/ }).check();
    await expectNoAxeViolations(page, 'quick prep: opening');
    await page.getByRole('button', { name: 'Next', exact: true }).click();

    await expect(page.getByRole('heading', { name: /Step 4 of 4.*Your exit line/ })).toBeFocused();
    await page.getByRole('radio', { name: 'My own words' }).check();
    await page.getByRole('textbox', { name: 'Your words' }).fill('I need a short break. Let’s talk after dinner.');
    await page.getByRole('button', { name: 'Next', exact: true }).click();

    await expect(page.getByRole('heading', { name: 'You’re ready' })).toBeFocused();
    await expect(page.getByText('Say one boundary, calmly')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Opening line' })).toHaveValue('Can I share something I’ve noticed? It’s okay to say no.');
    await expect(page.getByRole('textbox', { name: 'Exit line' })).toHaveValue('I need a short break. Let’s talk after dinner.');

    await page.getByRole('button', { name: 'Copy opening line' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Can I share something I’ve noticed? It’s okay to say no.');
    await page.getByRole('textbox', { name: 'Exit line' }).fill('I need a short break. Let’s talk after dinner, okay?');
    await page.getByRole('button', { name: 'Copy exit line' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('I need a short break. Let’s talk after dinner, okay?');
    await expectNoAxeViolations(page, 'quick prep: ready');
    expect(await fitsPopup(page)).toBe(true);
    // Opened as a page of its own, the popup has no web page behind it: nothing to insert into (quick-prep-insert.spec.ts).
    await expect(page.getByRole('button', { name: /^Insert/ })).toHaveCount(0);

    await page.getByRole('button', { name: 'Done' }).click();
    await expect(page.getByRole('button', { name: 'I’m about to have a hard conversation' })).toBeFocused();
    egress.assertNone();
  });
}

test('the popup shows today’s plan and favourite words, and the prep offers them first', async ({ context, extensionUrl }) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 380, height: 600 });
  await page.goto(extensionUrl('extension/popup/index.html'));
  await expect(page.getByText('No boundaries yet.')).toBeVisible(); // The database exists now.
  await expect(page.getByText('No favourites yet.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Today’s plan' })).toHaveCount(0);

  const noon = new Date();
  noon.setHours(12, 0, 0, 0);
  const now = Date.now();
  await seed(page, 'plans', [
    {
      id: 'plan-today', createdAt: now, updatedAt: now, who: 'Sam', about: 'money for rent', goal: 'Stay kind', timeAndPlace: '',
      opening: 'Can we talk about the rent for a minute?', keyPoints: [], promptIds: [], avoid: '',
      exitLine: 'Let’s stop here and pick it up tomorrow.', afterCare: '', scheduledAt: noon.getTime(),
    },
  ]);
  await seed(page, 'favourites', [{ id: 'calm-slow-down', createdAt: now, updatedAt: now }]);
  await page.reload();

  const today = page.getByRole('region', { name: 'Today’s plan' });
  await expect(today).toContainText('Talk with Sam about money for rent');
  await expect(today).toContainText('Can we talk about the rent for a minute?');
  await expect(today.getByRole('button', { name: 'Copy exit line' })).toBeVisible();
  await expect(page.getByText('Let’s both slow down. I’m listening.')).toBeVisible();
  await expectNoAxeViolations(page, 'popup with today’s plan and favourites');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page, 'popup with today’s plan and favourites (dark)');
  expect(await fitsPopup(page)).toBe(true);

  // Find more words: star one, and it is there when you come back.
  await page.getByRole('button', { name: 'Find words to say' }).click();
  await expect(page.getByRole('heading', { name: 'Find words to say' })).toBeFocused();
  await page.getByRole('searchbox', { name: 'Search prompts' }).fill('proud');
  await page.getByRole('button', { name: /^Favourite: I feel proud of you/ }).click();
  await expectNoAxeViolations(page, 'popup: find words (dark)');
  await page.emulateMedia({ colorScheme: 'light' });
  await expectNoAxeViolations(page, 'popup: find words');
  expect(await fitsPopup(page)).toBe(true);
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByText('I feel proud of you for [what they did].')).toBeVisible();

  // The prep puts today's plan and favourites first.
  await page.getByRole('button', { name: 'I’m about to have a hard conversation' }).click();
  await page.getByRole('button', { name: 'I’m ready' }).click();
  await page.getByRole('radio', { name: 'Listen, and understand how they see it' }).check();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByRole('radio').first()).toHaveAccessibleName(/Can we talk about the rent for a minute\?.*From today’s plan/);
  await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByRole('radio').nth(1)).toHaveAccessibleName(/Let’s both slow down\. I’m listening\..*One of your favourites/);
  await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Exit line' })).toHaveValue('Let’s stop here and pick it up tomorrow.');
});

const HARD_TALK = 'I’m about to have a hard conversation';
const OPENING_WORDS = 'Sam, can we talk for a few minutes about the car?';

test('a prep in progress waits when the popup closes, and opens again at the same step with the same words', async ({ context, extensionUrl }) => {
  // A page stays open behind the popup, as the web page being written in would.
  await context.newPage();
  let popup = await openPopup(context, extensionUrl);
  await popup.getByRole('button', { name: HARD_TALK }).click();
  await popup.getByRole('button', { name: 'I’m ready' }).click();
  await popup.getByRole('radio', { name: 'Say one boundary, calmly' }).check();
  await popup.getByRole('button', { name: 'Next', exact: true }).click();
  await popup.getByRole('radio', { name: /^Can I share something I’ve noticed\?/ }).check();
  await popup.close();

  popup = await openPopup(context, extensionUrl);
  await expect(popup.getByRole('heading', { name: /Step 3 of 4.*Your opening line/ })).toBeFocused();
  await expect(popup.getByRole('radio', { name: /^Can I share something I’ve noticed\?/ })).toBeChecked();
  await expectNoAxeViolations(popup, 'quick prep: opened again where it was');
  // Words of their own, and the popup closes as soon as they are typed (a click in the page).
  await popup.getByRole('radio', { name: 'My own words' }).check();
  await popup.getByRole('textbox', { name: 'Your words' }).fill(OPENING_WORDS);
  await popup.close();

  popup = await openPopup(context, extensionUrl);
  await expect(popup.getByRole('heading', { name: /Step 3 of 4.*Your opening line/ })).toBeFocused();
  await expect(popup.getByRole('radio', { name: 'My own words' })).toBeChecked();
  await expect(popup.getByRole('textbox', { name: 'Your words' })).toHaveValue(OPENING_WORDS);
  await popup.getByRole('button', { name: 'Next', exact: true }).click();
  await popup.getByRole('radio', { name: 'My own words' }).check();
  await popup.getByRole('textbox', { name: 'Your words' }).fill('I need a short break. Let’s talk after dinner.');
  await popup.getByRole('button', { name: 'Next', exact: true }).click();
  await popup.getByRole('textbox', { name: 'Opening line' }).fill(`${OPENING_WORDS} No rush.`);
  await popup.close();

  popup = await openPopup(context, extensionUrl);
  await expect(popup.getByRole('heading', { name: 'You’re ready' })).toBeFocused();
  await expect(popup.getByText('Say one boundary, calmly')).toBeVisible();
  await expect(popup.getByRole('textbox', { name: 'Opening line' })).toHaveValue(`${OPENING_WORDS} No rush.`);
  await expect(popup.getByRole('textbox', { name: 'Exit line' })).toHaveValue('I need a short break. Let’s talk after dinner.');
  await expectNoAxeViolations(popup, 'quick prep: ready, opened again');
  expect(await fitsPopup(popup)).toBe(true);
});

test('Done and Start again let the prep go: the next popup starts afresh', async ({ context, extensionUrl }) => {
  await context.newPage();
  let popup = await openPopup(context, extensionUrl);
  const toReady = async () => {
    await popup.getByRole('button', { name: 'I’m ready' }).click();
    await popup.getByRole('radio', { name: 'Stay close, even if we don’t agree' }).check();
    await popup.getByRole('button', { name: 'Next', exact: true }).click();
    await popup.getByRole('radio', { name: /^Can I share something I’ve noticed\?/ }).check();
    await popup.getByRole('button', { name: 'Next', exact: true }).click();
    await popup.getByRole('radio').first().check();
    await popup.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(popup.getByRole('heading', { name: 'You’re ready' })).toBeFocused();
  };
  /** The popup opens at its overview, and the prep at its first step with nothing chosen. */
  const expectFresh = async () => {
    await expect(popup.getByRole('button', { name: HARD_TALK })).toBeVisible();
    await expect(popup.getByRole('heading', { name: /Step \d of 4/ })).toHaveCount(0);
    await popup.getByRole('button', { name: HARD_TALK }).click();
    await expect(popup.getByRole('heading', { name: /Step 1 of 4.*Breathe/ })).toBeFocused();
    await popup.getByRole('button', { name: 'I’m ready' }).click();
    await expect(popup.getByRole('radio', { checked: true })).toHaveCount(0);
    await popup.getByRole('button', { name: 'Back' }).click();
  };

  await popup.getByRole('button', { name: HARD_TALK }).click();
  await toReady();
  await popup.getByRole('button', { name: 'Done' }).click();
  await expect(popup.getByRole('button', { name: HARD_TALK })).toBeFocused();
  await popup.close();
  popup = await openPopup(context, extensionUrl);
  await expectFresh();

  await toReady();
  await popup.close();
  popup = await openPopup(context, extensionUrl);
  await expect(popup.getByRole('heading', { name: 'You’re ready' })).toBeFocused();
  await popup.getByRole('button', { name: 'Start again' }).click();
  await expect(popup.getByRole('heading', { name: /Step 1 of 4.*Breathe/ })).toBeFocused();
  await popup.close();
  popup = await openPopup(context, extensionUrl);
  await expectFresh();
});

test('the 60-second prep asks the safety question once; a yes puts safety first, with the emergency number, and says the course has a safety plan', async ({ context, extensionUrl }) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 380, height: 600 });
  await page.goto(extensionUrl('extension/popup/index.html'));
  await page.getByRole('button', { name: HARD_TALK }).click();
  await page.getByRole('button', { name: 'I’m ready' }).click();
  const prep = page.locator('al-quick-prep');
  const question = prep.getByRole('heading', { name: 'Are you ever afraid of how they might react?' });
  await expect(question).toBeVisible();
  await expectNoAxeViolations(page, 'quick prep: the safety question');
  await prep.getByRole('button', { name: 'Yes', exact: true }).click();
  await expect(prep.getByRole('heading', { name: 'Your safety comes first' })).toBeFocused();
  await expect(prep.getByText('Don’t say it alone with them, or face to face, if you fear how they will react.')).toBeVisible();
  // No course page to link to here: it says where the plan is instead.
  await expect(prep.getByText('The Alongside course has a private safety plan')).toBeVisible();
  await expect(prep.getByRole('link', { name: 'Make a private safety plan' })).toHaveCount(0);
  await expect(prep.getByRole('link', { name: 'your local emergency number' })).toHaveCount(0);
  const emergency = prep.getByRole('link', { name: /^(911|999|000|111|112 or 999)$/ });
  if ((await emergency.count()) === 0) await expect(prep.getByText('If you are in danger now, call your local emergency number.')).toBeVisible();
  else await expect(emergency.first()).toHaveAttribute('href', /^tel:\d+$/);
  await expectNoAxeViolations(page, 'quick prep: safety first');
  expect(await fitsPopup(page)).toBe(true);

  // The answer does not block the prep, and changes its closing advice.
  await prep.getByRole('radio', { name: 'Say one boundary, calmly' }).check();
  await prep.getByRole('button', { name: 'Next', exact: true }).click();
  await prep.getByRole('radio', { name: /^Can I share something I’ve noticed\?/ }).check();
  await prep.getByRole('button', { name: 'Next', exact: true }).click();
  await prep.getByRole('radio').first().check();
  await prep.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(prep.getByRole('heading', { name: 'You’re ready' })).toBeFocused();
  await expect(prep.getByText('A message or a call can be safer than face to face')).toBeVisible();
  await expect(prep.getByText('it is okay to say your exit line and step away')).toHaveCount(0);
  await expectNoAxeViolations(page, 'quick prep: ready, safety first');
  await prep.getByRole('button', { name: 'Done' }).click();

  // Asked once: the next prep remembers, and the answer can be changed to no.
  await page.reload();
  await page.getByRole('button', { name: HARD_TALK }).click();
  await page.getByRole('button', { name: 'I’m ready' }).click();
  await expect(question).toHaveCount(0);
  await prep.getByRole('button', { name: 'Change my answer' }).click();
  await prep.getByRole('button', { name: 'No', exact: true }).click();
  await expect(prep.getByRole('button', { name: 'Are you ever afraid of how they might react?' })).toBeFocused();
  await prep.getByRole('radio', { name: 'Stay close, even if we don’t agree' }).check();
  await prep.getByRole('button', { name: 'Next', exact: true }).click();
  await prep.getByRole('radio').first().check();
  await prep.getByRole('button', { name: 'Next', exact: true }).click();
  await prep.getByRole('radio').first().check();
  await prep.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(prep.getByText('it is okay to say your exit line and step away', { exact: false })).toBeVisible();
  await expect(prep.getByText('A message or a call can be safer than face to face')).toHaveCount(0);
});
