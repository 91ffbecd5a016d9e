import type { BaseRecord, Draft } from '../../../shared/domain/records.ts';
import type { RecordStore } from '../../../shared/data/record-store.ts';

/**
 * A record store kept in memory, for an element that takes its store as a property: the
 * element's own behaviour, without the database (which the e2e tests and the data core's
 * unit tests cover). Newest change first, as the real store lists.
 */
export function memoryStore<T extends BaseRecord>(): RecordStore<T> {
  const records = new Map<string, T>();
  let clock = 1_700_000_000_000;
  const list = async () => [...records.values()].sort((a, b) => b.updatedAt - a.updatedAt);
  return {
    list,
    listReadable: list,
    get: async (id) => records.get(id),
    async save(draft: Draft<T> | T) {
      const now = ++clock;
      const before = draft.id ? records.get(draft.id) : undefined;
      const record = { ...draft, id: draft.id ?? crypto.randomUUID(), createdAt: before?.createdAt ?? now, updatedAt: now } as T;
      records.set(record.id, record);
      return record;
    },
    async putExact(record) {
      records.set(record.id, record);
    },
    async remove(id) {
      const gone = records.get(id);
      records.delete(id);
      return gone;
    },
    byIndex: async () => list(),
  };
}

/** Favourites kept in memory, in the shape the prompt library takes. */
export function memoryFavourites(): { ids(): Promise<Set<string>>; set(promptId: string, favourite: boolean): Promise<void>; kept: Set<string> } {
  const kept = new Set<string>();
  return {
    kept,
    ids: async () => new Set(kept),
    async set(promptId, favourite) {
      if (favourite) kept.add(promptId);
      else kept.delete(promptId);
    },
  };
}
