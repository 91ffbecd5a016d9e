import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/pwa-test.ts';
import { expectNoAxeViolationsLightAndDark } from '../support/axe.ts';
import { saveBoundaryWithBuilder } from '../support/boundary-builder.ts';
import { appDatabaseMade } from '../support/page-db.ts';

const NOTE = 'Called my sister tonight. It helped to say it out loud.';
const BOUNDARY = 'When you ask me for money, I will say no kindly, and offer to drive you to your appointment.';

async function writeNote(page: Page, text: string): Promise<void> {
  await page.goto('/journal');
  await page.getByRole('button', { name: 'Write a note' }).click();
  await page.getByRole('textbox', { name: 'Your note' }).fill(text);
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByText(text)).toBeVisible();
}

/** Waits until the service worker is installed and active (its offline copy is cached). */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
}

/** What the site still keeps in this browser. */
function leftovers(page: Page) {
  return page.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((d) => d.name),
    caches: await caches.keys(),
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
  }));
}

async function saveBackup(page: Page, passphrase?: string): Promise<string> {
  await page.goto('/backup');
  await expect(page.getByRole('heading', { level: 1, name: 'Backup' })).toBeVisible();
  if (passphrase) {
    await page.getByRole('checkbox', { name: 'Protect the file with a passphrase' }).check();
    await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await page.getByLabel('Type the passphrase again').fill(passphrase);
  }
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a backup file' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^alongside-backup-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(page.getByRole('status').filter({ hasText: 'Keep it somewhere safe' })).toBeVisible();
  const path = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

async function deleteAll(page: Page): Promise<void> {
  await page.goto('/privacy');
  await page.getByRole('button', { name: 'Delete all my data…' }).click();
  // The dialog's content is slotted into it, so it is found from the page, not inside <dialog>.
  await expect(page.getByRole('dialog', { name: 'Delete everything on this device?' })).toBeVisible();
  const confirm = page.getByRole('button', { name: 'Delete everything', exact: true });
  await expect(confirm).toBeDisabled();
  await page.getByRole('checkbox', { name: /I understand this deletes everything/ }).check();
  await confirm.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Everything is deleted' })).toBeVisible();
}

test('export, delete all data, import: everything is back', async ({ page }) => {
  await writeNote(page, NOTE);
  await page.goto('/boundaries');
  await saveBoundaryWithBuilder(page, { situation: 'you ask me for money', action: 'say no kindly, and offer to drive you to your appointment' });
  await expect(page.getByText(BOUNDARY)).toBeVisible();
  const file = await saveBackup(page);
  const saved = JSON.parse(readFileSync(file, 'utf8'));
  expect(saved).toMatchObject({ app: 'alongside', format: 1 });
  expect(saved.stores.journal[0].text).toBe(NOTE);

  await deleteAll(page);
  expect(await leftovers(page)).toMatchObject({ databases: [], caches: [], serviceWorkers: 0, localStorage: 0, sessionStorage: 0 });
  await page.getByRole('button', { name: 'Start again' }).click();
  await page.goto('/journal');
  await expect(page.getByText('Your journal is empty for now')).toBeVisible();

  await page.goto('/backup');
  await page.getByLabel('Choose a backup file').setInputFiles(file);
  await expect(page.getByRole('heading', { name: 'What is in this backup' })).toBeVisible();
  await expect(page.getByText('1 journal entry', { exact: true })).toBeVisible();
  await expect(page.getByText('1 boundary', { exact: true })).toBeVisible();
  await page.getByRole('radio', { name: /Replace everything/ }).check();
  await page.getByRole('button', { name: 'Bring it back' }).click();
  await expect(page.getByRole('dialog', { name: 'Replace everything?' })).toBeVisible();
  await page.getByRole('button', { name: 'Replace everything', exact: true }).click();
  await expect(page.getByText('Done. Your backup is back on this device.')).toBeVisible();

  await page.goto('/journal');
  await expect(page.getByText(NOTE)).toBeVisible();
  await page.goto('/boundaries');
  await expect(page.getByText(BOUNDARY)).toBeVisible();
});

test('a protected backup opens only with its passphrase, and a wrong file changes nothing', async ({ page }) => {
  await writeNote(page, NOTE);
  const file = await saveBackup(page, 'our dog is called Biscuit');
  expect(readFileSync(file, 'utf8')).not.toContain('sister');

  await page.goto('/backup');
  await page.getByLabel('Choose a backup file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') });
  await expect(page.getByRole('alert').filter({ hasText: 'This file is not an Alongside backup, so nothing was changed.' })).toBeVisible();

  await page.getByLabel('Choose a backup file').setInputFiles(file);
  await page.getByLabel('The backup’s passphrase').fill('our cat is called Biscuit');
  await page.getByRole('button', { name: 'Open the backup' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'That passphrase did not open the backup' })).toBeVisible();
  await page.getByLabel('The backup’s passphrase').fill('our dog is called Biscuit');
  await page.getByRole('button', { name: 'Open the backup' }).click();
  await expect(page.getByText('1 journal entry', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Bring it back' }).click();
  await expect(page.getByText(/1 kept as they were here/)).toBeVisible();
});

