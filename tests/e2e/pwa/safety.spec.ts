import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { countryHelp, linesOfKind } from '../../../shared/content/crisis-lines.ts';
import { SAFER_ADVICE } from '../../../shared/domain/crisis/safety-plan.ts';
import { expectNoAxeViolations, expectNoAxeViolationsLightAndDark } from '../support/axe.ts';
import { fillBoundaryBuilder } from '../support/boundary-builder.ts';
import { tabTo, visibleButtons } from '../support/deep.ts';
import { expect, test } from '../support/pwa-test.ts';
import { turnOnLock } from '../support/page-db.ts';

// The browser says it is in the United States: the lines shown are the US ones.
test.use({ locale: 'en-US' });

const QUESTION = 'Are you ever afraid of how they might react?';
const PASSCODE = 'kettle on sunday';
const CODE_WORD = 'Did you feed the goldfish?';
const PLACES = 'Ana’s flat on Mill Road, any time of day';

/** The emergency number and the US domestic-violence line(s), as tap targets, or the way to find one. */
async function expectSafetyLines(page: Page): Promise<void> {
  const us = countryHelp('US')!;
  await expect(page.getByRole('link', { name: us.emergency, exact: true }).first()).toHaveAttribute('href', us.emergencyHref);
  const lines = linesOfKind(us, ['violence']);
  for (const line of lines) {
    for (const contact of line.contacts) await expect(page.getByRole('link', { name: contact.label }).first()).toHaveAttribute('href', contact.href);
  }
  if (!lines.length) await expect(page.getByRole('link', { name: 'Find a line for your country' }).first()).toHaveAttribute('href', '/help');
}

/** Every store's raw records for one store, binary as Latin-1 text, exactly as IndexedDB holds them. */
async function rawStore(page: Page, store: string): Promise<string> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('alongside');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const all = await new Promise<unknown[]>((resolve) => {
      const r = db.transaction(name).objectStore(name).getAll();
      r.onsuccess = () => resolve(r.result);
    });
    db.close();
    return JSON.stringify(all, (_k, v: unknown) => (v instanceof Uint8Array ? String.fromCharCode(...v) : v));
  }, store);
}

test('a yes to the safety question in the boundary builder puts safety first, with the lines and the safety plan; asked once, and can be changed', async ({ page }) => {
  await page.goto('/boundaries');
  const question = page.getByRole('heading', { name: QUESTION });
  await expect(question).toBeVisible();
  await expect(page.getByRole('heading', { name: /Step 1 of 6/ })).toBeVisible();
  await expectNoAxeViolations(page, 'boundary builder with the safety question');

  await page.getByRole('button', { name: 'Yes', exact: true }).click();
  const safety = page.getByRole('heading', { name: 'Your safety comes first' });
  await expect(safety).toBeFocused();
  await expect(question).toHaveCount(0);
  await expect(page.getByText('Don’t say it alone with them, or face to face, if you fear how they will react.')).toBeVisible();
  await expect(page.getByText('It is okay not to say it at all while you are not safe.', { exact: false })).toBeVisible();
  await expectSafetyLines(page);
  await expect(page.getByRole('link', { name: 'Make a private safety plan' })).toHaveAttribute('href', '/safety-plan');
  await expectNoAxeViolationsLightAndDark(page, 'boundary builder, safety first');

  // The yes changes the advice in the steps too.
  await fillBoundaryBuilder(page, { situation: 'you have been drinking and start shouting', action: 'go to my sister’s for the night' });
  await page.getByRole('button', { name: 'Change: The words you will say' }).click();
  await expect(page.getByText(SAFER_ADVICE.words)).toBeVisible();
  await page.getByRole('button', { name: 'Back to review' }).click();
  await expect(safety).toBeVisible();

  // Asked once: after a reload the answer stands, and no question is asked.
  await page.reload();
  await expect(safety).toBeVisible();
  await expect(question).toHaveCount(0);

  // The answer can be changed, and a no leaves only a small way to ask again.
  await page.getByRole('button', { name: 'Change my answer' }).click();
  await expect(question).toBeFocused();
  await page.getByRole('button', { name: 'No', exact: true }).click();
  await expect(safety).toHaveCount(0);
  await expect(page.getByRole('button', { name: QUESTION })).toBeFocused();
  await page.reload();
  await expect(page.getByRole('button', { name: QUESTION })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Yes', exact: true })).toHaveCount(0);
  await expect(page.getByText(SAFER_ADVICE.words)).toHaveCount(0);
});

test('the question can be skipped without blocking the builder, and the planner shares the answer; a yes there changes where and how to talk', async ({ page }) => {
  await page.goto('/plans/new');
  const place = page.getByRole('textbox', { name: 'A good time and place' });
  await expect(page.getByRole('heading', { name: QUESTION })).toBeVisible();
  await expect(page.getByText('When you are both calm and rested, somewhere private.', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Yes', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Your safety comes first' })).toBeFocused();
  await expect(page.getByText(SAFER_ADVICE.timeAndPlace)).toBeVisible();
  await expect(page.getByText('somewhere private', { exact: false })).toHaveCount(0);
  await expect(place).toBeVisible();
  await expectSafetyLines(page);
  await expectNoAxeViolations(page, 'planner, safety first');

  // The builder knows the answer already.
  await page.goto('/boundaries');
  await expect(page.getByRole('heading', { name: 'Your safety comes first' })).toBeVisible();
  await expect(page.getByRole('heading', { name: QUESTION })).toHaveCount(0);

  // Skipping asks no more, and never stands in the way.
  await page.getByRole('button', { name: 'Change my answer' }).click();
  await page.getByRole('button', { name: 'Skip this question' }).click();
  await expect(page.getByRole('button', { name: QUESTION })).toBeFocused();
  await fillBoundaryBuilder(page, { situation: 'you ask me for money', action: 'say no kindly' });
  await page.getByRole('button', { name: 'Save boundary' }).click();
  await expect(page.getByText('When you ask me for money, I will say no kindly.')).toBeVisible();
});

