import type { ConversationPlan } from '../domain/conversation-plan.ts';
import { getDb } from './db.ts';
import { guarded, recordStore } from './record-store.ts';
import type { OwnPromptRecord } from './schema.ts';

/** Conversation plans. */
export const plansRepo = recordStore<'plans', ConversationPlan>('plans', 'by-updated');

/** Prompts the person wrote. */
export const ownPromptsRepo = recordStore<'ownPrompts', OwnPromptRecord>('ownPrompts', 'by-updated');

/** Favourite prompts, by prompt id. */
export const favouritesRepo = {
  /** Ids of every favourite. */
  ids: () => guarded(async () => new Set(await (await getDb()).getAllKeys('favourites'))),
  /** Marks or unmarks a prompt as a favourite. */
  set: (promptId: string, favourite: boolean) =>
    guarded(async () => {
      const db = await getDb();
      if (!favourite) return db.delete('favourites', promptId);
      const now = Date.now();
      await db.put('favourites', { id: promptId, createdAt: now, updatedAt: now });
    }),
};
