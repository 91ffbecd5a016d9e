import type { SettingKey, SettingValues } from '../domain/settings.ts';
import { settingCheck } from '../domain/trust/setting-schemas.ts';
import { getDb } from './db.ts';
import { StorageError } from './errors.ts';
import { lockConfigIn, readLockConfig } from './trust/lock-config.ts';
import { heldKey, keyFor, trackWrite } from './trust/lock-state.ts';
import { isSealedPlace, openStored, sameStoredValue, sealStored } from './trust/sealed-records.ts';
import { guarded } from './record-store.ts';
import type { SettingRecord } from './schema.ts';
import { abandon } from './transactions.ts';

/** One setting to store: its name and a value of its type. */
export interface SettingEntry<K extends SettingKey> {
  id: K;
  value: SettingValues[K];
}

/**
 * Settings records ready to store, as one write: the personal ones (`SEALED_SETTING_IDS`)
 * sealed when the lock is on. Sealing is crypto, which cannot run inside the transaction, so
 * `write` is handed the sealed records and stores them only if the lock did not change
 * meanwhile (else it starts again). `make` builds the values from what is stored now; each
 * keeps its stored `createdAt` and is stamped `updatedAt` now here.
 */
export async function writeSettings<P extends SettingKey>(
  make: (existing: <K extends SettingKey>(id: K) => SettingValues[K] | undefined) => { put: SettingEntry<P>[]; remove?: SettingKey[] },
  ids: readonly SettingKey[],
): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const db = await getDb();
    const config = await readLockConfig(db);
    // Only a personal setting needs the key: the extension's background writes the others while locked.
    const key = ids.some((id) => isSealedPlace('settings', id)) ? keyFor(config) : undefined;
    const read = db.transaction('settings', 'readonly');
    const raws = await Promise.all(ids.map((id) => read.objectStore('settings').get(id)));
    await read.done;
    const opened = new Map<SettingKey, SettingRecord>();
    for (const [i, raw] of raws.entries()) if (raw) opened.set(ids[i]!, await openStored('settings', raw, key));
    // Each value checked as `settingsRepo.get` checks it: one that fails counts as not set.
    const check = await settingCheck(ids);
    const made = make((id) => check(id, opened.get(id)?.value));
    const stamp = Date.now();
    const put: SettingRecord[] = made.put.map(({ id, value }) => ({ id, value, createdAt: opened.get(id)?.createdAt ?? stamp, updatedAt: stamp }));
    const remove = made.remove ?? [];
    const stored = await Promise.all(put.map((r) => (key && isSealedPlace('settings', r.id) ? sealStored('settings', r, key) : r)));

    const tx = db.transaction('settings', 'readwrite');
    const [nowConfig, ...now] = await Promise.all([lockConfigIn(tx), ...ids.map((id) => tx.store.get(id))]);
    const same = nowConfig?.kid === config?.kid && now.every((r, i) => sameStoredValue(r, raws[i]));
    if (!same) {
      await abandon(tx);
      continue;
    }
    await Promise.all([...stored.map((r) => tx.store.put(r)), ...remove.map((id) => tx.store.delete(id))]);
    await tx.done;
    return;
  }
  throw new StorageError('unknown');
}

/**
 * A setting's value as stored, unchecked; undefined when it was never set. For the few owners
 * that check a value their own, more forgiving way (a class joined before stricter checks
 * keeps what still passes): everything else reads through `settingsRepo.get`.
 */
export function readStoredSetting(key: SettingKey): Promise<unknown> {
  return guarded(async () => {
    const raw = await (await getDb()).get('settings', key);
    return raw && (await openStored('settings', raw, heldKey())).value;
  });
}

/** Named settings, each a small record of its own. */
export const settingsRepo = {
  /**
   * A setting's value, or `fallback` when it was never set or what is stored fails its check
   * (`SETTING_SCHEMAS`: written by an older version, or damaged). Reading never changes what is
   * stored. Throws `locked` for a sealed one while locked.
   */
  async get<K extends SettingKey>(key: K, fallback: SettingValues[K]): Promise<SettingValues[K]> {
    const raw = await readStoredSetting(key);
    // Never set: no schema to load (a class's loads the class code).
    if (raw === undefined) return fallback;
    return (await settingCheck([key]))(key, raw) ?? fallback;
  },
  /** True when a value other than null is stored: whether there is anything to read, without loading its checks. */
  async isSet(key: SettingKey): Promise<boolean> {
    return (await readStoredSetting(key)) != null;
  },
  /** Stores a setting (sealed, for a personal one while the lock is on). */
  set<K extends SettingKey>(key: K, value: SettingValues[K]): Promise<void> {
    const work = guarded(() =>
      writeSettings(() => ({ put: [{ id: key, value }] }), [key]),
    );
    return isSealedPlace('settings', key) ? trackWrite(work) : work;
  },
};
