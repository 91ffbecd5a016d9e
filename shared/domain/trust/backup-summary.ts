/**
 * What a backup holds, counted for the restore preview (the words are in
 * shared/content/trust/backup-preview-en.ts), and which copy of a record wins when a file is
 * added to what is here. Kept apart from reading the file: the preview screen loads these
 * without the file's checks.
 */
import { isLaterChange } from '../link/toolkit-sync.ts';
import type { BackupContents } from './backup-format.ts';
import type { BackupStoreName } from './record-schemas.ts';

/** The order the preview lists the stores in: the person's own words first. */
const PREVIEW_ORDER: readonly BackupStoreName[] = [
  'journal',
  'boundaries',
  'plans',
  'crisisPlan',
  'safetyPlan',
  'patterns',
  'activities',
  'checkins',
  'star',
  'ownPrompts',
  'favourites',
  'progress',
  'settings',
  'tombstones',
];

/** What a backup holds, for the preview. */
export interface BackupSummary {
  exportedAt: number;
  total: number;
  /** Each kind with at least one item, the person's own words first (the preview says "12 journal entries"). */
  kinds: { store: BackupStoreName; count: number }[];
  skippedSettings: number;
  /** True when the file said it was saved later than now (`exportedAt` is now instead). */
  exportedInFuture: boolean;
  /** How many records had dates that had not come yet, set back to `exportedAt`. */
  futureDated: number;
}

/** Counts per kind. */
export function summarizeBackup(contents: BackupContents): BackupSummary {
  const kinds = PREVIEW_ORDER.map((store) => ({ store, count: contents.stores[store].length })).filter((k) => k.count > 0);
  return {
    exportedAt: contents.exportedAt,
    total: kinds.reduce((n, k) => n + k.count, 0),
    kinds,
    skippedSettings: contents.skippedSettings,
    exportedInFuture: contents.exportedInFuture ?? false,
    futureDated: contents.futureDated?.size ?? 0,
  };
}

/**
 * In "add to what I have": whether the file's copy replaces the stored one. The newest change
 * wins; on a tie, what is here stays. A copy whose dates had to be set back (`futureDated`)
 * only fills a gap: its real time is unknown, so it never replaces a copy here. A stored copy
 * stamped in the future (from before these checks) gives way to a real change.
 */
export function incomingWins(stored: { updatedAt: number } | undefined, incoming: { updatedAt: number }, futureDated = false, now: number = Date.now()): boolean {
  if (!stored) return true;
  return !futureDated && isLaterChange(incoming.updatedAt, stored.updatedAt, now);
}