test('a full disk on save shows the kind message, and the earlier text is intact', async ({ page }) => {
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      // Only the journal's save fails: a settings write (the backup reminder's
      // bookkeeping) may land between the two saves and must not use it up.
      const w = window as unknown as { failNextPut?: boolean };
      if (w.failNextPut && this.name === 'journal') {
        w.failNextPut = false;
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return put.apply(this, args);
    };
  });
  await writeNote(page, NOTE);
  await page.evaluate(() => ((window as unknown as { failNextPut: boolean }).failNextPut = true));
  await page.getByRole('button', { name: /^Edit entry: Called my sister/ }).click();
  await page.getByRole('textbox', { name: 'Edit your note' }).fill('A change that cannot fit.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText(/Your device is out of space for Alongside, so this last change was not saved\. Everything saved before is safe\./).first()).toBeVisible();
  await page.reload();
  await expect(page.getByText(NOTE)).toBeVisible();
  await expect(page.getByText('A change that cannot fit.')).toHaveCount(0);
});

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('delete all my data leaves nothing: no database, cache, service worker or web storage', async ({ page }) => {
    await page.goto('/');
    await waitForServiceWorker(page);
    await writeNote(page, NOTE);
    await page.evaluate(() => {
      localStorage.setItem('something', '1');
      sessionStorage.setItem('something', '1');
    });
    const before = await leftovers(page);
    expect(before.databases).toContain('alongside');
    expect(before.caches.length).toBeGreaterThan(0);
    expect(before.serviceWorkers).toBe(1);

    await deleteAll(page);
    expect(await leftovers(page)).toEqual({ databases: [], caches: [], serviceWorkers: 0, localStorage: 0, sessionStorage: 0 });
    // Moving around the closing screen opens nothing again.
    await page.getByRole('link', { name: 'Journal', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Everything is deleted' })).toBeVisible();
    expect((await leftovers(page)).databases).toEqual([]);
  });
});

