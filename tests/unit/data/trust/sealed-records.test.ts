import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { StorageError } from '../../../../shared/data/errors.ts';
import { lockConfigOf } from '../../../../shared/data/trust/lock-config.ts';
import { deriveKey, randomBytes } from '../../../../shared/data/trust/crypto.ts';
import { isOpen, isSealedRecord, openStored, plainStored, sealStored } from '../../../../shared/data/trust/sealed-records.ts';
import { abandon } from '../../../../shared/data/transactions.ts';
import type { Boundary } from '../../../../shared/domain/toolkit/boundary.ts';

const boundary: Boundary = { id: 'b1', createdAt: 1, updatedAt: 2, situation: 'When they shout', action: 'I leave the room', reason: 'To stay calm' };

describe('typed helpers over stored records', () => {
  it('tells a sealed record from an open one, and opens it to the record it was sealed from', async () => {
    const key = { kid: 'k1', key: await deriveKey('a passcode', randomBytes(16), 1_000) };
    const sealed = await sealStored('boundaries', boundary, key);
    expect(isSealedRecord(sealed)).toBe(true);
    expect(isOpen(sealed)).toBe(false);
    expect(isOpen(boundary)).toBe(true);
    expect(isSealedRecord({ id: 'x', updatedAt: 1, sealed: { iv: 'text', data: [] } })).toBe(false);
    expect(isSealedRecord(undefined)).toBe(false);
    expect(Object.keys(sealed).sort()).toEqual(['createdAt', 'id', 'kid', 'sealed', 'updatedAt']);
    const opened: Boundary = await openStored('boundaries', sealed, key);
    expect(opened).toEqual(boundary);
    await expect(openStored('boundaries', sealed, undefined)).rejects.toMatchObject({ kind: 'locked' });
  });

  it('passes an open record through, and refuses a sealed one where none should be', async () => {
    const key = { kid: 'k1', key: await deriveKey('a passcode', randomBytes(16), 1_000) };
    expect(plainStored(boundary)).toBe(boundary);
    expect(plainStored(undefined)).toBeUndefined();
    const sealedBoundary = await sealStored('boundaries', boundary, key);
    expect(() => plainStored(sealedBoundary)).toThrow(StorageError);
    await expect(sealStored('tombstones', boundary, key)).rejects.toBeInstanceOf(StorageError);
  });

  it('reads the lock setting only when it is in shape: none is "off", a damaged one throws rather than read as off', () => {
    expect(lockConfigOf(undefined)).toBeUndefined();
    expect(() => lockConfigOf({ id: 'lock', value: { version: 1, kid: 'k' }, createdAt: 1, updatedAt: 1 })).toThrow(StorageError);
    const salt = randomBytes(16);
    const check = { iv: randomBytes(12), data: randomBytes(32) };
    const config = { version: 1, kid: 'k', kdf: 'PBKDF2-SHA-256', iterations: 600_000, salt, check };
    expect(lockConfigOf({ id: 'lock', value: { ...config, stray: true }, createdAt: 1, updatedAt: 1 })).toEqual(config);
  });

  it('abandons a transaction without its abort error, even one already finished', async () => {
    const tx = { abort: () => undefined, done: Promise.reject(new Error('aborted')) };
    await expect(abandon(tx)).resolves.toBeUndefined();
    const finished = {
      abort: () => {
        throw new Error('finished');
      },
      done: Promise.resolve(),
    };
    await expect(abandon(finished)).resolves.toBeUndefined();
  });
});
