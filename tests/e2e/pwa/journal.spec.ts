import { expect, test } from '../support/pwa-test.ts';
import type { Page } from '@playwright/test';
import { expectNoAxeViolationsLightAndDark } from '../support/axe.ts';

/** Puts journal entries straight into the app's database (tests only), then reloads. */
async function seed(page: Page, entries: object[]): Promise<void> {
  await page.evaluate(async (list) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('alongside');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction('journal', 'readwrite');
    for (const e of list) tx.objectStore('journal').put(e);
    await new Promise((resolve, reject) => ((tx.oncomplete = resolve), (tx.onerror = () => reject(tx.error))));
    db.close();
  }, entries);
  await page.reload();
}

async function openEmptyJournal(page: Page): Promise<void> {
  await page.goto('/journal');
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  await expect(page.getByText('Your journal is empty for now')).toBeVisible();
}

async function writeNote(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: 'Write a note' }).click();
  await expect(page.getByRole('textbox', { name: 'Your note' })).toBeFocused();
  await page.getByRole('textbox', { name: 'Your note' }).fill(text);
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByText(text)).toBeVisible();
}

const DAY = 86_400_000;
const entry = (i: number, extra: object = {}) => ({
  id: `seed-${i}`, kind: 'reflection', week: (i % 8) + 1, prompt: `Question ${i}`, text: `Answer number ${i}`,
  createdAt: Date.now() - i * 3_600_000, updatedAt: Date.now() - i * 3_600_000, ...extra,
});

test('a note can be written, found, edited, deleted and brought back', async ({ page }) => {
  await openEmptyJournal(page);
  await writeNote(page, 'Called my sister tonight. It helped to say it out loud.');
  await expect(page.getByRole('status').filter({ hasText: 'Note saved' })).toBeAttached();
  await writeNote(page, 'Slept badly again, but I went for a walk.');

  const search = page.getByRole('searchbox', { name: 'Search your journal' });
  await search.fill('sister');
  await expect(page.getByRole('status').filter({ hasText: '1 entry found' })).toBeAttached();
  await expect(page.getByText('Called my sister tonight.')).toBeVisible();
  await expect(page.getByText('Slept badly again')).toHaveCount(0);
  await search.fill('nothing like this');
  await expect(page.getByText('Nothing matches')).toBeVisible();
  await search.fill('');
  await expect(page.getByText('Slept badly again')).toBeVisible();

  await page.getByRole('button', { name: /^Edit entry: Called my sister/ }).click();
  const editor = page.getByRole('textbox', { name: 'Edit your note' });
  await expect(editor).toBeFocused();
  await editor.fill('Called my sister tonight. She listened.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Called my sister tonight. She listened.')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Edit entry: Called my sister/ })).toBeFocused();

  await page.getByRole('button', { name: /^Delete entry: Called my sister/ }).click();
  await expect(page.getByText('Called my sister tonight. She listened.')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Called my sister tonight. She listened.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Called my sister tonight. She listened.')).toBeVisible();
  await expect(page.getByText('Slept badly again, but I went for a walk.')).toBeVisible();
});

test('an empty note is not saved, and the form says why', async ({ page }) => {
  await openEmptyJournal(page);
  await page.getByRole('button', { name: 'Write a note' }).click();
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByText('Write a few words first.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Your note' })).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'Write a note' })).toBeFocused();
});

test('a long journal shows 50 entries at a time, with "Show more"', async ({ page }) => {
  await openEmptyJournal(page);
  await seed(page, Array.from({ length: 120 }, (_, i) => entry(i)));
  const entries = page.locator('al-journal-entry');
  await expect(entries).toHaveCount(50);
  await expect(page.getByText('Showing 50 of 120 entries.')).toBeVisible();
  await page.getByRole('button', { name: 'Show more' }).click();
  await expect(entries).toHaveCount(100);
  // Focus moves to the first new entry, so keyboard and screen reader users carry on from there.
  await expect(page.getByRole('article', { name: 'Question 50' })).toBeFocused();
  await page.getByRole('button', { name: 'Show more' }).click();
  await expect(entries).toHaveCount(120);
  await expect(page.getByRole('button', { name: 'Show more' })).toHaveCount(0);
});

test('10,000 entries: only 50 in the page, and search still finds one quickly', async ({ page }) => {
  await openEmptyJournal(page);
  const many = Array.from({ length: 10_000 }, (_, i) => entry(i, i === 7_777 ? { text: 'The needle in the haystack' } : {}));
  await seed(page, many);
  await expect(page.locator('al-journal-entry')).toHaveCount(50);
  await expect(page.getByText('Showing 50 of 10,000 entries.')).toBeVisible();
  const started = Date.now();
  await page.getByRole('searchbox', { name: 'Search your journal' }).pressSequentially('needle', { delay: 20 });
  await expect(page.getByRole('status').filter({ hasText: '1 entry found' })).toBeAttached();
  await expect(page.getByText('The needle in the haystack')).toBeVisible();
  expect(Date.now() - started).toBeLessThan(5_000);
});

test('practice entries show their plan and when they were tried; the week view groups by week', async ({ page }) => {
  await openEmptyJournal(page);
  const now = Date.now();
  await seed(page, [
    { id: 'ref:w1-practice', kind: 'practice', week: 1, ref: 'w1-practice', prompt: 'Try this: Set one thing down', text: 'It went better than I thought.',
      plan: { 'set-down': 'Counting the bottles', when: 'Sunday evening' }, triedAt: now - DAY, createdAt: now - 3 * DAY, updatedAt: now - DAY },
    { id: 'n1', kind: 'note', prompt: '', text: 'A note outside the course.', createdAt: now, updatedAt: now },
  ]);
  const practice = page.getByRole('article', { name: 'Try this: Set one thing down' });
  await expect(practice.getByText('One thing I will set down this week')).toBeVisible();
  await expect(practice.getByText('Counting the bottles')).toBeVisible();
  await expect(practice.getByText(/^Tried on /)).toBeVisible();

  await page.getByRole('button', { name: 'By week' }).click();
  await expect(page.getByRole('button', { name: 'By week' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('heading', { level: 2, name: 'Week 1: Hope and the recovery model' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Other notes' })).toBeVisible();
});

test('the journal has no axe violations, empty, full and editing, light and dark', async ({ page }) => {
  await openEmptyJournal(page);
  // Empty, the screen is checked by every-screen.spec.ts; here, in the states only this test makes.
  await seed(page, [
    entry(1, { kind: 'practice', prompt: 'Try this: Set one thing down', plan: { when: 'Sunday' }, triedAt: Date.now() }),
    entry(2), entry(30, { kind: 'note', prompt: '', week: undefined }),
  ]);
  await expect(page.locator('al-journal-entry')).toHaveCount(3);
  await page.getByRole('button', { name: 'Write a note' }).click();
  await page.getByRole('button', { name: 'Save note' }).click();
  await page.getByRole('button', { name: /^Edit entry: Answer number 2/ }).click();
  await page.getByRole('searchbox', { name: 'Search your journal' }).fill('answer');
  await expect(page.getByRole('status').filter({ hasText: 'entries found' })).toBeAttached();
  await expectNoAxeViolationsLightAndDark(page, '/journal with entries');
});
