import type { SettingKey, SettingValues } from '../domain/settings.ts';
import { getDb } from './db.ts';
import { guarded } from './record-store.ts';

/** Named settings, each a small record of its own. */
export const settingsRepo = {
  /** A setting's value, or `fallback` when it was never set. */
  get<K extends SettingKey>(key: K, fallback: SettingValues[K]): Promise<SettingValues[K]> {
    return guarded(async () => {
      const record = await (await getDb()).get('settings', key);
      return record ? (record.value as SettingValues[K]) : fallback;
    });
  },
  /** Stores a setting. */
  set<K extends SettingKey>(key: K, value: SettingValues[K]): Promise<void> {
    return guarded(async () => {
      const db = await getDb();
      const tx = db.transaction('settings', 'readwrite');
      const now = Date.now();
      const existing = await tx.store.get(key);
      await tx.store.put({ id: key, value, createdAt: existing?.createdAt ?? now, updatedAt: now });
      await tx.done;
    });
  },
};
