/**
 * The extension's side of one sync, without the key: the course's snapshot (checked by
 * `link-protocol.ts`) is merged as stored, the course's lock setting is kept, and the answer
 * is everything here as stored, sealed records still sealed.
 */
import type { LinkMessageMap } from '../../domain/link/link-protocol.ts';
import { lockFromWire, snapshotFromWire, snapshotToWire } from './link-wire.ts';
import { mergeRawSnapshot, readRawSnapshot } from './toolkit-link.ts';

/** Applies the course's sync request; returns the answer and how many changes were made here. */
export async function answerSync({ snapshot, lock }: LinkMessageMap['sync']['request']): Promise<{ answer: LinkMessageMap['sync']['response']; changed: number }> {
  const config = lock ? lockFromWire(lock) : lock;
  if (lock && !config) throw new Error('bad lock');
  const changed = await mergeRawSnapshot(snapshotFromWire(snapshot), config);
  return { answer: { snapshot: snapshotToWire(await readRawSnapshot()) }, changed };
}
