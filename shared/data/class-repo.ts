import { classOpensAt, parseClassPack, reviveDraft, type ClassDraft, type ClassPack, type PackResult } from '../domain/class-pack.ts';
import { decodeClassPack, readClassPackJson } from '../domain/class-pack-codec.ts';
import { DEFAULT_PACING, type Pacing } from '../domain/course-progress.ts';
import { getDb } from './db.ts';
import { guarded } from './record-store.ts';
import { settingsRepo } from './settings-repo.ts';

/**
 * The class the reader joined and the facilitator's draft, both kept as settings (so no
 * schema change): `classPack` and `classDraft`. Joining and leaving change the class and
 * the pacing together, in one transaction; the reader's own notes are never touched.
 */
export const classRepo = {
  /** The joined class, checked again as it is read (stored data is treated like any input); undefined when none. */
  async get(): Promise<ClassPack | undefined> {
    const raw = await settingsRepo.get('classPack', null);
    if (!raw) return undefined;
    const result = parseClassPack(raw);
    return result.ok ? result.pack : undefined;
  },

  /** Joins a class, or updates it: stores the pack and opens each week on its meeting date. */
  join(pack: ClassPack): Promise<void> {
    const checked = parseClassPack(pack);
    if (!checked.ok) return Promise.reject(new Error(checked.message));
    return guarded(async () => {
      const db = await getDb();
      const tx = db.transaction('settings', 'readwrite');
      const now = Date.now();
      const [oldPack, oldPacing] = await Promise.all([tx.store.get('classPack'), tx.store.get('pacing')]);
      const before = (oldPacing?.value as Pacing | undefined) ?? DEFAULT_PACING;
      const pacing: Pacing = { mode: 'class', allOpen: before.allOpen, opensAt: classOpensAt(checked.pack) };
      await Promise.all([
        tx.store.put({ id: 'classPack', value: checked.pack, createdAt: oldPack?.createdAt ?? now, updatedAt: now }),
        tx.store.put({ id: 'pacing', value: pacing, createdAt: oldPacing?.createdAt ?? now, updatedAt: now }),
      ]);
      await tx.done;
    });
  },

  /** Leaves the class: forgets it and goes back to self-paced weeks. Journal, progress and everything else stay. */
  leave(): Promise<void> {
    return guarded(async () => {
      const db = await getDb();
      const tx = db.transaction('settings', 'readwrite');
      const now = Date.now();
      const oldPacing = await tx.store.get('pacing');
      const before = (oldPacing?.value as Pacing | undefined) ?? DEFAULT_PACING;
      const pacing: Pacing = { mode: 'self', allOpen: before.allOpen };
      await Promise.all([
        tx.store.delete('classPack'),
        tx.store.put({ id: 'pacing', value: pacing, createdAt: oldPacing?.createdAt ?? now, updatedAt: now }),
      ]);
      await tx.done;
    });
  },

  /** The facilitator's draft, read leniently; `fresh` when there is none. */
  async draft(fresh: ClassDraft): Promise<ClassDraft> {
    return reviveDraft(await settingsRepo.get('classDraft', null), fresh);
  },

  /** Keeps the facilitator's draft as typed. */
  saveDraft(draft: ClassDraft): Promise<void> {
    return settingsRepo.set('classDraft', draft);
  },
};

/**
 * Reads a pack from a link's code or a file's text and joins it. A pack that is not valid
 * is refused before anything is written, so the database is exactly as it was.
 */
export async function importClassPack(source: { code: string } | { json: string }): Promise<PackResult> {
  const result = 'code' in source ? await decodeClassPack(source.code) : readClassPackJson(source.json);
  if (result.ok) await classRepo.join(result.pack);
  return result;
}
