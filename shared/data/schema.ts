import type { DBSchema } from 'idb';
import type { Boundary } from '../domain/toolkit/boundary.ts';
import type { CheckIn } from '../domain/practice/checkin.ts';
import type { ConversationPlan } from '../domain/toolkit/conversation-plan.ts';
import type { CrisisPlan } from '../domain/crisis/crisis-plan.ts';
import type { SafetyPlan } from '../domain/crisis/safety-plan.ts';
import type { WeekProgress } from '../domain/course/course-progress.ts';
import type { JournalEntry } from '../domain/course/journal.ts';
import type { PatternEntry, RewardingActivity } from '../domain/practice/pattern-log.ts';
import type { StarAssessment } from '../domain/practice/supporter-star.ts';
import type { OwnPrompt } from '../content/prompts/prompt-types.ts';
import type { SyncedStore } from '../domain/link/toolkit-sync.ts';
import type { BaseRecord } from '../domain/records.ts';
import type { SealedAs } from './trust/crypto.ts';

/** A setting, stored one record per name so each can change on its own; the value is checked where it is read. */
export interface SettingRecord extends BaseRecord {
  value: unknown;
}

/** A prompt the person marked as a favourite; the id is the prompt's id. */
export type FavouriteRecord = BaseRecord;

/** A prompt the person wrote, stored. */
export type OwnPromptRecord = OwnPrompt & BaseRecord;

/**
 * A deletion of a synced toolkit item, remembered so it can reach the other product.
 * The id is `${store}:${recordId}`; createdAt and updatedAt equal deletedAt.
 */
export interface TombstoneRecord extends BaseRecord {
  store: SyncedStore;
  recordId: string;
  deletedAt: number;
}

/**
 * A record as the app lock stores it (`trust/sealed-records.ts`): the fields its store's
 * indexes read, in clear, and the whole record `T` sealed. `kid` names the key that sealed it
 * (records sealed before it existed have none).
 */
export interface SealedRecord<T = unknown> {
  id: string;
  /** Absent only where the record itself had none (a toolkit item as the link carries it). */
  createdAt?: number;
  updatedAt: number;
  kid?: string;
  sealed: SealedAs<T>;
  [clear: string]: unknown;
}

/** What a store holds for a record `T`: the record, or its sealed form while the app lock is on. */
export type Stored<T> = T | SealedRecord<T>;

/** Each store's records as the app reads and writes them (opened, when sealed). */
export interface StoreRecords {
  boundaries: Boundary;
  settings: SettingRecord;
  progress: WeekProgress;
  journal: JournalEntry;
  checkins: CheckIn;
  star: StarAssessment;
  plans: ConversationPlan;
  ownPrompts: OwnPromptRecord;
  favourites: FavouriteRecord;
  crisisPlan: CrisisPlan;
  tombstones: TombstoneRecord;
  safetyPlan: SafetyPlan;
  patterns: PatternEntry;
  activities: RewardingActivity;
}

/** Names of the stores. */
export type StoreName = keyof StoreRecords;

/** Each store's indexes, by name, with the type of the field each one sorts by. */
interface StoreIndexes {
  boundaries: { 'by-updated': number };
  settings: Record<never, never>;
  progress: Record<never, never>;
  journal: { 'by-updated': number; 'by-week': number };
  checkins: { 'by-created': number };
  star: { 'by-created': number };
  plans: { 'by-updated': number; 'by-scheduled': number };
  ownPrompts: { 'by-updated': number };
  favourites: Record<never, never>;
  crisisPlan: Record<never, never>;
  tombstones: Record<never, never>;
  safetyPlan: Record<never, never>;
  patterns: { 'by-updated': number; 'by-created': number };
  activities: { 'by-created': number };
}

/**
 * The shape of the IndexedDB database at the current version. Written as one mapping over
 * `StoreRecords`, so code over any store (`N extends StoreName`) sees `Stored<StoreRecords[N]>`
 * and needs no cast. Every store may hold sealed records as far as the types go: the lock
 * seals only `SEALED_STORES` and the personal settings, and code over any store handles both.
 */
export type AlongsideDB = {
  [N in StoreName]: { key: string; value: Stored<StoreRecords[N]>; indexes: StoreIndexes[N] };
};

// The mapping above must stay a DBSchema (idb's `openDB` does not check it): fails to compile otherwise.
const IS_DB_SCHEMA: AlongsideDB extends DBSchema ? true : false = true;
void IS_DB_SCHEMA;

/** Every store, for whole-database work (backup, delete-all, tests). */
export const STORE_NAMES: readonly StoreName[] = ['boundaries', 'settings', 'progress', 'journal', 'checkins', 'star', 'plans', 'ownPrompts', 'favourites', 'crisisPlan', 'tombstones', 'safetyPlan', 'patterns', 'activities'];
