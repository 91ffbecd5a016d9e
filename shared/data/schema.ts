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

/** A setting, stored one record per name so each can change on its own. */
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

/** The shape of the IndexedDB database at the current version. */
export interface AlongsideDB extends DBSchema {
  boundaries: { key: string; value: Boundary; indexes: { 'by-updated': number } };
  settings: { key: string; value: SettingRecord };
  progress: { key: string; value: WeekProgress };
  journal: { key: string; value: JournalEntry; indexes: { 'by-updated': number; 'by-week': number } };
  checkins: { key: string; value: CheckIn; indexes: { 'by-created': number } };
  star: { key: string; value: StarAssessment; indexes: { 'by-created': number } };
  plans: { key: string; value: ConversationPlan; indexes: { 'by-updated': number; 'by-scheduled': number } };
  ownPrompts: { key: string; value: OwnPromptRecord; indexes: { 'by-updated': number } };
  favourites: { key: string; value: FavouriteRecord };
  crisisPlan: { key: string; value: CrisisPlan };
  tombstones: { key: string; value: TombstoneRecord };
  safetyPlan: { key: string; value: SafetyPlan };
  patterns: { key: string; value: PatternEntry; indexes: { 'by-updated': number; 'by-created': number } };
  activities: { key: string; value: RewardingActivity; indexes: { 'by-created': number } };
}

/** Names of the stores. */
export type StoreName = 'boundaries' | 'settings' | 'progress' | 'journal' | 'checkins' | 'star' | 'plans' | 'ownPrompts' | 'favourites' | 'crisisPlan' | 'tombstones' | 'safetyPlan' | 'patterns' | 'activities';

/** Every store, for whole-database work (backup, delete-all, tests). */
export const STORE_NAMES: readonly StoreName[] = ['boundaries', 'settings', 'progress', 'journal', 'checkins', 'star', 'plans', 'ownPrompts', 'favourites', 'crisisPlan', 'tombstones', 'safetyPlan', 'patterns', 'activities'];