test('the safety plan saves as typed, stays after a reload, is sealed under the lock, comes back from a backup and goes with “Delete all my data”', async ({ page }) => {
  await page.goto('/safety-plan');
  await expect(page.getByRole('heading', { level: 1, name: 'My safety plan' })).toBeVisible();
  await expect(page).toHaveTitle('A private plan · Alongside');
  await expectSafetyLines(page);
  await expect(page.getByRole('link', { name: 'app lock' })).toHaveAttribute('href', '/settings/lock');
  await page.getByRole('textbox', { name: 'Our code word' }).fill(CODE_WORD);
  await page.getByRole('textbox', { name: 'Safe places I can go' }).fill(PLACES);
  await expect(page.getByText('Saved on this device.')).toHaveCount(2);

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Our code word' })).toHaveValue(CODE_WORD);
  await expect(page.getByRole('textbox', { name: 'Safe places I can go' })).toHaveValue(PLACES);
  await expectNoAxeViolations(page, '/safety-plan with words');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText(PLACES)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Leave this page quickly' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // A backup holds it.
  await page.goto('/backup');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a backup file' }).click();
  const file = test.info().outputPath('safety-backup.json');
  await (await download).saveAs(file);
  expect(JSON.parse(readFileSync(file, 'utf8')).stores.safetyPlan[0].fields.codeWord).toBe(CODE_WORD);

  // With the lock on, nothing of it is readable at rest.
  await turnOnLock(page, PASSCODE);
  const raw = await rawStore(page, 'safetyPlan');
  expect(raw).toContain('sealed');
  expect(raw).not.toContain('goldfish');
  expect(raw).not.toContain('Mill Road');
  await page.getByRole('button', { name: 'Lock now' }).click();
  await page.goto('/safety-plan');
  const lockScreen = page.getByRole('dialog', { name: 'Alongside is locked' });
  await expect(lockScreen).toBeVisible();
  await expect(page.getByText(PLACES)).toHaveCount(0);
  await lockScreen.getByLabel('Passcode').fill(PASSCODE);
  await lockScreen.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('textbox', { name: 'Our code word' })).toHaveValue(CODE_WORD);
  await expect(page.getByText('is on: this plan is stored scrambled')).toBeVisible();

  // "Delete all my data" takes it.
  await page.goto('/privacy');
  await page.getByRole('button', { name: 'Delete all my data…' }).click();
  await page.getByRole('checkbox', { name: /I understand this deletes everything/ }).check();
  await page.getByRole('button', { name: 'Delete everything', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Everything is deleted' })).toBeVisible();
  expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);
  await page.getByRole('button', { name: 'Start again' }).click();
  await page.goto('/safety-plan');
  await expect(page.getByRole('textbox', { name: 'Our code word' })).toHaveValue('');

  // And the backup brings it back.
  await page.goto('/backup');
  await page.getByLabel('Choose a backup file').setInputFiles(file);
  await expect(page.getByText('1 private safety plan', { exact: true })).toBeVisible();
  await page.getByRole('radio', { name: /Replace everything/ }).check();
  await page.getByRole('button', { name: 'Bring it back' }).click();
  await page.getByRole('button', { name: 'Replace everything', exact: true }).click();
  await expect(page.getByText('Done. Your backup is back on this device.')).toBeVisible();
  await page.goto('/safety-plan');
  await expect(page.getByRole('textbox', { name: 'Our code word' })).toHaveValue(CODE_WORD);
  await expect(page.getByRole('textbox', { name: 'Safe places I can go' })).toHaveValue(PLACES);
});

test('“Leave this page quickly” is reached by keyboard, opens a plain page, and takes the plan out of the Back button', async ({ page }) => {
  await page.goto('/toolkit');
  await page.goto('/safety-plan');
  const leave = page.getByRole('button', { name: 'Leave this page quickly' });
  await expect(leave).toBeVisible();
  await tabTo(page, leave);
  await expect(leave).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/course$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\/toolkit$/);
});

test('the safety plan and the question fit a small phone, with big enough buttons, and have no axe violations in dark', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const path of ['/safety-plan', '/boundaries', '/plans/new']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    if (path !== '/safety-plan') await expect(page.getByRole('heading', { name: QUESTION })).toBeVisible();
    else await expect(page.getByRole('textbox', { name: 'Our code word' })).toBeVisible();
    await expectNoAxeViolations(page, `${path} (dark, 320px)`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${path} sideways scroll`).toBe(0);
    const small = (await visibleButtons(page)).filter((b) => b.width < 44 || b.height < 44);
    expect(small, path).toEqual([]);
  }
});
