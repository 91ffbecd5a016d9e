import { afterEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { DB_NAME, DB_VERSION, closeDb, destroyDb, getDb, open } from '../../../shared/data/db.ts';
import { MIGRATIONS } from '../../../shared/data/migrations.ts';
import { boundariesRepo } from '../../../shared/data/boundaries-repo.ts';
import { settingsRepo } from '../../../shared/data/settings-repo.ts';
import { journalRepo } from '../../../shared/data/course-repos.ts';
import { STORE_NAMES, type StoreName } from '../../../shared/data/schema.ts';
import { v1Boundaries } from '../../fixtures/db-v1.ts';
import { v2Boundaries, v2Settings } from '../../fixtures/db-v2.ts';
import { v3Fill } from '../../fixtures/db-v3.ts';
import { v4Fill } from '../../fixtures/db-v4.ts';
import { v5Fill } from '../../fixtures/db-v5.ts';
import { safetyPlanRepo } from '../../../shared/data/safety-plan-repo.ts';

afterEach(() => destroyDb());

const byId = <T extends { id: string }>(xs: readonly T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));

/** Each past version: the stores it had and realistic records in every one of them. */
const PAST_VERSIONS = [
  { version: 1, stores: ['boundaries'], fill: { boundaries: v1Boundaries } },
  { version: 2, stores: ['boundaries', 'settings'], fill: { boundaries: v2Boundaries, settings: v2Settings } },
  { version: 3, stores: Object.keys(v3Fill), fill: v3Fill },
  { version: 4, stores: Object.keys(v4Fill), fill: v4Fill },
  { version: 5, stores: Object.keys(v5Fill), fill: v5Fill },
] as const;

async function makeDatabaseAt(version: number, fill: Record<string, readonly { id: string }[]>): Promise<void> {
  const db = await open(version);
  const names = Object.keys(fill) as StoreName[];
  const tx = db.transaction(names, 'readwrite');
  for (const name of names) for (const record of fill[name]!) await tx.objectStore(name).put(record as never);
  await tx.done;
  db.close();
}

describe('schema migrations', () => {
  it('has one step per version, and a fixture for every past version', () => {
    expect(DB_VERSION).toBe(MIGRATIONS.length);
    expect(PAST_VERSIONS.map((v) => v.version)).toEqual(Array.from({ length: DB_VERSION - 1 }, (_, i) => i + 1));
  });

  it('creates every store on a fresh install', async () => {
    const db = await getDb();
    expect([...db.objectStoreNames].sort()).toEqual([...STORE_NAMES].sort());
  });

  for (const past of PAST_VERSIONS) {
    it(`step ${past.version} leaves exactly its stores`, async () => {
      const db = await open(past.version);
      expect([...db.objectStoreNames].sort()).toEqual([...past.stores].sort());
      db.close();
    });

    it(`upgrades a version-${past.version} database to the current version with every record kept`, async () => {
      await makeDatabaseAt(past.version, past.fill);
      const raw = await openDB(DB_NAME);
      expect(raw.version).toBe(past.version);
      raw.close();

      const db = await getDb();
      expect(db.version).toBe(DB_VERSION);
      for (const [name, records] of Object.entries(past.fill)) {
        expect(byId(await db.getAll(name as 'boundaries')), name).toEqual(byId(records as never));
      }
      // Later steps' indexes work on the old records: newest change first.
      const listed = await boundariesRepo.list();
      expect(listed.map((b) => b.id)).toEqual([...past.fill.boundaries].sort((a, b) => b.updatedAt - a.updatedAt).map((b) => b.id));
    });
  }

  it('step 6 adds an empty safety plan store to a filled version-5 database, which then takes the plan and the safety answer', async () => {
    await makeDatabaseAt(5, v5Fill);
    const db = await getDb();
    expect(db.version).toBeGreaterThanOrEqual(6);
    expect(await db.getAll('safetyPlan')).toEqual([]);
    expect(await safetyPlanRepo.get()).toBeUndefined();
    await safetyPlanRepo.update({ fields: { places: 'My sister’s flat, 10 minutes away' } });
    await safetyPlanRepo.setAnswer('yes');
    const plan = await safetyPlanRepo.get();
    expect(plan?.fields).toEqual({ places: 'My sister’s flat, 10 minutes away' });
    expect(plan?.afraid?.answer).toBe('yes');
    expect(byId(await db.getAll('tombstones'))).toEqual(byId(v5Fill.tombstones));
  });

  it('lets an upgraded database take new writes in old and new stores', async () => {
    await makeDatabaseAt(2, { boundaries: v2Boundaries, settings: v2Settings });
    await closeDb();
    const saved = await boundariesRepo.save({ situation: 'when I feel worn out', action: 'take a walk before I answer', reason: 'I answer better calm' });
    expect((await boundariesRepo.list()).length).toBe(v2Boundaries.length + 1);
    expect(await boundariesRepo.get(saved.id)).toEqual(saved);
    expect(await settingsRepo.get('country', '')).toBe('GB');
    await journalRepo.save({ kind: 'note', prompt: 'A note', text: 'Today went better.' });
    expect((await journalRepo.list()).map((e) => e.text)).toEqual(['Today went better.']);
  });
});
