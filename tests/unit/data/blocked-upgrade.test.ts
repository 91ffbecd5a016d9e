import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import { DB_NAME, DB_VERSION, destroyDb, getDb, onStorageTrouble, open } from '../../../shared/data/db.ts';
import { StorageError } from '../../../shared/data/errors.ts';
import { v6Fill } from '../../fixtures/db-v6.ts';
import { problemText } from '../../../shared/ui/base/problem.ts';

/*
 * A new version of Alongside opens the database at a higher version while another tab still
 * has it open at the old one. That tab is asked to close (`versionchange`); if it does not,
 * the upgrade is blocked and the person must hear why, in kind words, instead of a page that
 * just hangs.
 */

const OLD_VERSION = DB_VERSION - 1;

/** The records of the version just before this one, so the test can see nothing is lost. */
async function makeOldDatabase(): Promise<void> {
  expect(OLD_VERSION, 'this test needs a fixture for the version before the current one').toBe(6);
  const db = await open(OLD_VERSION);
  const tx = db.transaction(['boundaries', 'crisisPlan', 'tombstones', 'safetyPlan'], 'readwrite');
  for (const b of v6Fill.boundaries) await tx.objectStore('boundaries').put(b);
  for (const p of v6Fill.crisisPlan) await tx.objectStore('crisisPlan').put(p);
  for (const t of v6Fill.tombstones) await tx.objectStore('tombstones').put(t);
  for (const p of v6Fill.safetyPlan) await tx.objectStore('safetyPlan').put(p);
  await tx.done;
  db.close();
}

/** Lets fake-indexeddb deliver its events (it queues them with setImmediate, which stays real here). */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setImmediate(resolve));
  expect(check()).toBe(true);
}

const stops: (() => void)[] = [];
function hearTrouble(): StorageError[] {
  const heard: StorageError[] = [];
  stops.push(onStorageTrouble((error) => heard.push(error)));
  return heard;
}

afterEach(async () => {
  vi.useRealTimers();
  while (stops.length) stops.pop()!();
  await destroyDb();
});

describe('an upgrade blocked by another tab', () => {
  it('tells the person, in kind words, when a tab with the old version will not close; then upgrades with nothing lost', async () => {
    await makeOldDatabase();
    // An older copy of the app in another tab: it hears the request to close and keeps its connection.
    let askedToClose = false;
    const otherTab = await openDB(DB_NAME, OLD_VERSION, { blocking: () => (askedToClose = true) });
    const heard = hearTrouble();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });

    let opened = false;
    const opening = getDb().then((db) => ((opened = true), db));
    await until(() => askedToClose && vi.getTimerCount() === 1);

    // A tab that closes quickly makes no fuss, so there is a short grace period first.
    await vi.advanceTimersByTimeAsync(1000);
    expect(heard).toEqual([]);
    await vi.advanceTimersByTimeAsync(1000);

    expect(heard).toHaveLength(1);
    expect(heard[0]).toBeInstanceOf(StorageError);
    expect(heard[0]!.kind).toBe('blocked');
    expect(problemText(heard[0])).toMatch(/open in another tab/);
    expect(problemText(heard[0])).toMatch(/close the other tabs, then reload/);
    expect(problemText(heard[0])).toMatch(/Nothing you saved is lost/);
    expect(problemText(heard[0])).not.toMatch(/IndexedDB|version ?change|blocked|error/i);
    expect(opened).toBe(false);

    // Once the other tab closes, the upgrade goes ahead by itself, with every record kept.
    otherTab.close();
    const db = await opening;
    expect(db.version).toBe(DB_VERSION);
    expect((await db.getAll('boundaries')).map((b) => b.id).sort()).toEqual(v6Fill.boundaries.map((b) => b.id).sort());
    expect(await db.get('crisisPlan', 'family')).toEqual(v6Fill.crisisPlan[0]);
    expect(await db.get('safetyPlan', 'mine')).toEqual(v6Fill.safetyPlan[0]);
    expect(heard.map((e) => e.kind)).toEqual(['blocked']);
  });

  it('stays quiet when the other tab steps aside, as this app does, and tells that tab its copy is out of date', async () => {
    await makeOldDatabase();
    const otherTab = await open(OLD_VERSION); // this app's own open(): it closes when asked
    const heard = hearTrouble();

    const db = await getDb();

    expect(db.version).toBe(DB_VERSION);
    expect(heard.map((e) => e.kind)).toEqual(['version']);
    expect(problemText(heard[0])).toMatch(/reload the page/);
    // The old tab's connection really was let go: using it now fails instead of holding things up.
    expect(() => otherTab.transaction('boundaries')).toThrow();
  });
});
