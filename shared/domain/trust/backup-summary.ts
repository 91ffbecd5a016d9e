/**
 * What a backup holds, in words for the restore preview, and which copy of a record wins
 * when a file is added to what is here. Kept apart from reading the file: the preview screen
 * loads these without the file's checks.
 */
import { isLaterChange } from '../link/toolkit-sync.ts';
import type { BackupContents } from './backup-format.ts';
import type { BackupStoreName } from './record-schemas.ts';

const KIND_LABELS: Record<BackupStoreName, [one: string, many: string]> = {
  journal: ['journal entry', 'journal entries'],
  boundaries: ['boundary', 'boundaries'],
  plans: ['conversation plan', 'conversation plans'],
  crisisPlan: ['family crisis plan', 'family crisis plans'],
  safetyPlan: ['private safety plan', 'private safety plans'],
  patterns: ['pattern log entry', 'pattern log entries'],
  activities: ['rewarding activity', 'rewarding activities'],
  checkins: ['weekly check-in', 'weekly check-ins'],
  star: ['supporter star', 'supporter stars'],
  ownPrompts: ['prompt you wrote', 'prompts you wrote'],
  favourites: ['favourite prompt', 'favourite prompts'],
  progress: ['week of course progress', 'weeks of course progress'],
  settings: ['setting', 'settings'],
  tombstones: ['deleted toolkit item remembered', 'deleted toolkit items remembered'],
};

/** What a backup holds, for the preview. */
export interface BackupSummary {
  exportedAt: number;
  total: number;
  /** Each kind with at least one item, the person's own words first: "12 journal entries". */
  kinds: { store: BackupStoreName; count: number; label: string }[];
  skippedSettings: number;
  /** True when the file said it was saved later than now (`exportedAt` is now instead). */
  exportedInFuture: boolean;
  /** How many records had dates that had not come yet, set back to `exportedAt`. */
  futureDated: number;
}

/** Counts per kind, in words. */
export function summarizeBackup(contents: BackupContents): BackupSummary {
  const kinds = (Object.keys(KIND_LABELS) as BackupStoreName[])
    .map((store) => {
      const count = contents.stores[store].length;
      const [one, many] = KIND_LABELS[store];
      return { store, count, label: `${count.toLocaleString('en')} ${count === 1 ? one : many}` };
    })
    .filter((k) => k.count > 0);
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
