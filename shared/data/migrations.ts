import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { AlongsideDB, StoreName } from './schema.ts';

type UpgradeDb = IDBPDatabase<AlongsideDB>;
type UpgradeTx = IDBPTransaction<AlongsideDB, StoreName[], 'versionchange'>;

/**
 * The upgrade ladder. Step N takes a database at version N-1 to version N.
 * Never edit a step that has shipped: people have databases made by it. Add a new step,
 * bump nothing else by hand (DB_VERSION is the ladder's length), and add a fixture test.
 *
 * With the app lock on, the person's words are stored sealed (`lock.ts`): a step can neither
 * read nor rewrite their fields (there is no key here, and no crypto can run inside the
 * upgrade transaction). Add stores, and indexes only on `CLEAR_FIELDS`; reshape a record
 * where it is read, not here. Rewrites that need the key (sealing a store newly added to
 * `SEALED_STORES`, padding, the journal's opaque ids) run at the next unlock instead:
 * `sealWhatIsLeft` in lock.ts.
 */
export const MIGRATIONS: readonly ((db: UpgradeDb, tx: UpgradeTx) => void)[] = [
  // 1: the first slice, "My boundaries".
  (db) => {
    db.createObjectStore('boundaries', { keyPath: 'id' });
  },
  // 2: settings; boundaries listed newest-changed first without sorting in memory.
  (db, tx) => {
    db.createObjectStore('settings', { keyPath: 'id' });
    tx.objectStore('boundaries').createIndex('by-updated', 'updatedAt');
  },
  // 3: the course (progress, journal, check-ins, supporter star) and the toolkit
  // (conversation plans, own prompts, favourites).
  (db) => {
    db.createObjectStore('progress', { keyPath: 'id' });
    const journal = db.createObjectStore('journal', { keyPath: 'id' });
    journal.createIndex('by-updated', 'updatedAt');
    journal.createIndex('by-week', 'week');
    db.createObjectStore('checkins', { keyPath: 'id' }).createIndex('by-created', 'createdAt');
    db.createObjectStore('star', { keyPath: 'id' }).createIndex('by-created', 'createdAt');
    const plans = db.createObjectStore('plans', { keyPath: 'id' });
    plans.createIndex('by-updated', 'updatedAt');
    plans.createIndex('by-scheduled', 'scheduledAt');
    db.createObjectStore('ownPrompts', { keyPath: 'id' }).createIndex('by-updated', 'updatedAt');
    db.createObjectStore('favourites', { keyPath: 'id' });
  },
  // 4: the family crisis plan (week 6).
  (db) => {
    db.createObjectStore('crisisPlan', { keyPath: 'id' });
  },
  // 5: deletions of toolkit items, remembered for "Linked with the course" sync.
  (db) => {
    db.createObjectStore('tombstones', { keyPath: 'id' });
  },
  // 6: the private safety plan, with the answer to "Are you ever afraid of how they might react?".
  (db) => {
    db.createObjectStore('safetyPlan', { keyPath: 'id' });
  },
  // 7: the pattern log (before, what happened, after) and the rewarding-activities list (week 5).
  (db) => {
    const patterns = db.createObjectStore('patterns', { keyPath: 'id' });
    patterns.createIndex('by-updated', 'updatedAt');
    patterns.createIndex('by-created', 'createdAt');
    db.createObjectStore('activities', { keyPath: 'id' }).createIndex('by-created', 'createdAt');
  },
];

/** Runs the steps above `oldVersion` up to `newVersion`, in order, inside the upgrade transaction. */
export function runMigrations(db: UpgradeDb, tx: UpgradeTx, oldVersion: number, newVersion: number): void {
  for (let v = oldVersion + 1; v <= newVersion; v++) MIGRATIONS[v - 1]!(db, tx);
}
