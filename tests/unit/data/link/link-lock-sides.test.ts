/**
 * The course and the linked extension, each with its own database and its own copy of the
 * data layer (its own key in memory), exchanging sync messages as Chrome would deliver them:
 * JSON, checked by the extension. Real crypto, real merging, on both sides.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { checkLinkMessage, type LinkMessageMap } from '../../../../shared/domain/link/link-protocol.ts';

const COURSE = 'http://localhost:4173';

async function loadSide() {
  vi.resetModules();
  const factory = new IDBFactory();
  globalThis.indexedDB = factory;
  const side = {
    factory,
    lock: await import('../../../../shared/data/trust/lock.ts'),
    lockConfig: await import('../../../../shared/data/trust/lock-config.ts'),
    db: await import('../../../../shared/data/db.ts'),
    boundaries: (await import('../../../../shared/data/toolkit/boundaries-repo.ts')).boundariesRepo,
    seal: await import('../../../../shared/data/link/link-seal.ts'),
    answer: await import('../../../../shared/data/link/link-answer.ts'),
  };
  await side.db.getDb();
  return side;
}
type Side = Awaited<ReturnType<typeof loadSide>>;

/** Runs work on one side: its database is the one `indexedDB` names while it runs. */
async function on<T>(side: Side, work: (s: Side) => Promise<T>): Promise<T> {
  globalThis.indexedDB = side.factory;
  return work(side);
}

/** Everything one side stores, bytes as characters (so plain bytes would show). */
async function rawDump(side: Side): Promise<{ text: string; boundaries: Record<string, unknown>[]; lockKid: string | undefined }> {
  return on(side, async (s) => {
    const db = await s.db.getDb();
    const boundaries = (await db.getAll('boundaries')) as unknown as Record<string, unknown>[];
    const all = await Promise.all(['boundaries', 'plans', 'ownPrompts', 'settings', 'tombstones'].map((n) => db.getAll(n as 'boundaries')));
    const text = JSON.stringify(all, (_k, v: unknown) => (v instanceof Uint8Array ? String.fromCharCode(...v) : v));
    return { text, boundaries, lockKid: (await s.lockConfig.readLockConfig())?.kid };
  });
}

/** The course syncs as `extension-link.ts` does: one exchange, and a second when asked for. */
async function sync(course: Side, extension: Side): Promise<number> {
  const send = async (request: LinkMessageMap['sync']['request']) => {
    const checked = checkLinkMessage(JSON.parse(JSON.stringify({ type: 'sync', payload: request })), { origin: COURSE }, COURSE);
    if (!checked.ok) throw new Error(checked.error);
    const { answer } = await on(extension, (e) => e.answer.answerSync(checked.payload as LinkMessageMap['sync']['request']));
    globalThis.indexedDB = course.factory;
    return JSON.parse(JSON.stringify(answer)) as { snapshot: unknown };
  };
  let rounds = 1;
  if (await on(course, (c) => c.seal.syncRound(send))) {
    rounds++;
    await on(course, (c) => c.seal.syncRound(send));
  }
  return rounds;
}

const words = (side: Side) => on(side, async (s) => (await s.boundaries.list()).map((b) => b.situation).sort());

describe('the app lock across the link (course and extension, two databases)', () => {
  it('lock on, a new passcode and lock off each settle in one sync, and nothing readable stays in the extension while on', { timeout: 60_000 }, async () => {
    const course = await loadSide();
    const extension = await loadSide();
    await on(course, (c) => c.boundaries.save({ situation: 'you ask me for money', action: 'say no kindly', reason: 'support' }));
    await sync(course, extension);
    await on(extension, (e) => e.boundaries.save({ situation: 'my brother calls after midnight', action: 'call in the morning', reason: 'sleep' }));

    // Lock on: the boundary first made in the extension reaches the course, and comes back sealed.
    await on(course, (c) => c.lock.enableLock('first passcode'));
    expect(await sync(course, extension)).toBe(2);
    let raw = await rawDump(extension);
    expect(raw.text).not.toContain('ask me for money');
    expect(raw.text).not.toContain('calls after midnight');
    expect(raw.boundaries.map((b) => b.kid)).toEqual([raw.lockKid, raw.lockKid]);
    expect(await words(course)).toEqual(['my brother calls after midnight', 'you ask me for money']);

    // The extension's page opens them with the course passcode, and a new one is stored sealed.
    await on(extension, async (e) => {
      expect(await e.lock.loadLockState()).toBe('locked');
      await expect(e.lock.unlock('not the passcode')).rejects.toMatchObject({ kind: 'wrong-passcode' });
      await e.lock.unlock('first passcode');
      await e.boundaries.save({ situation: 'the shouting starts', action: 'step outside', reason: 'calm' });
    });
    expect((await rawDump(extension)).text).not.toContain('shouting starts');

    // New passcode: the copy made in the extension under the old key is opened with the key just replaced.
    await on(course, (c) => c.lock.changePasscode('first passcode', 'second passcode'));
    const newKid = (await rawDump(course)).lockKid;
    expect(await sync(course, extension)).toBe(2);
    raw = await rawDump(extension);
    expect(raw.lockKid).toBe(newKid);
    expect(raw.boundaries.map((b) => b.kid)).toEqual([newKid, newKid, newKid]);
    expect(await words(course)).toContain('the shouting starts');
    await on(extension, async (e) => {
      // The page's key is stale now: it asks again, and only the new passcode opens.
      expect(await e.lock.loadLockState()).toBe('locked');
      await expect(e.lock.unlock('first passcode')).rejects.toMatchObject({ kind: 'wrong-passcode' });
      await e.lock.unlock('second passcode');
      expect((await e.boundaries.list()).length).toBe(3);
      await e.boundaries.save({ situation: 'they say I never listen', action: 'listen first', reason: 'trust' });
    });

    // Lock off: everything in the extension is plain again, and its lock setting is gone.
    await on(course, (c) => c.lock.disableLock('second passcode'));
    expect(await sync(course, extension)).toBe(2);
    raw = await rawDump(extension);
    expect(raw.lockKid).toBeUndefined();
    expect(raw.boundaries.some((b) => 'sealed' in b)).toBe(false);
    expect(raw.text).toContain('they say I never listen');
    expect(await words(course)).toContain('they say I never listen');
    await on(extension, async (e) => expect(await e.lock.loadLockState()).toBe('off'));
    // Settled: another sync needs no second round and changes nothing.
    expect(await sync(course, extension)).toBe(1);
  });

  it('a sealed copy the course cannot open is not applied there and not lost in the extension', { timeout: 60_000 }, async () => {
    const course = await loadSide();
    const extension = await loadSide();
    await on(course, (c) => c.lock.enableLock('first passcode'));
    await sync(course, extension);
    await on(extension, async (e) => {
      await e.lock.unlock('first passcode');
      await e.boundaries.save({ situation: 'a hard evening', action: 'rest', reason: 'me' });
    });
    // The course page was reloaded after a passcode change: the old key is gone from its memory.
    await on(course, async (c) => {
      await c.lock.changePasscode('first passcode', 'second passcode');
      await c.lock.resetLock();
      await c.lock.unlock('second passcode');
    });
    expect(await sync(course, extension)).toBe(2);
    expect(await words(course)).toEqual([]);
    const raw = await rawDump(extension);
    expect(raw.boundaries).toHaveLength(1);
    expect(raw.boundaries[0]!.sealed).toBeDefined();
    expect(raw.text).not.toContain('hard evening');
  });
});
