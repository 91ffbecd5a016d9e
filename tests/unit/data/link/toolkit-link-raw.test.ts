import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { destroyDb, getDb } from '../../../../shared/data/db.ts';
import { KDF, PBKDF2_ITERATIONS } from '../../../../shared/data/trust/crypto.ts';
import { LOCK_SETTING_ID, readLockConfig, type LockConfig } from '../../../../shared/data/trust/lock-config.ts';
import { mergeRawSnapshot, readRawSnapshot } from '../../../../shared/data/link/toolkit-link.ts';
import { emptySnapshot, type SyncRecord } from '../../../../shared/domain/link/toolkit-sync.ts';

afterEach(() => destroyDb());

/** A stand-in for a sealed record: the extension's background never opens one, so the bytes need not be real. */
const sealedCopy = (id: string, updatedAt: number, kid: string): SyncRecord => ({
  id,
  createdAt: 1,
  updatedAt,
  kid,
  sealed: { iv: new Uint8Array(12).fill(updatedAt % 256), data: new Uint8Array(40).fill(kid.charCodeAt(0)) },
});
const plainCopy = (id: string, updatedAt: number, words = 'leave the room'): SyncRecord => ({ id, createdAt: 1, updatedAt, situation: 'they shout', action: words, reason: 'calm' });
const lockConfig = (kid: string): LockConfig => ({
  version: 1,
  kid,
  kdf: KDF,
  iterations: PBKDF2_ITERATIONS,
  salt: new Uint8Array(16),
  check: { iv: new Uint8Array(12), data: new Uint8Array(36) },
});
const remoteWith = (boundaries: SyncRecord[]) => {
  const snap = emptySnapshot();
  snap.records.boundaries = boundaries;
  return snap;
};

async function stored(): Promise<Record<string, SyncRecord>> {
  const all = (await (await getDb()).getAll('boundaries')) as unknown as SyncRecord[];
  return Object.fromEntries(all.map((r) => [r.id, r]));
}

async function putRaw(...records: SyncRecord[]): Promise<void> {
  const db = await getDb();
  for (const r of records) await db.put('boundaries', r as never);
}