test('the app lock: on, locked, a wrong passcode fails kindly, unlocked, and nothing readable at rest', async ({ page }) => {
  await writeNote(page, NOTE);
  await page.goto('/settings/lock');
  await expect(page.getByText('If you forget the passcode, nobody can get your writing back')).toBeVisible();
  await page.getByLabel('Choose a passcode').fill('kettle on sunday');
  await page.getByLabel('Type it again').fill('kettle on sunday');
  await page.getByRole('button', { name: 'Turn on the lock' }).click();
  await expect(page.getByText('Please tick the box')).toBeVisible();
  await page.getByRole('checkbox', { name: /I understand that if I forget my passcode/ }).check();
  await page.getByRole('button', { name: 'Turn on the lock' }).click();
  await expect(page.getByRole('heading', { name: 'The lock is on' })).toBeVisible();

  const raw = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('alongside');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const all = await new Promise<unknown[]>((resolve) => {
      const r = db.transaction('journal').objectStore('journal').getAll();
      r.onsuccess = () => resolve(r.result);
    });
    db.close();
    return JSON.stringify(all, (_k, v: unknown) => (v instanceof Uint8Array ? String.fromCharCode(...v) : v));
  });
  expect(raw).toContain('sealed');
  expect(raw).not.toContain('sister');

  await page.getByRole('button', { name: 'Lock now' }).click();
  const lockScreen = page.getByRole('dialog', { name: 'Alongside is locked' });
  await expect(lockScreen).toBeVisible();
  await expect(page.getByText(NOTE)).toHaveCount(0);
  await lockScreen.getByLabel('Passcode').fill('kettle on monday');
  await lockScreen.getByRole('button', { name: 'Unlock' }).click();
  await expect(lockScreen.getByRole('alert')).toHaveText('That passcode did not match. Please try again slowly. Nothing has been changed.');
  await lockScreen.getByLabel('Passcode').fill('kettle on sunday');
  await lockScreen.getByRole('button', { name: 'Unlock' }).click();
  await expect(lockScreen).toHaveCount(0);

  // After a reload the key is gone: locked again, and crisis help is still one tap away.
  await page.goto('/journal');
  await expect(lockScreen).toBeVisible();
  await lockScreen.getByRole('link', { name: 'Need help now?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Need help now?' })).toBeVisible();
  await page.getByRole('link', { name: 'Unlock' }).click();
  await lockScreen.getByLabel('Passcode').fill('kettle on sunday');
  await lockScreen.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('link', { name: 'Journal', exact: true }).click();
  await expect(page.getByText(NOTE)).toBeVisible();
});

test('the app locks itself after the chosen idle time', async ({ page }) => {
  await page.clock.install();
  await writeNote(page, NOTE);
  await page.goto('/settings/lock');
  await page.getByLabel('Choose a passcode').fill('kettle on sunday');
  await page.getByLabel('Type it again').fill('kettle on sunday');
  await page.getByRole('checkbox', { name: /I understand/ }).check();
  await page.getByRole('button', { name: 'Turn on the lock' }).click();
  await page.getByLabel('Lock after').selectOption('1');
  await expect(page.getByText('Alongside will lock after 1 minute without use.')).toBeVisible();
  await page.goto('/journal');
  await page.getByRole('dialog', { name: 'Alongside is locked' }).getByLabel('Passcode').fill('kettle on sunday');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByText(NOTE)).toBeVisible();
  await page.clock.fastForward('00:30');
  await expect(page.getByText(NOTE)).toBeVisible();
  await page.clock.fastForward('01:05');
  await expect(page.getByRole('dialog', { name: 'Alongside is locked' })).toBeVisible();
  await expect(page.getByText(NOTE)).toHaveCount(0);
});

test('the home screen offers a backup when there is new writing and none for a week; "Not now" puts it off', async ({ page }) => {
  await page.goto('/');
  await appDatabaseMade(page);
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('alongside');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction('journal', 'readwrite');
    const at = Date.now() - 10 * 86_400_000;
    tx.objectStore('journal').put({ id: 'old-note', kind: 'note', prompt: '', text: 'Ten days ago.', createdAt: at, updatedAt: at });
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  });
  await page.reload();
  const reminder = page.getByRole('region', { name: 'Backup reminder' });
  await expect(reminder).toBeVisible();
  await expect(reminder.getByRole('link', { name: 'Save a backup' })).toHaveAttribute('href', '/backup');
  await reminder.getByRole('button', { name: 'Not now' }).click();
  await expect(reminder).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(reminder).toHaveCount(0);
});

test('a browser that will not let Alongside save (a private window) gets a calm notice', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: 'This browser is not letting Alongside save anything right now. This often happens in a private or incognito window.' })).toBeVisible();
  await page.getByRole('link', { name: 'Need help now?' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Need help now?' })).toBeVisible();
});

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.png': 'image/png', '.ico': 'image/x-icon', '.svg': 'image/svg+xml' };

