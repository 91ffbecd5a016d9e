import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { changesFor, emptySnapshot, SYNCED_STORES, type SyncRecord, type SyncSnapshot } from '../../../shared/domain/toolkit-sync.ts';

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
});
