import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/extension.ts';
import { expectNoAxeViolations } from '../support/axe.ts';
import { saveBoundaryWithBuilder } from '../support/boundary-builder.ts';
import { PWA_URL, linkCourse, lockCourse } from '../support/course-link.ts';

const PASSCODE = 'kettle on sunday';

const FROM_COURSE = { situation: 'you ask me for money', action: 'say no kindly', reason: 'I want to support you, not the drinking' };
const FROM_COURSE_TEXT = 'When you ask me for money, I will say no kindly, because I want to support you, not the drinking.';
const FROM_POPUP = { situation: 'my brother calls after midnight', action: 'text back that I love him', reason: 'I need sleep to be there for him' };
const FROM_POPUP_TEXT = 'When my brother calls after midnight, I will text back that I love him, because I need sleep to be there for him.';
const LOCKED_POPUP = { situation: 'the shouting starts at dinner', action: 'step outside for ten minutes', reason: 'we both need to cool down' };
const LOCKED_POPUP_TEXT = 'When the shouting starts at dinner, I will step outside for ten minutes, because we both need to cool down.';
/** Words of each boundary that must never be readable at rest while the lock is on. */
const SECRETS = ['ask me for money', 'the drinking', 'calls after midnight', 'I love him', 'shouting starts at dinner', 'cool down'];

/**
 * Everything a page's database holds (the extension's, from an extension page), read with
 * IndexedDB directly, not through the repositories; bytes shown as characters so plain bytes
 * would show too.
 */
async function rawExtensionDb(page: Page): Promise<{ dump: string; sealedBoundaries: number; plainBoundaries: number; lockSetting: boolean }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('alongside');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const stores: Record<string, unknown[]> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      stores[name] = await new Promise<unknown[]>((resolve, reject) => {
        const req = db.transaction(name).objectStore(name).getAll();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    }
    db.close();
    const boundaries = (stores.boundaries ?? []) as { sealed?: unknown }[];
    return {
      dump: JSON.stringify(stores, (_k, v: unknown) => (v instanceof Uint8Array ? String.fromCharCode(...v) : v)),
      sealedBoundaries: boundaries.filter((b) => b.sealed).length,
      plainBoundaries: boundaries.filter((b) => !b.sealed).length,
      lockSetting: ((stores.settings ?? []) as { id: string }[]).some((s) => s.id === 'lock'),
    };
  });
}

async function saveInPopup(popup: Page, parts: { situation: string; action: string; reason: string }): Promise<void> {
  await popup.getByRole('textbox', { name: 'When this happens' }).fill(parts.situation);
  await popup.getByRole('textbox', { name: 'I will' }).fill(parts.action);
  await popup.getByRole('textbox', { name: 'Because' }).fill(parts.reason);
  await popup.getByRole('button', { name: 'Save boundary' }).click();
}