/** Serves a copy of the built PWA from a folder the test can change, as a new deploy would. */
async function serveCopy(): Promise<{ root: string; origin: string; server: Server }> {
  const root = mkdtempSync(join(tmpdir(), 'alongside-update-'));
  cpSync(`${process.env.ALONGSIDE_DIST ?? 'dist'}/pwa`, root, { recursive: true });
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const port = (server.address() as { port: number }).port;
  return { root, origin: `http://localhost:${port}`, server };
}

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('a new version waits; "Reload now" right after typing a reflection keeps every word', async ({ page }) => {
    const site = await serveCopy();
    try {
      await page.goto(`${site.origin}/course/week/1`);
      // Installed on the first visit; in control of the page from the next load.
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      await page.reload();
      await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      await page.getByText('All steps in this week').click();
      await page.getByRole('list').getByRole('button', { name: 'Reflect' }).click();
      const field = page.locator('al-autosave-field').first().getByRole('textbox');
      await field.pressSequentially('Back at the climbing gym', { delay: 5 });

      // A new version is deployed: the worker installs and waits, and the person is asked.
      writeFileSync(join(site.root, 'sw.js'), `${readFileSync(join(site.root, 'sw.js'), 'utf8')}\n// the next version\n`);
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      await expect(page.getByText('A new version of Alongside is ready.')).toBeVisible({ timeout: 20_000 });
      await field.pressSequentially(' on Saturdays.', { delay: 5 });
      const reloaded = page.waitForEvent('framenavigated');
      await page.getByRole('button', { name: 'Reload now' }).click();
      await reloaded;
      await expect(page.locator('al-autosave-field').first().getByRole('textbox')).toHaveValue('Back at the climbing gym on Saturdays.');
      await expect(page.getByText('A new version of Alongside is ready.')).toHaveCount(0);
    } finally {
      site.server.close();
      rmSync(site.root, { recursive: true, force: true });
    }
  });
});

test('the backup screens have no axe violations, light and dark', async ({ page }) => {
  await writeNote(page, NOTE);
  const file = await saveBackup(page, 'a long passphrase');
  await expectNoAxeViolationsLightAndDark(page, '/backup');
  await page.getByLabel('Choose a backup file').setInputFiles(file);
  await expectNoAxeViolationsLightAndDark(page, '/backup passphrase');
  await page.getByLabel('The backup’s passphrase').fill('a long passphrase');
  await page.getByRole('button', { name: 'Open the backup' }).click();
  await expect(page.getByRole('heading', { name: 'What is in this backup' })).toBeVisible();
  await expectNoAxeViolationsLightAndDark(page, '/backup preview');
});

test('the privacy, lock and lock-screen screens have no axe violations, light and dark', async ({ page }) => {
  await writeNote(page, NOTE);
  await page.goto('/privacy');
  await expect(page.getByText(/About \d/)).toBeVisible();
  await expectNoAxeViolationsLightAndDark(page, '/privacy');
  await page.getByRole('button', { name: 'Delete all my data…' }).click();
  await expectNoAxeViolationsLightAndDark(page, '/privacy delete dialog');
  await page.getByRole('button', { name: 'Cancel' }).click();

  await page.goto('/settings/lock');
  await expect(page.getByRole('heading', { name: 'Turn on the lock' })).toBeVisible();
  await page.getByRole('button', { name: 'Turn on the lock' }).click();
  await expectNoAxeViolationsLightAndDark(page, '/settings/lock off, with an error');
  await page.getByLabel('Choose a passcode').fill('kettle on sunday');
  await page.getByLabel('Type it again').fill('kettle on sunday');
  await page.getByRole('checkbox', { name: /I understand/ }).check();
  await page.getByRole('button', { name: 'Turn on the lock' }).click();
  await expect(page.getByRole('heading', { name: 'The lock is on' })).toBeVisible();
  await expectNoAxeViolationsLightAndDark(page, '/settings/lock on');
  await page.getByRole('button', { name: 'Lock now' }).click();
  const lockScreen = page.getByRole('dialog', { name: 'Alongside is locked' });
  await lockScreen.getByRole('button', { name: 'Unlock' }).click();
  await expect(lockScreen.getByRole('alert')).toHaveText('Please type your passcode.');
  await expectNoAxeViolationsLightAndDark(page, 'lock screen');
});
