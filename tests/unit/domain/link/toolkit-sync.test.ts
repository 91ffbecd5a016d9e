import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { changesFor, emptySnapshot, SYNCED_STORES, tombstoneBeats, type SyncRecord, type SyncSnapshot } from '../../../../shared/domain/link/toolkit-sync.ts';
import { CLOCK_SKEW_MS } from '../../../../shared/domain/trust/trusted-time.ts';

const snap = (init: (s: SyncSnapshot) => void): SyncSnapshot => {
  const s = emptySnapshot();
  init(s);
  return s;
};

/** Applies changes to a snapshot, as a side's database would. */
function apply(s: SyncSnapshot, c: ReturnType<typeof changesFor>): SyncSnapshot {
  const out = structuredClone(s);
  for (const store of SYNCED_STORES) {
    const map = new Map(out.records[store].map((r) => [r.id, r]));
    for (const id of c.remove[store]) map.delete(id);
    for (const r of c.put[store]) map.set(r.id, r);
    out.records[store] = [...map.values()];
  }
  const tombs = new Map(out.tombstones.map((t) => [`${t.store}:${t.recordId}`, t]));
  for (const t of c.tombstones) tombs.set(`${t.store}:${t.recordId}`, t);
  out.tombstones = [...tombs.values()];
  return out;
}

