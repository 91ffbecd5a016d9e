import { afterEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { DB_NAME, DB_VERSION, closeDb, destroyDb, getDb, open } from '../../../shared/data/db.ts';
import { MIGRATIONS } from '../../../shared/data/migrations.ts';
import { boundariesRepo } from '../../../shared/data/toolkit/boundaries-repo.ts';
import { settingsRepo } from '../../../shared/data/settings-repo.ts';
import { journalRepo } from '../../../shared/data/course/course-repos.ts';
import { STORE_NAMES, type StoreName } from '../../../shared/data/schema.ts';
import { v1Boundaries } from '../../fixtures/db-v1.ts';
import { v2Boundaries, v2Settings } from '../../fixtures/db-v2.ts';
import { v3Fill } from '../../fixtures/db-v3.ts';
import { v4Fill } from '../../fixtures/db-v4.ts';
import { v5Fill } from '../../fixtures/db-v5.ts';
import { v6Fill } from '../../fixtures/db-v6.ts';
import { activitiesRepo, patternsRepo } from '../../../shared/data/practice/pattern-repos.ts';
import { safetyPlanRepo } from '../../../shared/data/crisis/safety-plan-repo.ts';

afterEach(() => destroyDb());

const byId = <T extends { id: string }>(xs: readonly T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));

/** Each past version: the stores it had and realistic records in every one of them. */
const PAST_VERSIONS = [
  { version: 1, stores: ['boundaries'], fill: { boundaries: v1Boundaries } },
  { version: 2, stores: ['boundaries', 'settings'], fill: { boundaries: v2Boundaries, settings: v2Settings } },
  { version: 3, stores: Object.keys(v3Fill), fill: v3Fill },
  { version: 4, stores: Object.keys(v4Fill), fill: v4Fill },
  { version: 5, stores: Object.keys(v5Fill), fill: v5Fill },
  { version: 6, stores: Object.keys(v6Fill), fill: v6Fill },
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

  it('step 7 adds empty pattern-log and activities stores to a filled version-6 database, which then take entries, listed newest first', async () => {
    await makeDatabaseAt(6, v6Fill);
    const db = await getDb();
    expect(db.version).toBeGreaterThanOrEqual(7);
    expect(await db.getAll('patterns')).toEqual([]);
    expect(await db.getAll('activities')).toEqual([]);
    const first = await patternsRepo.save({ date: '2026-11-24', where: 'At home', who: 'Alone', what: 'Payday', feelings: 'Bored', happened: 'Drank in his room', afterThem: 'Calm, then ill', afterMe: 'Worried all night' });
    const second = await patternsRepo.save({ date: '2026-12-01', where: 'The pub', who: 'Old friends', what: '', feelings: '', happened: 'Came home late', afterThem: '', afterMe: '' });
    expect((await patternsRepo.list()).map((e) => e.id)).toEqual([second.id, first.id]);
    expect((await db.getAllFromIndex('patterns', 'by-created')).map((e) => e.id)).toEqual([first.id, second.id]);
    await activitiesRepo.save({ text: 'A walk by the canal', when: 'Sunday mornings' });
    expect((await activitiesRepo.list()).map((a) => a.text)).toEqual(['A walk by the canal']);
    expect(await db.getAll('safetyPlan')).toEqual(v6Fill.safetyPlan);
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
