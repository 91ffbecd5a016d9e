import type { Page } from '@playwright/test';
import { expect, test } from '../support/pwa-test.ts';
import { dumpPageDatabase } from '../support/page-db.ts';
import { year9999Backup, year9999BackupSavedIn9999 } from '../../fixtures/hostile-backups.ts';

const FORGED_WORDS = 'Written in the year 9999';
const MY_EDIT = 'My own words, changed after the restore';
/** The skew the app allows a clock (shared/domain/trust/trusted-time.ts): five minutes. */
const SKEW = 5 * 60_000;

async function bringBack(page: Page, text: string, mode: 'merge' | 'replace' = 'merge'): Promise<void> {
  await page.goto('/backup');
  await page.getByLabel('Choose a backup file').setInputFiles({ name: 'alongside-backup-9999-12-31.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByRole('heading', { name: 'What is in this backup' })).toBeVisible();
  if (mode === 'replace') await page.getByRole('radio', { name: /Replace everything/ }).check();
  await page.getByRole('button', { name: 'Bring it back' }).click();
  if (mode === 'replace') await page.getByRole('button', { name: 'Replace everything', exact: true }).click();
  await expect(page.getByText('Done. Your backup is back on this device.')).toBeVisible();
}

/** Every ordering date in the page's database that lies ahead of now (plus the skew). */
async function futureDates(page: Page): Promise<string[]> {
  const now = await page.evaluate(() => Date.now());
  const { stores } = JSON.parse(await dumpPageDatabase(page)) as { stores: Record<string, Record<string, unknown>[]> };
  return Object.entries(stores).flatMap(([store, records]) =>
    records.flatMap((r) => ['createdAt', 'updatedAt', 'deletedAt'].filter((f) => typeof r[f] === 'number' && (r[f] as number) > now + SKEW).map((f) => `${store} ${String(r.id)} ${f}`)),
  );
}

test('a backup saved "in the year 9999" comes back dated today and says so; a later edit here still wins the next merge', async ({ page }) => {
  const file = year9999BackupSavedIn9999(FORGED_WORDS);
  await page.goto('/backup');
  await page.getByLabel('Choose a backup file').setInputFiles({ name: 'alongside-backup-9999-12-31.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(page.getByRole('heading', { name: 'What is in this backup' })).toBeVisible();
  await expect(page.getByText('This backup says it was saved on a day that has not come yet. Alongside uses today’s date for it instead.')).toBeVisible();
  await expect(
    page.getByText('3 items in this backup have a date that has not come yet, which can’t be right. Alongside will give them today’s date instead.'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Bring it back' }).click();
  await expect(page.getByText('Done. Your backup is back on this device.')).toBeVisible();
  await expect(page.getByText('3 items had a date that had not come yet, so they now have today’s date instead.')).toBeVisible();
  expect(await futureDates(page)).toEqual([]);

  await page.goto('/journal');
  await page.getByRole('button', { name: /^Edit entry: Written in the year 9999/ }).click();
  await page.getByRole('textbox', { name: 'Edit your note' }).fill(MY_EDIT);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText(MY_EDIT)).toBeVisible();

  // The same file again, added to what is here: its year-9999 copy does not replace the edit.
  await bringBack(page, file);
  await expect(page.getByText('Where you already had the same item, yours was kept.')).toBeVisible();
  await page.goto('/journal');
  await expect(page.getByText(MY_EDIT)).toBeVisible();
  await expect(page.getByText(FORGED_WORDS)).toHaveCount(0);
  expect(await futureDates(page)).toEqual([]);
});

test('a backup with year-9999 items but an honest date: "replace everything" gives them the day it was saved, and says so', async ({ page }) => {
  const saved = new Date(Date.now() - 86_400_000);
  await page.goto('/backup');
  await page.getByLabel('Choose a backup file').setInputFiles({ name: 'alongside-backup.json', mimeType: 'application/json', buffer: Buffer.from(year9999Backup(saved.toISOString(), FORGED_WORDS)) });
  await expect(page.getByText(/^Saved on .*\. It holds:$/)).toBeVisible();
  await expect(page.getByText(/Alongside will give them the date the backup was saved instead\./)).toBeVisible();
  await page.getByRole('radio', { name: /Replace everything/ }).check();
  await page.getByRole('button', { name: 'Bring it back' }).click();
  await page.getByRole('button', { name: 'Replace everything', exact: true }).click();
  await expect(page.getByText('3 items had a date that had not come yet, so they now have the date the backup was saved instead.')).toBeVisible();
  expect(await futureDates(page)).toEqual([]);
  await page.goto('/journal');
  await expect(page.getByText(FORGED_WORDS)).toBeVisible();
});
