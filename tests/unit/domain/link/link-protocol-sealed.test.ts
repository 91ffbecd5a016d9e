import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkLinkMessage, MAX_SEALED_BYTES, type WireLockConfig } from '../../../../shared/domain/link/link-protocol.ts';
import { emptySnapshot, type SyncSnapshot } from '../../../../shared/domain/link/toolkit-sync.ts';

const COURSE = 'http://localhost:4173';
const from = { origin: COURSE, url: `${COURSE}/settings` };

/** Standard base64 of `n` bytes (the value of the bytes does not matter to the check). */
const b64 = (n: number) => Buffer.alloc(n, 7).toString('base64');
const sealed = (dataBytes = 64) => ({ iv: b64(12), data: b64(dataBytes) });
const sealedBoundary = (extra: Record<string, unknown> = {}) => ({ id: 'b1', createdAt: 1, updatedAt: 2, kid: 'k1', sealed: sealed(), ...extra });
const lock = (extra: Partial<Record<keyof WireLockConfig, unknown>> = {}) => ({
  version: 1,
  kid: 'k1',
  kdf: 'PBKDF2-SHA-256',
  iterations: 600_000,
  salt: b64(16),
  check: sealed(36),
  ...extra,
});

function syncWith(records: Partial<Record<keyof SyncSnapshot['records'], unknown[]>>, lockValue: unknown = lock()): unknown {
  return { type: 'sync', payload: { snapshot: { ...emptySnapshot(), records: { ...emptySnapshot().records, ...records } }, lock: lockValue } };
}

const ok = (message: unknown) => checkLinkMessage(message, from, COURSE).ok;

describe('sealed records and the lock setting in a sync', () => {
  it('accepts sealed boundaries and plans (with their clear time), plain ones, and the lock setting or null', () => {
    const plan = { id: 'p1', createdAt: 1, updatedAt: 2, scheduledAt: 3, kid: 'k1', sealed: sealed() };
    const checked = checkLinkMessage(syncWith({ boundaries: [sealedBoundary()], plans: [plan], ownPrompts: [{ id: 'o1', createdAt: 1, updatedAt: 2, sealed: sealed() }] }), from, COURSE);
    expect(checked).toMatchObject({ ok: true, type: 'sync' });
    expect((checked as { payload: { snapshot: SyncSnapshot } }).payload.snapshot.records.plans).toEqual([plan]);
    expect(ok(syncWith({ boundaries: [{ id: 'b2', createdAt: 1, updatedAt: 2, situation: 's', action: 'a', reason: 'r' }] }, null))).toBe(true);
    // A course that does not know about the lock sends none: still a sync.
    expect(ok({ type: 'sync', payload: { snapshot: emptySnapshot() } })).toBe(true);
  });

  it('refuses a sealed record with anything readable besides its clear fields', () => {
    expect(ok(syncWith({ boundaries: [sealedBoundary({ note: 'a hidden sentence' })] }))).toBe(false);
    expect(ok(syncWith({ boundaries: [sealedBoundary({ scheduledAt: 5 })] }))).toBe(false);
    expect(ok(syncWith({ boundaries: [sealedBoundary({ sealed: { ...sealed(), extra: 'x' } })] }))).toBe(false);
    expect(ok(syncWith({ favourites: [{ id: 'f', createdAt: 1, updatedAt: 2, sealed: 1 }] }))).toBe(true); // favourites are never sealed: the field is dropped
  });

  it('refuses sealed bytes that are not strict base64 of the right size', () => {
    const bad = [
      { iv: b64(11), data: b64(64) },
      { iv: b64(16), data: b64(64) },
      { iv: 'AAAAAAAAAAAAAAA!', data: b64(64) },
      { iv: b64(12), data: b64(15) }, // shorter than an AES-GCM tag
      { iv: b64(12), data: b64(64).slice(1) }, // not a multiple of 4
      { iv: b64(12), data: `${b64(60)}A=A=` },
      { iv: b64(12), data: b64(MAX_SEALED_BYTES + 1) },
      { iv: b64(12), data: 42 },
      { iv: [1, 2, 3], data: b64(64) },
    ];
    for (const s of bad) expect(ok(syncWith({ boundaries: [sealedBoundary({ sealed: s })] })), JSON.stringify(s).slice(0, 80)).toBe(false);
    expect(ok(syncWith({ boundaries: [sealedBoundary({ sealed: { iv: b64(12), data: b64(MAX_SEALED_BYTES) } })] }))).toBe(true);
  });

  it('refuses hostile ids, dates and key ids', () => {
    expect(ok(syncWith({ boundaries: [sealedBoundary({ kid: 'k'.repeat(201) })] }))).toBe(false);
    expect(ok(syncWith({ boundaries: [sealedBoundary({ id: '' })] }))).toBe(false);
    expect(ok(syncWith({ boundaries: [sealedBoundary({ updatedAt: Number.NaN })] }))).toBe(false);
    expect(ok(syncWith({ boundaries: [sealedBoundary({ updatedAt: -1 })] }))).toBe(false);
    expect(ok(syncWith({ plans: [{ id: 'p', createdAt: 1, updatedAt: 2, scheduledAt: '3pm', sealed: sealed() }] }))).toBe(false);
  });

  it('refuses a lock setting out of shape: weak or huge iterations, another kdf, a bad salt or check, extra fields', () => {
    for (const bad of [
      lock({ iterations: 1_000 }),
      lock({ iterations: 1e12 }),
      lock({ iterations: 600_000.5 }),
      lock({ kdf: 'MD5' }),
      lock({ version: 2 }),
      lock({ salt: b64(8) }),
      lock({ salt: 'not base64!' }),
      lock({ check: sealed(4096) }),
      lock({ kid: '' }),
      { ...lock(), key: 'the key itself' },
      'locked',
    ]) {
      expect(ok(syncWith({}, bad)), JSON.stringify(bad).slice(0, 80)).toBe(false);
    }
  });

  it('refuses a huge sealed string', () => {
    const huge = 'A'.repeat(60 * 1024 * 1024);
    expect(ok(syncWith({ boundaries: [sealedBoundary({ sealed: { iv: b64(12), data: huge } })] }))).toBe(false);
  });

  it('never lets a generated record through as sealed with more than its clear fields', () => {
    const allowed = new Set(['id', 'createdAt', 'updatedAt', 'kid', 'sealed']);
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('id', 'createdAt', 'updatedAt', 'kid', 'sealed', 'situation', 'note', '__proto__'), fc.anything()), (record) => {
        const checked = checkLinkMessage(syncWith({ boundaries: [record] }), from, COURSE);
        if (!checked.ok) return;
        const out = (checked.payload as { snapshot: SyncSnapshot }).snapshot.records.boundaries[0]!;
        if ('sealed' in out) expect(Object.keys(out).every((k) => allowed.has(k))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
