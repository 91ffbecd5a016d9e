import { getDb } from '../db.ts';
import { announceChange, guarded, recordStore } from '../record-store.ts';
import { tombstoneFor, tombstoneId } from '../link/tombstones.ts';

/** Conversation plans. */
export const plansRepo = recordStore('plans', 'by-updated');

/** Prompts the person wrote. */
export const ownPromptsRepo = recordStore('ownPrompts', 'by-updated');

/** Favourite prompts, by prompt id. */
export const favouritesRepo = {
  /** Ids of every favourite. */
  ids: () => guarded(async () => new Set(await (await getDb()).getAllKeys('favourites'))),
  /** Marks or unmarks a prompt as a favourite. */
  set: (promptId: string, favourite: boolean) =>
    guarded(async () => {
      const db = await getDb();
      const now = Date.now();
      // One transaction: the favourite and its tombstone (so the other product hears of an unmark).
      const tx = db.transaction(['favourites', 'tombstones'], 'readwrite');
      if (favourite) {
        await Promise.all([tx.objectStore('favourites').put({ id: promptId, createdAt: now, updatedAt: now }), tx.objectStore('tombstones').delete(tombstoneId('favourites', promptId))]);
      } else if (await tx.objectStore('favourites').get(promptId)) {
        await Promise.all([tx.objectStore('favourites').delete(promptId), tx.objectStore('tombstones').put(tombstoneFor('favourites', promptId, now))]);
      }
      await tx.done;
      announceChange('favourites');
    }),
};
