import { expect, test } from '../support/pwa-test.ts';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe.ts';

/** Every record of one store, as the page's IndexedDB holds it. */
async function readAll(page: Page, store: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    (store) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('alongside');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction(store, 'readonly').objectStore(store).getAll();
          get.onsuccess = () => {
            resolve(get.result as Record<string, unknown>[]);
            open.result.close();
          };
          get.onerror = () => reject(get.error);
        };
      }),
    store,
  );
}

/** Changes one crisis plan answer straight in IndexedDB, as a tab that tells no one would (an older copy of the app, say). */
async function changeQuietly(page: Page, field: string, text: string): Promise<void> {
  await page.evaluate(
    ([field, text]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('alongside');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('crisisPlan', 'readwrite');
          const store = tx.objectStore('crisisPlan');
          const all = store.getAll();
          all.onsuccess = () => {
            for (const plan of all.result as { fields: Record<string, string>; updatedAt: number }[]) {
              plan.fields[field!] = text!;
              plan.updatedAt = Date.now();
              store.put(plan);
            }
          };
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    [field, text] as const,
  );
}

test('one journal entry edited in two tabs: nothing either typed is lost, and the person is told', async ({ page, context }) => {
  // Two pages and an axe run in one test: slow on a loaded machine, not a timing claim.
  test.setTimeout(180_000);
  await page.goto('/journal');
  await page.getByRole('button', { name: 'Write a note' }).click();
  await page.getByRole('textbox', { name: 'Your note' }).fill('Talked to Dad about the car.');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByText('Talked to Dad about the car.')).toBeVisible();

  const other = await context.newPage();
  await other.goto('/journal');
  await expect(other.getByText('Talked to Dad about the car.')).toBeVisible();

  // Both tabs open the same entry for editing.
  await page.getByRole('button', { name: /^Edit entry: Talked to Dad/ }).click();
  await other.getByRole('button', { name: /^Edit entry: Talked to Dad/ }).click();
  await page.getByRole('textbox', { name: 'Edit your note' }).fill('Talked to Dad about the car. He agreed to the bus.');
  await other.getByRole('textbox', { name: 'Edit your note' }).fill('Talked to Dad about the car. I felt calmer after.');

  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Changes saved.' })).toBeAttached();
  // The other tab is warned before it saves, and what it typed stays in the box.
  await expect(other.getByText('This entry changed in another tab since you opened it here.')).toBeVisible();
  await expect(other.getByRole('textbox', { name: 'Edit your note' })).toHaveValue('Talked to Dad about the car. I felt calmer after.');

  // Its save does not overwrite: both versions are shown, with the choice.
  await other.getByRole('button', { name: 'Save changes' }).click();
  const choice = other.getByRole('group', { name: 'This entry changed in another tab. Keep this version, keep the other, or keep both.' });
  await expect(choice).toBeVisible();
  await expect(choice).toBeFocused();
  await expect(choice.getByText('Talked to Dad about the car. I felt calmer after.')).toBeVisible();
  await expect(choice.getByText('Talked to Dad about the car. He agreed to the bus.')).toBeVisible();
  expect((await readAll(other, 'journal'))[0]?.['text']).toBe('Talked to Dad about the car. He agreed to the bus.');
  await expectNoAxeViolations(other, '/journal with a changed-in-another-tab choice');

  await choice.getByRole('button', { name: 'Keep both' }).click();
  const both = 'Talked to Dad about the car. He agreed to the bus.\n\nTalked to Dad about the car. I felt calmer after.';
  await expect(other.getByRole('status').filter({ hasText: 'Saved the version you chose.' })).toBeAttached();
  expect((await readAll(other, 'journal')).map((e) => e['text'])).toEqual([both]);
  await expect(other.getByText('I felt calmer after.')).toBeVisible();
  // The first tab, no longer editing, shows what is stored now.
  await expect(page.getByText('I felt calmer after.')).toBeVisible();
  await expect(page.getByText('He agreed to the bus.')).toBeVisible();
});

