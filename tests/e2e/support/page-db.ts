import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Every record of every store in the app's database, as the page's IndexedDB holds it, in one
 * string: binary values are written out byte by byte, so two dumps are equal only when the
 * database is the same. Like tests/support/db-dump.ts, but read inside the browser.
 */
export async function dumpPageDatabase(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('alongside');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    try {
      const names = [...db.objectStoreNames].sort();
      const out: Record<string, unknown[]> = {};
      if (names.length) {
        const tx = db.transaction(names, 'readonly');
        await Promise.all(
          names.map(
            (name) =>
              new Promise<void>((resolve, reject) => {
                const req = tx.objectStore(name).getAll();
                req.onsuccess = () => resolve(void (out[name] = req.result));
                req.onerror = () => reject(req.error);
              }),
          ),
        );
      }
      const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
      return JSON.stringify({ version: db.version, stores: out }, (_key, value: unknown) =>
        value instanceof ArrayBuffer ? { bytes: hex(new Uint8Array(value)) } : ArrayBuffer.isView(value) ? { bytes: hex(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)) } : value === undefined ? { undefined: true } : value,
      );
    } finally {
      db.close();
    }
  });
}

/**
 * Picks a country in a "Where are you?" list and waits until it is stored. The choice is saved
 * in the background, so a test that leaves the page at once could leave before it is written
 * (seen as a lesson showing another country's lines).
 */
export async function chooseCountry(page: Page, list: Locator, label: string): Promise<void> {
  await list.selectOption({ label });
  const code = await list.inputValue();
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise<unknown>((resolve) => {
            const req = indexedDB.open('alongside');
            req.onsuccess = () => {
              const db = req.result;
              const tx = db.transaction('settings', 'readonly');
              const get = tx.objectStore('settings').get('country');
              get.onsuccess = () => resolve((get.result as { value?: unknown } | undefined)?.value);
              get.onerror = () => resolve(undefined);
              tx.oncomplete = () => db.close();
            };
            req.onerror = () => resolve(undefined);
          }),
      ),
    )
    .toBe(code);
}

/** Reads one record from the PWA's own IndexedDB, as the app stored it. */
export async function readRecord(page: Page, store: string, id: string): Promise<Record<string, unknown> | undefined> {
  return page.evaluate(
    ([store, id]) =>
      new Promise<Record<string, unknown> | undefined>((resolve, reject) => {
        const open = indexedDB.open('alongside');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction(store!, 'readonly').objectStore(store!).get(id!);
          get.onsuccess = () => {
            resolve(get.result as Record<string, unknown> | undefined);
            open.result.close();
          };
          get.onerror = () => reject(get.error);
        };
      }),
    [store, id],
  );
}

/** Turns the app lock on from its settings page, as a person would, and waits until it is on. */
export async function turnOnLock(page: Page, passcode: string): Promise<void> {
  await page.goto('/settings/lock');
  await page.getByLabel('Choose a passcode').fill(passcode);
  await page.getByLabel('Type it again').fill(passcode);
  await page.getByRole('checkbox', { name: /I understand that if I forget my passcode/ }).check();
  await page.getByRole('button', { name: 'Turn on the lock' }).click();
  await expect(page.getByRole('heading', { name: 'The lock is on' })).toBeVisible();
}

/**
 * Waits until the app has made its database, so a test that writes into it straight away
 * (opening it with no version) never makes an empty one first, before the app's own
 * migrations (a test that opened it too early would find no stores).
 */
export async function appDatabaseMade(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(async () => (await indexedDB.databases()).some((d) => d.name === 'alongside' && (d.version ?? 0) > 0))).toBe(true);
}
