import type { Page } from '@playwright/test';
import { codeFor, typicalPack } from '../../fixtures/hostile-class-packs.ts';
import { dumpPageDatabase, turnOnLock } from '../support/page-db.ts';
import { expect, test } from '../support/pwa-test.ts';

const PASSCODE = 'kettle on sunday';
const NOTE = 'Drove to the pharmacy with my brother-in-law; nobody said a word.';
const REFLECTION = 'Fishing at the reservoir again, and a job at the bakery.';
const STAR_AREAS = ['My wellbeing', 'Knowing about it', 'Talking together', 'My boundaries', 'My support', 'Hope', 'My own life'];

/** Opens a step of the lesson from the "All steps" list, as a reader would. */
async function openStep(page: Page, name: string | RegExp): Promise<void> {
  await page.getByText('All steps in this week').click();
  await page.getByRole('list').getByRole('button', { name }).click();
  await expect(page.getByRole('heading', { level: 2, name })).toBeFocused();
}

/** Opens a page: a load forgets the key, so the passcode is typed again on the lock screen. */
async function go(page: Page, path: string): Promise<void> {
  await page.goto(path);
  const lockScreen = page.getByRole('dialog', { name: 'Alongside is locked' });
  await lockScreen.getByLabel('Passcode').fill(PASSCODE);
  await lockScreen.getByRole('button', { name: 'Unlock' }).click();
  await expect(lockScreen).toHaveCount(0);
}

/** The padded size of a sealed value's plain bytes (shared/data/trust/crypto.ts `paddedLength`), restated so the test checks the rule, not the code. */
function inBucket(plainBytes: number): boolean {
  if (plainBytes > 65_536) return plainBytes % 65_536 === 0;
  return plainBytes >= 256 && (plainBytes & (plainBytes - 1)) === 0;
}

test('with the lock on, no word, answer, score, relationship or class of the person shows in the raw database, and sealed sizes fall in buckets', async ({ page }) => {
  test.setTimeout(120_000);
  await turnOnLock(page, PASSCODE);
  await expect(page.getByText(/These stay readable on this device/)).toBeVisible();

  // A profile: a son, and substance use.
  await go(page, '/');
  await page.getByRole('link', { name: 'Get started' }).click();
  await page.getByRole('radio', { name: 'My son' }).check();
  await page.getByRole('radio', { name: 'Substance use (alcohol or drugs)' }).check();
  await page.getByRole('button', { name: 'Start the course' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Alongside' })).toBeVisible();

  // A self-check and a reflection in week 1.
  await go(page, '/course/week/1');
  await openStep(page, 'A gentle self-check');
  const checks = page.locator('al-self-check fieldset');
  await checks.nth(0).getByRole('radio').nth(2).check();
  await checks.nth(1).getByRole('radio').nth(0).check();
  await expect(checks.nth(1).getByText(/Yes, that fits\.|A common thought\./)).toBeVisible();
  await openStep(page, 'Reflect');
  await page.getByRole('textbox', { name: 'What might a good life look like for your son, in their own eyes?' }).fill(REFLECTION);
  await expect(page.getByText('Saved on this device.').first()).toBeVisible();

  // A supporter star.
  await go(page, '/star');
  for (const area of STAR_AREAS) await page.getByRole('group', { name: new RegExp(`^${area}`) }).getByRole('radio', { name: /^4\.\s/ }).check();
  await page.getByRole('button', { name: 'Save my star' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your star is saved' })).toBeAttached();

  // A class.
  await go(page, `/join#pack=${await codeFor(JSON.stringify(typicalPack()))}`);
  await page.getByRole('button', { name: 'Join this class' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'You joined Tuesday family group.' })).toBeVisible();

  // A journal note.
  await go(page, '/journal');
  await page.getByRole('button', { name: 'Write a note' }).click();
  await page.getByRole('textbox', { name: 'Your note' }).fill(NOTE);
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByText(NOTE)).toBeVisible();

  const dump = await dumpPageDatabase(page);
  const needles = [
    // The profile: the relationship (as stored and as shown) and the situation.
    '"son"', 'your son', 'relationship', 'substance',
    // The self-check: its question ids and the answers map.
    'w1-what-recovery-is', 'w1-two-models', 'answers',
    // The star: its areas and scores.
    'wellbeing', 'scores',
    // The class: its name, place, facilitator and id, and its meeting dates in the pacing.
    'Tuesday family group', 'Riverside', 'Sam', 'c1a55', 'opensAt',
    // The reflection (its words, its question, and the id naming the question) and the note.
    'Fishing', 'reservoir', 'w1-what-recovery-could-mean', 'ref:', 'good life', 'pharmacy', 'brother-in-law',
  ];
  for (const needle of needles) expect(dump, needle).not.toContain(needle);

  // Every sealed value is padded to a bucket (16 bytes of AES-GCM tag on top).
  const sizes = [...dump.matchAll(/"sealed":\{"iv":\{"bytes":"[0-9a-f]*"\},"data":\{"bytes":"([0-9a-f]*)"\}/g)].map((m) => m[1]!.length / 2 - 16);
  // The profile, the class and its dates, the week's progress, the star, the reflection and the note.
  expect(sizes.length).toBeGreaterThanOrEqual(7);
  for (const size of sizes) expect(inBucket(size), `sealed size ${size}`).toBe(true);

  // The lock screen says what it hides and what stays readable; unlocking brings it all back.
  await go(page, '/settings/lock');
  await page.getByRole('button', { name: 'Lock now' }).click();
  const lockScreen = page.getByRole('dialog', { name: 'Alongside is locked' });
  await lockScreen.getByText('What does the lock hide?').click();
  await expect(lockScreen.getByText(/self-check answers,\s+supporter star scores/)).toBeVisible();
  await expect(lockScreen.getByText(/the times of planned conversations/)).toBeVisible();
  await lockScreen.getByLabel('Passcode').fill(PASSCODE);
  await lockScreen.getByRole('button', { name: 'Unlock' }).click();
  await expect(lockScreen).toHaveCount(0);
  await go(page, '/journal');
  await expect(page.getByText(NOTE)).toBeVisible();
  await expect(page.getByText(REFLECTION)).toBeVisible();
  await go(page, '/course/week/1');
  await openStep(page, 'Reflect');
  await expect(page.getByRole('textbox', { name: 'What might a good life look like for your son, in their own eyes?' })).toHaveValue(REFLECTION);
});
