import { describe, expect, it } from 'vitest';
import { StorageError, toStorageError } from '../../../shared/data/errors.ts';
import { problemText } from '../../../shared/ui/base/problem.ts';

describe('toStorageError', () => {
  it.each([
    ['QuotaExceededError', 'quota'],
    ['VersionError', 'version'],
    ['InvalidStateError', 'unavailable'],
    ['SecurityError', 'unavailable'],
    ['AbortError', 'unknown'],
  ])('maps %s to %s with a message that blames no one', (name, kind) => {
    const e = toStorageError(new DOMException('boom', name));
    expect(e).toBeInstanceOf(StorageError);
    expect(e.kind).toBe(kind);
    expect(problemText(e)).not.toMatch(/boom|DOMException|error code/i);
    expect(problemText(e).length).toBeGreaterThan(30);
  });

  it('keeps a StorageError as it is', () => {
    const e = new StorageError('blocked');
    expect(toStorageError(e)).toBe(e);
  });
});

describe('a browser without IndexedDB', () => {
  it('says so kindly instead of crashing', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error -- simulating a private window that has no IndexedDB
    globalThis.indexedDB = undefined;
    try {
      const { open } = await import('../../../shared/data/db.ts');
      await expect(open(1, 'missing')).rejects.toMatchObject({ kind: 'unavailable' });
    } finally {
      globalThis.indexedDB = saved;
    }
  });
});