test('an autosaved crisis plan answer in two tabs: each takes in the other’s words, and a clash asks', async ({ page, context }) => {
  // Two pages and an axe run in one test: slow on a loaded machine, not a timing claim.
  test.setTimeout(180_000);
  await page.goto('/crisis-plan');
  const other = await context.newPage();
  await other.goto('/crisis-plan');
  const who = (p: Page) => p.locator('al-autosave-field').filter({ has: p.getByRole('textbox', { name: 'Who to call, in order' }) });

  await who(page).getByRole('textbox').fill('Aunt Mei 555 0100');
  await expect(who(page).getByRole('status')).toHaveText('Saved on this device.');
  // The other tab had nothing unsaved: it takes the words in and says so.
  await expect(who(other).getByRole('textbox')).toHaveValue('Aunt Mei 555 0100');
  await expect(who(other).getByRole('status')).toHaveText('Updated with what you wrote in another tab.');
  // Typing there goes on from those words, and the first tab hears of it too.
  await who(other).getByRole('textbox').fill('Aunt Mei 555 0100, then the clinic 555 0199');
  await expect(who(other).getByRole('status')).toHaveText('Saved on this device.');
  await expect(who(page).getByRole('textbox')).toHaveValue('Aunt Mei 555 0100, then the clinic 555 0199');

  // A change this tab never heard of (an older copy of the app in a third tab, say) is not saved over.
  await changeQuietly(page, 'who', 'Grandad first');
  await who(other).getByRole('textbox').fill('Aunt Mei 555 0100, then the clinic 555 0199, then Sam');
  const choice = who(other).getByRole('group', { name: 'This answer changed in another tab. Keep this version, keep the other, or keep both.' });
  await expect(choice).toBeVisible();
  await expect(choice.getByText('Grandad first')).toBeVisible();
  expect(((await readAll(other, 'crisisPlan'))[0]?.['fields'] as Record<string, string>)['who']).toBe('Grandad first');
  await expectNoAxeViolations(other, '/crisis-plan with a changed-in-another-tab choice');

  await choice.getByRole('button', { name: 'Keep both' }).click();
  const both = 'Grandad first\n\nAunt Mei 555 0100, then the clinic 555 0199, then Sam';
  await expect(who(other).getByRole('textbox')).toHaveValue(both);
  await expect(who(other).getByRole('status')).toHaveText('Saved on this device.');
  expect(((await readAll(other, 'crisisPlan'))[0]?.['fields'] as Record<string, string>)['who']).toBe(both);
});

test('one conversation plan edited in two tabs shows both versions and keeps what the person chooses', async ({ page, context }) => {
  // Two pages and an axe run in one test: slow on a loaded machine, not a timing claim.
  test.setTimeout(180_000);
  await page.goto('/plans/new');
  await page.getByRole('textbox', { name: 'What it is about' }).fill('money for rent');
  await page.getByRole('textbox', { name: 'My goal' }).fill('That Sam knows I care.');
  await page.getByRole('button', { name: 'Save plan' }).click();
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);

  const other = await context.newPage();
  await other.goto(page.url());
  await page.getByRole('button', { name: 'Edit plan' }).click();
  await other.getByRole('button', { name: 'Edit plan' }).click();
  await page.getByRole('textbox', { name: 'My goal' }).fill('That Sam hears one worry.');
  await other.getByRole('textbox', { name: 'My goal' }).fill('That we stay calm together.');

  await page.getByRole('button', { name: 'Save plan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Plan saved.' })).toBeAttached();
  await expect(other.getByText('This plan changed in another tab since you opened it here.')).toBeVisible();

  await other.getByRole('button', { name: 'Save plan' }).click();
  const choice = other.getByRole('group', { name: 'This plan changed in another tab. Keep this version, keep the other, or keep both.' });
  await expect(choice).toBeFocused();
  await expect(choice.getByText(/My goal: That we stay calm together\./)).toBeVisible();
  await expect(choice.getByText(/My goal: That Sam hears one worry\./)).toBeVisible();
  await expectNoAxeViolations(other, '/plans/:id with a changed-in-another-tab choice');

  // Keep both: the other tab's plan stays here, this tab's becomes a second plan.
  await choice.getByRole('button', { name: 'Keep both' }).click();
  await expect(other.getByRole('status').filter({ hasText: 'Both kept. The version from this tab is saved as a second plan' })).toBeAttached();
  await expect(other.getByText('That Sam hears one worry.')).toBeVisible();
  const goals = (await readAll(other, 'plans')).map((p) => p['goal']).sort();
  expect(goals).toEqual(['That Sam hears one worry.', 'That we stay calm together.']);

  // Keep this version: a later clash, settled the other way, keeps exactly this tab's words.
  await other.getByRole('button', { name: 'Edit plan' }).click();
  await page.getByRole('button', { name: 'Edit plan' }).click();
  await page.getByRole('textbox', { name: 'My goal' }).fill('Goal from the first tab.');
  await page.getByRole('button', { name: 'Save plan' }).click();
  await expect(page.getByRole('textbox', { name: 'My goal' })).toHaveCount(0);
  await other.getByRole('textbox', { name: 'My goal' }).fill('Goal from the second tab.');
  await other.getByRole('button', { name: 'Save plan' }).click();
  await choice.getByRole('button', { name: 'Keep this version' }).click();
  await expect(other.getByRole('status').filter({ hasText: 'The version from this tab is kept.' })).toBeAttached();
  const kept = (await readAll(other, 'plans')).map((p) => p['goal']).sort();
  expect(kept).toEqual(['Goal from the second tab.', 'That we stay calm together.']);
});
