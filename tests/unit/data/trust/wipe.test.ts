import { describe, expect, it } from 'vitest';
import { boundariesRepo } from '../../../../shared/data/toolkit/boundaries-repo.ts';
import { getDb, open } from '../../../../shared/data/db.ts';
import { deleteEverything, leftovers } from '../../../../shared/data/trust/wipe.ts';

describe('delete all my data', () => {
  it('deletes every database of the origin, and opens nothing again until a reload', async () => {
    await boundariesRepo.save({ situation: 'a', action: 'b', reason: 'c' });
    // Another database of the same origin, which the app does not know by name.
    (await open(1, 'alongside-old-copy')).close();
    expect((await leftovers()).databases.sort()).toEqual(['alongside', 'alongside-old-copy']);
    const left = await deleteEverything();
    expect(left).toEqual({ databases: [], caches: [], serviceWorkers: 0, localStorage: 0, sessionStorage: 0 });
    await expect(getDb()).rejects.toMatchObject({ kind: 'unavailable' });
    await expect(boundariesRepo.list()).rejects.toMatchObject({ kind: 'unavailable' });
    expect((await indexedDB.databases()).length).toBe(0);
  });
});
