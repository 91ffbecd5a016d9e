import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { boundariesRepo } from '../../../../shared/data/toolkit/boundaries-repo.ts';
import { destroyDb } from '../../../../shared/data/db.ts';
import { applyChanges, readSnapshot } from '../../../../shared/data/link/toolkit-link.ts';
import { favouritesRepo } from '../../../../shared/data/toolkit/toolkit-repos.ts';
import { changesFor, emptySnapshot } from '../../../../shared/domain/link/toolkit-sync.ts';

afterEach(async () => {
  vi.restoreAllMocks();
  await destroyDb();
});

const draft = { situation: 'when they shout', action: 'leave the room', reason: 'we both calm down' };

describe('toolkit link (data side)', () => {
  it('a delete leaves a tombstone in the snapshot, and saving again clears it', async () => {
    const b = await boundariesRepo.save(draft);
    await boundariesRepo.remove(b.id);
    let snap = await readSnapshot();
    expect(snap.records.boundaries).toEqual([]);
    expect(snap.tombstones).toEqual([{ store: 'boundaries', recordId: b.id, deletedAt: expect.any(Number) }]);
    await boundariesRepo.putExact({ ...b, updatedAt: Date.now() + 10 });
    snap = await readSnapshot();
    expect(snap.tombstones).toEqual([]);
    expect(snap.records.boundaries.map((r) => r.id)).toEqual([b.id]);
  });

  it('unmarking a favourite leaves a tombstone', async () => {
    await favouritesRepo.set('p1', true);
    await favouritesRepo.set('p1', false);
    expect((await readSnapshot()).tombstones.map((t) => t.recordId)).toEqual(['p1']);
  });

  it('applies the other side: new items, deletes with their tombstones', async () => {
    const mine = await boundariesRepo.save(draft);
    const remote = emptySnapshot();
    remote.records.boundaries.push({ ...draft, id: 'theirs', createdAt: 1, updatedAt: 2 });
    remote.tombstones.push({ store: 'boundaries', recordId: mine.id, deletedAt: mine.updatedAt + 1 });
    await applyChanges(changesFor(await readSnapshot(), remote));
    const after = await readSnapshot();
    expect(after.records.boundaries.map((r) => r.id)).toEqual(['theirs']);
    expect(after.tombstones.map((t) => t.recordId)).toEqual([mine.id]);
    expect(changesFor(after, remote)).toEqual(changesFor(remote, remote));
  });

  it('keeps an item deleted here deleted, though the extension’s copy says year 9999', async () => {
    const b = await boundariesRepo.save(draft);
    await boundariesRepo.remove(b.id);
    const remote = emptySnapshot();
    remote.records.boundaries.push({ ...b, updatedAt: Date.UTC(9999, 11, 31), action: 'forged' });
    await applyChanges(changesFor(await readSnapshot(), remote));
    await applyChanges(changesFor(await readSnapshot(), remote));
    expect(await boundariesRepo.list()).toEqual([]);
    // What the extension hears back: our tombstone, which deletes its copy.
    expect(changesFor(remote, await readSnapshot()).remove.boundaries).toEqual([b.id]);
  });

  it('a favourite marked again after it was unmarked is not deleted by the old tombstone on the other side', async () => {
    await favouritesRepo.set('p1', true);
    await favouritesRepo.set('p1', false);
    const otherSide = await readSnapshot();
    // A person marks it again at least a moment later.
    const later = Date.now() + 1_000;
    vi.spyOn(Date, 'now').mockReturnValue(later);
    await favouritesRepo.set('p1', true);
    expect(changesFor(otherSide, await readSnapshot()).put.favourites.map((r) => r.id)).toEqual(['p1']);
    expect(changesFor(await readSnapshot(), otherSide).remove.favourites).toEqual([]);
  });
});