describe('toolkit sync', () => {
  it('copies what only the other side has', () => {
    const pwa = snap((s) => s.records.boundaries.push({ id: 'b1', updatedAt: 5, action: 'step outside' }));
    const ext = emptySnapshot();
    expect(changesFor(ext, pwa).put.boundaries.map((r) => r.id)).toEqual(['b1']);
    expect(changesFor(pwa, ext).put.boundaries).toEqual([]);
  });

  it('keeps the newest change of an item both sides have', () => {
    const pwa = snap((s) => s.records.plans.push({ id: 'p', updatedAt: 10, goal: 'newer' }));
    const ext = snap((s) => s.records.plans.push({ id: 'p', updatedAt: 7, goal: 'older' }));
    expect(changesFor(ext, pwa).put.plans).toEqual([{ id: 'p', updatedAt: 10, goal: 'newer' }]);
    expect(changesFor(pwa, ext).put.plans).toEqual([]);
  });

  it('propagates a delete made after the last change', () => {
    const pwa = snap((s) => s.records.boundaries.push({ id: 'b', updatedAt: 3 }));
    const ext = snap((s) => s.tombstones.push({ store: 'boundaries', recordId: 'b', deletedAt: 4 }));
    expect(changesFor(pwa, ext).remove.boundaries).toEqual(['b']);
    expect(changesFor(ext, pwa).put.boundaries).toEqual([]);
  });

  it('lets an edit made after a delete bring the item back', () => {
    const pwa = snap((s) => s.records.boundaries.push({ id: 'b', updatedAt: 9 }));
    const ext = snap((s) => s.tombstones.push({ store: 'boundaries', recordId: 'b', deletedAt: 4 }));
    expect(changesFor(pwa, ext).remove.boundaries).toEqual([]);
    expect(changesFor(ext, pwa).put.boundaries.map((r) => r.id)).toEqual(['b']);
  });

  it('leaves both sides equal after one exchange, whatever they held', () => {
    const rec = fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd'), updatedAt: fc.integer({ min: 1, max: 50 }) });
    const side = fc.record({
      records: fc.record({ boundaries: fc.uniqueArray(rec, { selector: (r) => r.id }), plans: fc.uniqueArray(rec, { selector: (r) => r.id }), ownPrompts: fc.constant<SyncRecord[]>([]), favourites: fc.constant<SyncRecord[]>([]) }),
      tombstones: fc.uniqueArray(
        fc.record({ store: fc.constantFrom('boundaries' as const, 'plans' as const), recordId: fc.constantFrom('a', 'b', 'c', 'd'), deletedAt: fc.integer({ min: 1, max: 50 }) }),
        { selector: (t) => `${t.store}:${t.recordId}` },
      ),
    });
    fc.assert(
      fc.property(side, side, (a, b) => {
        // A side never holds a record it has a newer-or-equal tombstone for.
        const clean = (s: SyncSnapshot) => {
          for (const store of SYNCED_STORES) s.records[store] = s.records[store].filter((r) => !s.tombstones.some((t) => t.store === store && t.recordId === r.id && t.deletedAt >= r.updatedAt));
          return s;
        };
        const pa = clean(a as SyncSnapshot);
        const pb = clean(b as SyncSnapshot);
        const na = apply(pa, changesFor(pa, pb));
        const nb = apply(pb, changesFor(pb, pa));
        const ids = (s: SyncSnapshot) => SYNCED_STORES.map((st) => s.records[st].map((r) => `${r.id}@${r.updatedAt}`).sort().join(','));
        expect(ids(na)).toEqual(ids(nb));
      }),
      { numRuns: 500 },
    );
  });

  describe('a time that has not come yet', () => {
    const NOW = Date.UTC(2026, 11, 5, 10);
    const Y9999 = Date.UTC(9999, 11, 31);
    const sync = (a: SyncSnapshot, b: SyncSnapshot) => [apply(a, changesFor(a, b, undefined, NOW)), apply(b, changesFor(b, a, undefined, NOW))] as const;

    it('keeps a deleted item deleted on both sides, though the other copy says year 9999', () => {
      const course = snap((s) => s.tombstones.push({ store: 'ownPrompts', recordId: 'p', deletedAt: NOW - 1_000 }));
      const extension = snap((s) => s.records.ownPrompts.push({ id: 'p', updatedAt: Y9999, words: 'forged' }));
      expect(changesFor(course, extension, undefined, NOW).put.ownPrompts).toEqual([]);
      expect(changesFor(extension, course, undefined, NOW).remove.ownPrompts).toEqual(['p']);
      const [c, e] = sync(course, extension);
      expect(c.records.ownPrompts).toEqual([]);
      expect(e.records.ownPrompts).toEqual([]);
      // And the next sync does not bring it back either.
      const [c2, e2] = sync(c, e);
      expect([c2.records.ownPrompts, e2.records.ownPrompts]).toEqual([[], []]);
    });

    it('lets the tombstone win over a copy just past the allowed skew, but not over a real edit after the delete', () => {
      const tomb = { deletedAt: NOW - 60_000 };
      expect(tombstoneBeats(tomb, { updatedAt: NOW + CLOCK_SKEW_MS + 1 }, NOW)).toBe(true);
      expect(tombstoneBeats(tomb, { updatedAt: NOW - 1 }, NOW)).toBe(false);
      expect(tombstoneBeats(tomb, { updatedAt: NOW - 60_000 }, NOW)).toBe(true);
    });

    it('never lets a year-9999 copy replace a real, newer edit; the real edit reaches the other side', () => {
      const course = snap((s) => s.records.boundaries.push({ id: 'b', updatedAt: NOW - 5_000, action: 'my real edit' }));
      const extension = snap((s) => s.records.boundaries.push({ id: 'b', updatedAt: Y9999, action: 'forged' }));
      expect(changesFor(course, extension, undefined, NOW).put.boundaries).toEqual([]);
      const [c, e] = sync(course, extension);
      expect(c.records.boundaries).toEqual([{ id: 'b', updatedAt: NOW - 5_000, action: 'my real edit' }]);
      expect(e.records.boundaries).toEqual(c.records.boundaries);
    });

    it('still takes a year-9999 copy where this side has nothing, so no words are lost', () => {
      const extension = snap((s) => s.records.plans.push({ id: 'p', updatedAt: Y9999 }));
      expect(changesFor(emptySnapshot(), extension, undefined, NOW).put.plans.map((r) => r.id)).toEqual(['p']);
    });

    it('lets a favourite marked again after it was unmarked come back (re-adding is a new change)', () => {
      const course = snap((s) => s.records.favourites.push({ id: 'prompt-1', updatedAt: NOW - 10 }));
      const extension = snap((s) => s.tombstones.push({ store: 'favourites', recordId: 'prompt-1', deletedAt: NOW - 1_000 }));
      const [c, e] = sync(course, extension);
      expect(c.records.favourites.map((r) => r.id)).toEqual(['prompt-1']);
      expect(e.records.favourites.map((r) => r.id)).toEqual(['prompt-1']);
    });

    it('settles both sides on the same items, and no forged copy outlives a tombstone, whatever they held', () => {
      const time = fc.oneof(fc.integer({ min: NOW - 50, max: NOW }), fc.integer({ min: NOW + CLOCK_SKEW_MS + 1, max: 8.64e15 }));
      const rec = fc.record({ id: fc.constantFrom('a', 'b', 'c'), updatedAt: time });
      const side = fc.record({
        records: fc.record({ boundaries: fc.uniqueArray(rec, { selector: (r) => r.id }), plans: fc.constant<SyncRecord[]>([]), ownPrompts: fc.constant<SyncRecord[]>([]), favourites: fc.constant<SyncRecord[]>([]) }),
        tombstones: fc.uniqueArray(fc.record({ store: fc.constant('boundaries' as const), recordId: fc.constantFrom('a', 'b', 'c'), deletedAt: fc.integer({ min: NOW - 50, max: NOW }) }), {
          selector: (t) => t.recordId,
        }),
      });
      fc.assert(
        fc.property(side, side, (a, b) => {
          // A side never holds a record alongside a tombstone that beats it.
          const clean = (s: SyncSnapshot) => {
            s.records.boundaries = s.records.boundaries.filter((r) => !s.tombstones.some((t) => t.recordId === r.id && tombstoneBeats(t, r, NOW)));
            return s;
          };
          const [na, nb] = sync(clean(a as SyncSnapshot), clean(b as SyncSnapshot));
          const ids = (s: SyncSnapshot) => s.records.boundaries.map((r) => `${r.id}@${r.updatedAt}`).sort();
          expect(ids(na)).toEqual(ids(nb));
          for (const r of na.records.boundaries) {
            const tomb = [...a.tombstones, ...b.tombstones].find((t) => t.recordId === r.id);
            if (tomb && r.updatedAt > NOW + CLOCK_SKEW_MS) expect.unreachable(`a forged copy of ${r.id} outlived its tombstone`);
          }
        }),
        { numRuns: 500 },
      );
    });
  });
});
