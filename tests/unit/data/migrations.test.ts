import { afterEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { DB_NAME, DB_VERSION, closeDb, destroyDb, getDb, open } from '../../../shared/data/db.ts';
import { MIGRATIONS } from '../../../shared/data/migrations.ts';
import { boundariesRepo } from '../../../shared/data/boundaries-repo.ts';
import { STORE_NAMES } from '../../../shared/data/schema.ts';
import { v1Boundaries } from '../../fixtures/db-v1.ts';

afterEach(() => destroyDb());

/** Builds a database as version 1 of the product left it, filled with realistic records. */
async function makeV1Database(): Promise<void> {
  const db = await open(1);
  const tx = db.transaction('boundaries', 'readwrite');
  for (const b of v1Boundaries) await tx.store.put(b);
  await tx.done;
  db.close();
}

describe('schema migrations', () => {
  it('has one step per version, and the current version is the last step', () => {
    expect(DB_VERSION).toBe(MIGRATIONS.length);
    expect(DB_VERSION).toBeGreaterThanOrEqual(2);
  });

  it('creates every store on a fresh install', async () => {
    const db = await getDb();
    expect([...db.objectStoreNames].sort()).toEqual([...STORE_NAMES].sort());
  });

  it('step 1 makes a boundaries store only', async () => {
    const db = await open(1);
    expect([...db.objectStoreNames]).toEqual(['boundaries']);
    db.close();
  });

  it('upgrades a version-1 database to the current version with every record kept', async () => {
    await makeV1Database();
    const raw = await openDB(DB_NAME);
    expect(raw.version).toBe(1);
    raw.close();

    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);
    const stored = await db.getAll('boundaries');
    expect(stored.sort((a, b) => a.id.localeCompare(b.id))).toEqual([...v1Boundaries].sort((a, b) => a.id.localeCompare(b.id)));
    // Step 2's index works on the old records: newest change first.
    const listed = await boundariesRepo.list();
    expect(listed.map((b) => b.id)).toEqual([...v1Boundaries].sort((a, b) => b.updatedAt - a.updatedAt).map((b) => b.id));
  });

  it('lets the upgraded database take new writes beside the old ones', async () => {
    await makeV1Database();
    await closeDb();
    const saved = await boundariesRepo.save({ situation: 'when I feel worn out', action: 'take a walk before I answer', reason: 'I answer better calm' });
    expect((await boundariesRepo.list()).length).toBe(v1Boundaries.length + 1);
    expect(await boundariesRepo.get(saved.id)).toEqual(saved);
  });
});
