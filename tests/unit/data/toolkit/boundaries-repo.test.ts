import { afterEach, describe, expect, it, vi } from 'vitest';
import { destroyDb } from '../../../../shared/data/db.ts';
import { boundariesRepo } from '../../../../shared/data/toolkit/boundaries-repo.ts';
import { StorageError } from '../../../../shared/data/errors.ts';
import { problemText } from '../../../../shared/ui/base/problem.ts';

afterEach(async () => {
  vi.restoreAllMocks();
  await destroyDb();
});

const draft = { situation: 'When you call late at night', action: 'answer once, and say goodnight by 11', reason: 'I need sleep to be steady for you' };

describe('boundariesRepo', () => {
  it('saves a new boundary with an id and timestamps, and reads it back', async () => {
    const saved = await boundariesRepo.save(draft);
    expect(saved.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(saved.createdAt).toBe(saved.updatedAt);
    expect(await boundariesRepo.get(saved.id)).toEqual(saved);
  });

  it('updates in place, keeping createdAt and moving updatedAt forward', async () => {
    const saved = await boundariesRepo.save(draft);
    const edited = await boundariesRepo.save({ ...saved, action: 'answer once, then text back in the morning' });
    expect(edited.id).toBe(saved.id);
    expect(edited.createdAt).toBe(saved.createdAt);
    expect(edited.updatedAt).toBeGreaterThan(saved.updatedAt);
    expect((await boundariesRepo.list()).map((b) => b.action)).toEqual(['answer once, then text back in the morning']);
  });

  it('lists newest change first', async () => {
    const a = await boundariesRepo.save({ ...draft, situation: 'a' });
    const b = await boundariesRepo.save({ ...draft, situation: 'b' });
    await boundariesRepo.save({ ...a, reason: 'edited later' });
    expect((await boundariesRepo.list()).map((x) => x.id)).toEqual([a.id, b.id]);
  });

  it('removes a boundary and returns it so it can be undone', async () => {
    const saved = await boundariesRepo.save(draft);
    const removed = await boundariesRepo.remove(saved.id);
    expect(removed).toEqual(saved);
    expect(await boundariesRepo.list()).toEqual([]);
    await boundariesRepo.putExact(removed!);
    expect(await boundariesRepo.get(saved.id)).toEqual(saved);
  });

  it('says kindly when removing something that is not there', async () => {
    await expect(boundariesRepo.remove('nope')).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('turns a full disk into a kind message and keeps the earlier text intact', async () => {
    const saved = await boundariesRepo.save(draft);
    // Make the next put fail the way a browser does when the quota is used up.
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const error = await boundariesRepo.save({ ...saved, action: 'a change that cannot fit' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).kind).toBe('quota');
    expect(problemText(error)).toMatch(/not saved.*Everything saved before is safe/s);
    vi.restoreAllMocks();
    expect(await boundariesRepo.get(saved.id)).toEqual(saved);
  });
});
