/**
 * Sealed records and the lock setting as they travel between the course and the extension.
 * Runtime messages are JSON, which would turn bytes into `{ "0": 12, … }`: the IV, the
 * ciphertext and the salt travel as base64 instead, and become bytes again on arrival
 * (after `link-protocol.ts` checked them).
 */
import { MAX_SEALED_BYTES, type WireLockConfig, type WireSealed } from '../../domain/link/link-protocol.ts';
import type { SyncRecord, SyncSnapshot, SyncedStore } from '../../domain/link/toolkit-sync.ts';
import { fromBase64, toBase64 } from '../../domain/base64.ts';
import type { Sealed } from '../trust/crypto.ts';
import type { LockConfig } from '../trust/lock-config.ts';
import { isSealedRecord } from '../trust/sealed-records.ts';

function sealedToWire(sealed: Sealed): WireSealed {
  return { iv: toBase64(sealed.iv), data: toBase64(sealed.data) };
}

function sealedFromWire(wire: WireSealed): Sealed | undefined {
  const iv = fromBase64(wire.iv);
  const data = fromBase64(wire.data);
  return iv && data ? { iv, data } : undefined;
}

/** True for a sealed record in its travelling form (base64 strings). */
function isWireSealed(record: SyncRecord): record is SyncRecord & { sealed: WireSealed } {
  const sealed = record.sealed;
  return typeof sealed === 'object' && sealed !== null && 'iv' in sealed && typeof sealed.iv === 'string' && 'data' in sealed && typeof sealed.data === 'string';
}

function mapRecords(snapshot: SyncSnapshot, map: (store: SyncedStore, record: SyncRecord) => SyncRecord | undefined): SyncSnapshot {
  const each = (store: SyncedStore) => snapshot.records[store].flatMap((r) => map(store, r) ?? []);
  return { records: { boundaries: each('boundaries'), plans: each('plans'), ownPrompts: each('ownPrompts'), favourites: each('favourites') }, tombstones: snapshot.tombstones };
}

/** A snapshot as it travels. A sealed record too big for the other side's check stays behind, so it can't block the rest. */
export function snapshotToWire(snapshot: SyncSnapshot): SyncSnapshot {
  return mapRecords(snapshot, (_store, record) => {
    if (!isSealedRecord(record)) return record;
    if (record.sealed.data.length > MAX_SEALED_BYTES) return undefined;
    return { ...record, sealed: sealedToWire(record.sealed) };
  });
}

/** A checked snapshot as it is stored: sealed records with their bytes again (one that is not base64 is left out). */
export function snapshotFromWire(snapshot: SyncSnapshot): SyncSnapshot {
  return mapRecords(snapshot, (_store, record) => {
    if (!isWireSealed(record)) return record;
    const sealed = sealedFromWire(record.sealed);
    return sealed ? { ...record, sealed } : undefined;
  });
}

/** The `lock` setting as it travels: salt and check value, never the passcode or the key. */
export function lockToWire(config: LockConfig): WireLockConfig {
  return { version: 1, kid: config.kid, kdf: config.kdf, iterations: config.iterations, salt: toBase64(config.salt), check: sealedToWire(config.check) };
}

/** A checked `lock` setting from the course, as it is stored; undefined when its bytes are not base64. */
export function lockFromWire(wire: WireLockConfig): LockConfig | undefined {
  const salt = fromBase64(wire.salt);
  const check = sealedFromWire(wire.check);
  return salt && check ? { version: 1, kid: wire.kid, kdf: wire.kdf, iterations: wire.iterations, salt, check } : undefined;
}
