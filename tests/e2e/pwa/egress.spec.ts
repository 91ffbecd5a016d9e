import type { Page } from '@playwright/test';
import { ROUTES } from '../../../pwa/routes.ts';
import { saveBoundaryWithBuilder } from '../support/boundary-builder.ts';
import { expect, test } from '../support/pwa-test.ts';

/**
 * No request leaves this machine: every screen in `pwa/routes.ts`, and the main flows,
 * with every request of the browser context recorded. `test` from `pwa-test.ts` fails
 * the test at its end if any request went to a host other than localhost.
 */

const PLAN_ID = 'egress-plan';

/** A value for each named part of a path; anything not listed gets "1". */
const SAMPLE_PARAMS: Record<string, string> = { id: PLAN_ID, week: '1' };

function samplePath(pattern: string): string {
  return pattern.replace(/:([A-Za-z]+)/g, (_m, name: string) => SAMPLE_PARAMS[name] ?? '1');
}

async function seedPlan(page: Page): Promise<void> {
  await page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('alongside');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction('plans', 'readwrite');
    const now = Date.now();
    tx.objectStore('plans').put({
      id, who: 'Sam', about: 'the money', goal: 'Agree on bills', timeAndPlace: 'Sunday walk', opening: 'I want us to feel okay about money.',
      keyPoints: ['Bills first'], promptIds: ['calm-step-outside'], avoid: '', exitLine: 'Let’s pick this up tomorrow.', afterCare: 'Call my sister',
      createdAt: now, updatedAt: now,
    });
    await new Promise((resolve, reject) => ((tx.oncomplete = resolve), (tx.onerror = () => reject(tx.error))));
    db.close();
  }, PLAN_ID);
}

test('every screen in routes.ts opens without a request leaving localhost', async ({ page }) => {
  test.setTimeout(180_000);
  const requests: string[] = [];
  page.context().on('request', (r) => requests.push(r.url()));
  await page.goto('/');
  await expect(page.locator('al-home-page')).toBeAttached();
  await seedPlan(page);
  // The service worker installed and in charge first. Once, in a CI run, a screen's code never
  // arrived (its requests were aborted), perhaps as the worker took charge mid-load.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  for (const route of ROUTES) {
    const path = samplePath(route.path);
    await page.goto(path);
    await expect(page.locator(route.tag), path).toBeAttached();
    await page.waitForLoadState('networkidle');
    await expect(page.getByText(/^Loading…$/)).toHaveCount(0);
  }
  expect(requests.length).toBeGreaterThan(ROUTES.length);
  expect(requests.every((url) => new URL(url).hostname === 'localhost' || url.startsWith('data:') || url.startsWith('blob:')), requests.join('\n')).toBe(true);
});

test('the main flows make no request that leaves localhost', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));

  await page.goto('/journal');
  await page.getByRole('button', { name: 'Write a note' }).click();
  await page.getByRole('textbox', { name: 'Your note' }).fill('A quiet evening. We watched a film together.');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByText('A quiet evening.')).toBeVisible();

  await page.goto('/boundaries');
  await saveBoundaryWithBuilder(page, { situation: 'the shouting starts', action: 'leave the room and come back in ten minutes' });

  await page.goto('/course/week/1');
  await page.getByText('All steps in this week').click();
  await page.getByRole('list').getByRole('button', { name: 'Reflect' }).click();
  await page.locator('al-autosave-field').first().getByRole('textbox').fill('Cooking together again.');
  await expect(page.getByText('Saved on this device.').first()).toBeVisible();

  await page.goto('/backup');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a backup file' }).click();
  const path = test.info().outputPath('egress-backup.json');
  await (await download).saveAs(path);
  await page.getByLabel('Choose a backup file').setInputFiles(path);
  await page.getByRole('button', { name: 'Bring it back' }).click();
  await expect(page.getByText('Done. Your backup is back on this device.')).toBeVisible();

  await page.goto('/privacy');
  await expect(page.getByText(/About \d/)).toBeVisible();

  await page.context().setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Privacy and storage' })).toBeVisible();
  await page.context().setOffline(false);
});

test.describe(() => {
  // The course's content security policy stops this request before it is made (csp.spec.ts);
  // without it, the request is sent, and this test proves the check would see it.
  test.use({ bypassCSP: true });
  test('the check itself fails a test whose page asks another host', async ({ page }) => {
    // Expected to fail: the automatic `noEgress` fixture sees the request below.
    test.fail();
    await page.route('https://tracker.example/**', (route) => route.abort());
    await page.goto('/');
    await page.evaluate(() => fetch('https://tracker.example/pixel.gif').catch(() => undefined));
  });
});