describe('the extension’s merge without the key', () => {
  it('stores sealed records exactly as they came, keeps the course’s lock setting, and answers with them sealed', async () => {
    const a = sealedCopy('a', 10, 'k1');
    await mergeRawSnapshot(remoteWith([a]), lockConfig('k1'));
    expect((await stored()).a).toEqual(a);
    expect((await readLockConfig())?.kid).toBe('k1');
    expect((await readRawSnapshot()).records.boundaries).toEqual([a]);
  });

  it('lock turned on: a plain copy of the same change gives way to the sealed one; a newer plain one stays until the course has it', async () => {
    await putRaw(plainCopy('same', 10), plainCopy('newer-here', 20, 'text back later'));
    await mergeRawSnapshot(remoteWith([sealedCopy('same', 10, 'k1'), sealedCopy('newer-here', 15, 'k1')]), lockConfig('k1'));
    let now = await stored();
    expect(now.same).toEqual(sealedCopy('same', 10, 'k1'));
    expect(now['newer-here']).toEqual(plainCopy('newer-here', 20, 'text back later'));

    // The course took the newer one and sends it back sealed: the same change, so it replaces the plain copy.
    await mergeRawSnapshot(remoteWith([sealedCopy('same', 10, 'k1'), sealedCopy('newer-here', 20, 'k1')]), lockConfig('k1'));
    now = await stored();
    expect(now['newer-here']).toEqual(sealedCopy('newer-here', 20, 'k1'));
    expect(JSON.stringify(Object.values(now))).not.toContain('text back later');
  });

  it('never takes a plain copy from a course whose lock is on', async () => {
    await mergeRawSnapshot(remoteWith([plainCopy('p', 10)]), lockConfig('k1'));
    expect(await stored()).toEqual({});
  });

  it('passcode changed: copies under the old key give way to the same change under the new one, and the setting follows', async () => {
    await mergeRawSnapshot(remoteWith([sealedCopy('a', 10, 'k1')]), lockConfig('k1'));
    await putRaw(sealedCopy('made-here', 30, 'k1'));
    await mergeRawSnapshot(remoteWith([sealedCopy('a', 10, 'k2')]), lockConfig('k2'));
    let now = await stored();
    expect(now.a?.kid).toBe('k2');
    expect(now['made-here']?.kid).toBe('k1'); // newer here: the course opens it with the key it just replaced
    expect((await readLockConfig())?.kid).toBe('k2');
    await mergeRawSnapshot(remoteWith([sealedCopy('a', 10, 'k2'), sealedCopy('made-here', 30, 'k2')]), lockConfig('k2'));
    now = await stored();
    expect(Object.values(now).map((r) => r.kid)).toEqual(['k2', 'k2']);
  });

  it('an older sealed copy without a kid counts as another key’s', async () => {
    const { kid: _kid, ...old } = sealedCopy('a', 10, 'k1');
    await putRaw(old as SyncRecord);
    await mergeRawSnapshot(remoteWith([sealedCopy('a', 10, 'k1')]), lockConfig('k1'));
    expect((await stored()).a?.kid).toBe('k1');
  });

  it('lock turned off: plain copies replace sealed ones; the setting stays while anything is still sealed, then goes', async () => {
    await mergeRawSnapshot(remoteWith([sealedCopy('a', 10, 'k1'), sealedCopy('b', 10, 'k1')]), lockConfig('k1'));
    await mergeRawSnapshot(remoteWith([plainCopy('a', 10)]), null);
    let now = await stored();
    expect(now.a).toEqual(plainCopy('a', 10));
    expect(now.b?.sealed).toBeDefined();
    expect((await readLockConfig())?.kid).toBe('k1'); // b is still sealed: the popup can still open it with the old passcode

    await mergeRawSnapshot(remoteWith([plainCopy('a', 10), plainCopy('b', 10)]), null);
    now = await stored();
    expect(Object.values(now).some((r) => r.sealed)).toBe(false);
    expect(await readLockConfig()).toBeUndefined();
    expect(await (await getDb()).get('settings', LOCK_SETTING_ID)).toBeUndefined();
  });

  it('a course that says nothing of the lock leaves the setting alone', async () => {
    await mergeRawSnapshot(remoteWith([sealedCopy('a', 10, 'k1')]), lockConfig('k1'));
    await mergeRawSnapshot(remoteWith([]), undefined);
    expect((await readLockConfig())?.kid).toBe('k1');
  });

  it('newest change wins as before, and tombstones delete sealed copies too', async () => {
    await putRaw(sealedCopy('a', 50, 'k1'), sealedCopy('gone', 10, 'k1'));
    const remote = remoteWith([sealedCopy('a', 40, 'k1')]);
    remote.tombstones.push({ store: 'boundaries', recordId: 'gone', deletedAt: 20 });
    const changed = await mergeRawSnapshot(remote, lockConfig('k1'));
    const now = await stored();
    expect(now.a?.updatedAt).toBe(50);
    expect(now.gone).toBeUndefined();
    expect(changed).toBe(2); // the tombstone, and the delete
    expect((await readRawSnapshot()).tombstones).toEqual([{ store: 'boundaries', recordId: 'gone', deletedAt: 20 }]);
  });

  describe('a copy stamped in the year 9999', () => {
    const Y9999 = Date.UTC(9999, 11, 31);

    it('stays deleted here when the course sends it after we deleted it', async () => {
      const db = await getDb();
      await db.put('tombstones', { id: 'boundaries:forged', store: 'boundaries', recordId: 'forged', deletedAt: Date.now() - 1_000, createdAt: 1, updatedAt: 1 });
      await mergeRawSnapshot(remoteWith([plainCopy('forged', Y9999), sealedCopy('sealed-forged', Y9999, 'k1')]), undefined);
      await db.put('tombstones', { id: 'boundaries:sealed-forged', store: 'boundaries', recordId: 'sealed-forged', deletedAt: Date.now() - 1_000, createdAt: 1, updatedAt: 1 });
      await db.delete('boundaries', 'sealed-forged');
      await mergeRawSnapshot(remoteWith([plainCopy('forged', Y9999), sealedCopy('sealed-forged', Y9999, 'k1')]), undefined);
      expect(Object.keys(await stored())).toEqual([]);
    });

    it('is deleted here when the course deleted it, whatever its date', async () => {
      await putRaw(plainCopy('forged', Y9999));
      const remote = remoteWith([]);
      remote.tombstones.push({ store: 'boundaries', recordId: 'forged', deletedAt: Date.now() - 1_000 });
      await mergeRawSnapshot(remote, undefined);
      expect((await stored()).forged).toBeUndefined();
    });

    it('gives way here to the course’s real edit, and never replaces one', async () => {
      await putRaw(plainCopy('a', Y9999, 'forged here'), plainCopy('b', Date.now() - 1_000, 'my real edit'));
      await mergeRawSnapshot(remoteWith([plainCopy('a', Date.now() - 5_000, 'the course’s edit'), plainCopy('b', Y9999, 'forged there')]), undefined);
      const now = await stored();
      expect(now.a?.action).toBe('the course’s edit');
      expect(now.b?.action).toBe('my real edit');
    });
  });
});
