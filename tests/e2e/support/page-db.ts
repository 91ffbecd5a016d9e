import type { Page } from '@playwright/test';

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