test('with the course locked, the linked extension keeps the words only sealed, opens them with the course passcode, and follows the lock off', async ({ context, extensionUrl }) => {
  // One journey with about a dozen passcode checks, each a deliberately slow key derivation
  // (600,000 PBKDF2 rounds): about 30 s alone, and twice that with two workers on two cores.
  test.slow();
  const course = await linkCourse(context);

  // One boundary made in the course, one in the popup, both in the extension in plain text (lock off).
  await course.goto(`${PWA_URL}/boundaries`);
  await saveBoundaryWithBuilder(course, FROM_COURSE);
  await expect(course.getByText(FROM_COURSE_TEXT)).toBeVisible();
  const popup = await context.newPage();
  await popup.goto(extensionUrl('extension/popup/index.html'));
  await expect(async () => {
    await popup.reload();
    await expect(popup.getByText(FROM_COURSE_TEXT)).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await saveInPopup(popup, FROM_POPUP);
  await expect(popup.getByText(FROM_POPUP_TEXT)).toBeVisible();
  expect((await rawExtensionDb(popup)).dump).toContain('calls after midnight');

  // The lock goes on in the course: the extension ends with both boundaries sealed, and nothing readable.
  await lockCourse(course, PASSCODE);
  await expect(async () => {
    const raw = await rawExtensionDb(popup);
    expect(raw.sealedBoundaries).toBe(2);
    expect(raw.plainBoundaries).toBe(0);
    expect(raw.lockSetting).toBe(true);
    for (const secret of SECRETS) expect(raw.dump, secret).not.toContain(secret);
  }).toPass({ timeout: 15_000 });
  // The boundary first made in the popup reached the course on the way (a reload locks the course).
  const lockScreen = course.getByRole('dialog', { name: 'Alongside is locked' });
  const unlockCourse = async () => {
    await lockScreen.getByLabel('Passcode').fill(PASSCODE);
    await lockScreen.getByRole('button', { name: 'Unlock' }).click();
    await expect(lockScreen).toHaveCount(0);
  };
  await course.goto(`${PWA_URL}/boundaries`);
  await unlockCourse();
  await expect(course.getByText(FROM_POPUP_TEXT)).toBeVisible();

  // The popup asks for the course passcode; nothing personal shows; what needs no words stays.
  await popup.reload();
  const panel = popup.locator('al-unlock-panel');
  await expect(panel.getByRole('heading', { name: 'Your words are locked' })).toBeVisible();
  await expect(panel.getByText('Unlock with your course passcode.')).toBeVisible();
  await expect(popup.getByText(FROM_COURSE_TEXT)).toHaveCount(0);
  await expect(popup.getByRole('button', { name: 'I’m about to have a hard conversation' })).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Need help now?' })).toBeVisible();
  await expect(popup.getByText('Linked with the course')).toBeVisible();
  await panel.getByText('Forgot your passcode?').click();
  await expect(panel.getByText(/nobody can open what you wrote without it/)).toBeVisible();

  // A wrong passcode fails kindly; the right one shows both boundaries.
  await panel.getByLabel('Course passcode').fill('kettle on monday');
  await panel.getByRole('button', { name: 'Unlock' }).click();
  await expect(panel.getByRole('alert')).toHaveText('That passcode did not match. Please try again slowly. Nothing has been changed.');
  for (const scheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme: scheme });
    await expectNoAxeViolations(popup, `popup lock screen, wrong passcode (${scheme})`);
  }
  await popup.emulateMedia({ colorScheme: 'light' });
  await panel.getByLabel('Course passcode').fill(PASSCODE);
  await panel.getByRole('button', { name: 'Unlock' }).click();
  await expect(popup.getByText(FROM_COURSE_TEXT)).toBeVisible();
  await expect(popup.getByText(FROM_POPUP_TEXT)).toBeVisible();
  await expect(popup.locator('al-unlock-panel')).toHaveCount(0);

  // A boundary written in the unlocked popup is stored sealed…
  await saveInPopup(popup, LOCKED_POPUP);
  await expect(popup.getByText(LOCKED_POPUP_TEXT)).toBeVisible();
  const raw = await rawExtensionDb(popup);
  expect(raw.sealedBoundaries).toBe(3);
  expect(raw.plainBoundaries).toBe(0);
  for (const secret of SECRETS) expect(raw.dump, secret).not.toContain(secret);

  // The plan page and the export ask for the passcode too, each in its own page's memory.
  const plan = await context.newPage();
  await plan.goto(extensionUrl('extension/plan/index.html?id=no-such-plan'));
  const planPanel = plan.locator('al-unlock-panel');
  await expect(planPanel.getByRole('heading', { level: 1, name: 'Your plan is locked' })).toBeVisible();
  await expect(plan.getByRole('complementary', { name: 'Need help now?' })).toBeVisible();
  await expectNoAxeViolations(plan, 'plan page, locked');
  await planPanel.getByLabel('Course passcode').fill(PASSCODE);
  await planPanel.getByRole('button', { name: 'Unlock' }).click();
  await expect(plan.getByRole('heading', { name: 'We could not find this plan' })).toBeVisible();
  await plan.goto(extensionUrl('extension/options/index.html'));
  await plan.getByRole('button', { name: 'Export my extension data' }).click();
  const exportPanel = plan.locator('al-unlock-panel');
  await exportPanel.getByLabel('Course passcode').fill(PASSCODE);
  const download = plan.waitForEvent('download');
  await exportPanel.getByRole('button', { name: 'Unlock' }).click();
  const file = await (await download).path();
  expect(readFileSync(file, 'utf8')).toContain('shouting starts at dinner');
  await plan.close();

  // …and reaches the course on its next sync (after a reload the course is locked: it syncs once unlocked).
  await course.reload();
  await unlockCourse();
  await expect.poll(() => rawExtensionDb(course).then((r) => r.sealedBoundaries), { timeout: 15_000 }).toBe(3);
  await course.reload();
  await unlockCourse();
  await expect(course.getByText(LOCKED_POPUP_TEXT)).toBeVisible();

  // The lock goes off in the course: the extension's records are plain again, and its lock setting is gone.
  await course.goto(`${PWA_URL}/settings/lock`);
  await unlockCourse();
  await course.getByLabel('Your passcode', { exact: true }).fill(PASSCODE);
  await course.getByRole('button', { name: 'Turn off the lock' }).click();
  await expect(course.getByRole('heading', { name: 'Turn on the lock' })).toBeVisible();
  await expect(async () => {
    const plain = await rawExtensionDb(popup);
    expect(plain.plainBoundaries).toBe(3);
    expect(plain.sealedBoundaries).toBe(0);
    expect(plain.lockSetting).toBe(false);
  }).toPass({ timeout: 15_000 });

  // The popup opens without a passcode.
  await popup.close();
  const again = await context.newPage();
  await again.goto(extensionUrl('extension/popup/index.html'));
  for (const text of [FROM_COURSE_TEXT, FROM_POPUP_TEXT, LOCKED_POPUP_TEXT]) await expect(again.getByText(text)).toBeVisible();
  await expect(again.locator('al-unlock-panel')).toHaveCount(0);
});
