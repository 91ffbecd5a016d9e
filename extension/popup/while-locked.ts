import type { RecordStore } from '../../shared/data/record-store.ts';
import type { OwnPromptRecord } from '../../shared/data/schema.ts';
import { ownPromptsRepo } from '../../shared/data/toolkit/toolkit-repos.ts';

/**
 * The person's own prompts as the popup reads them while the lock is closed: they are
 * sealed, so none are listed, and the prompt library and library favourites still show
 * instead of a "locked" message in their place.
 */
export const ownPromptsWhileLocked: RecordStore<OwnPromptRecord> = {
  ...ownPromptsRepo,
  list: () => ownPromptsRepo.listReadable(),
};
