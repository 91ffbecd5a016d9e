import type { Page } from '@playwright/test';
import { expect, test } from '../support/extension.ts';
import { saveBoundaryWithBuilder } from '../support/boundary-builder.ts';
import { PWA_URL, linkCourse, openPopup } from '../support/course-link.ts';

const YEAR_9999 = Date.UTC(9999, 11, 31, 23, 59);
const FIRST = 'When you ask me for money, I will say no kindly.';
const SECOND = 'When the shouting starts, I will leave the room and come back in ten minutes.';

/** Stamps a boundary in the page's own database as last changed in the year 9999, as a forged sync or backup once could. */
async function forgeYear9999(page: Page, sentenceStart: string): Promise<void> {
  const forged = await page.evaluate(
    async ({ start, at }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('alongside');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const tx = db.transaction('boundaries', 'readwrite');
      const store = tx.objectStore('boundaries');
      const all = await new Promise<{ id: string; situation: string; updatedAt: number }[]>((resolve) => {
        const req = store.getAll();
        req.onsuccess = () => resolve(req.result);
      });
      const target = all.find((b) => start.toLowerCase().includes(b.situation.toLowerCase()));
      if (target) store.put({ ...target, updatedAt: at });
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
      return Boolean(target);
    },
    { start: sentenceStart, at: YEAR_9999 },
  );
  expect(forged).toBe(true);
}

test('a deleted boundary stays deleted through sync, on both sides, though the other copy says year 9999', async ({ context, extensionUrl }) => {
  const course = await linkCourse(context);
  await course.goto(`${PWA_URL}/boundaries`);
  await saveBoundaryWithBuilder(course, { situation: 'you ask me for money', action: 'say no kindly' });
  await expect(course.getByText(FIRST)).toBeVisible();
  await saveBoundaryWithBuilder(course, { situation: 'the shouting starts', action: 'leave the room and come back in ten minutes' });
  await expect(course.getByText(SECOND)).toBeVisible();

  const popup = await openPopup(context, extensionUrl);
  await expect(async () => {
    await popup.reload();
    await expect(popup.getByText(FIRST)).toBeVisible({ timeout: 1000 });
    await expect(popup.getByText(SECOND)).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });

  // The extension's copy of the first, and the course's copy of the second, now claim the year 9999.
  await forgeYear9999(popup, FIRST);
  await forgeYear9999(course, SECOND);

  // Deleted in the course: the extension's year-9999 copy goes too, and does not come back.
  await course.reload();
  await course.getByRole('button', { name: `Delete: ${FIRST}` }).click();
  await expect(course.getByText(FIRST)).toHaveCount(0);
  await expect(async () => {
    await popup.reload();
    await expect(popup.getByText(SECOND)).toBeVisible({ timeout: 1000 });
    await expect(popup.getByText(FIRST)).toHaveCount(0, { timeout: 1000 });
  }).toPass({ timeout: 15_000 });

  // Deleted in the popup: the course's year-9999 copy goes when the course next syncs (as it starts).
  await popup.getByRole('button', { name: `Delete: ${SECOND}` }).click();
  await expect(popup.getByText(SECOND)).toHaveCount(0);
  await expect(async () => {
    await course.reload();
    await expect(course.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 2000 });
    await expect(course.getByText(SECOND)).toHaveCount(0, { timeout: 2000 });
  }).toPass({ timeout: 15_000 });

  // A sync more in each direction brings neither back.
  await course.reload();
  await expect(course.getByRole('heading', { level: 1 })).toBeVisible();
  await course.goto(`${PWA_URL}/boundaries`);
  await popup.reload();
  await expect(popup.getByRole('heading', { level: 1, name: 'Alongside' })).toBeVisible();
  for (const page of [course, popup]) {
    await expect(page.getByText(FIRST)).toHaveCount(0);
    await expect(page.getByText(SECOND)).toHaveCount(0);
  }
});
