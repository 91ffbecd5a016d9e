/**
 * The course's side of the app lock in "Linked with the course": while the lock is on, the
 * person's words leave the course only sealed with its key, and come back sealed; the course
 * opens them here before they are merged. Needs the key (unlocked), like every read of the
 * person's words.
 */
import * as v from 'valibot';
import { RECORD_SCHEMAS } from '../../domain/trust/backup-format.ts';
import { snapshotSchema, type LinkMessageMap, type WireLockConfig } from '../../domain/link/link-protocol.ts';
import { changesFor, inWrongForm, isSealedForm, SEALABLE_SYNCED_STORES, type SyncRecord, type SyncSnapshot } from '../../domain/link/toolkit-sync.ts';
import { readLockConfig } from '../trust/lock-config.ts';
import { keyFor } from '../trust/lock-state.ts';
import { isSealedRecord, openWithKnownKeys, sealStored } from '../trust/sealed-records.ts';
import { lockToWire, snapshotFromWire, snapshotToWire } from './link-wire.ts';
import { applyChanges, readSnapshot } from './toolkit-link.ts';

/**
 * What the course sends: its toolkit, with the person's words sealed afresh under the
 * current key while the lock is on (so every copy carries this key's `kid`), and the lock
 * setting, or null when the lock is off. Throws `locked` while locked.
 */
export async function snapshotForLink(): Promise<{ snapshot: SyncSnapshot; lock: WireLockConfig | null }> {
  const config = await readLockConfig();
  const key = keyFor(config);
  const plain = await readSnapshot();
  if (!config || !key) return { snapshot: snapshotToWire(plain), lock: null };
  const records = { ...plain.records };
  for (const store of SEALABLE_SYNCED_STORES) records[store] = await Promise.all(plain.records[store].map((r) => sealStored(store, r, key)));
  return { snapshot: snapshotToWire({ records, tombstones: plain.tombstones }), lock: lockToWire(config) };
}

/** What came back from the extension, ready to merge. */
export interface OpenedSnapshot {
  /** Every record plain; the ones that could not be opened are left out (the extension keeps them). */
  snapshot: SyncSnapshot;
  /** Copies not in the form this course's lock asks for: sending once more lets the extension replace them. */
  wrongForm: number;
  /** Sealed copies no key here opens, or that opened to something out of shape. */
  unopened: number;
}

/**
 * Opens the extension's answer (checked by `snapshotSchema`) with a key this page knows: the
 * one held, or the one a passcode change here just replaced. An opened record must pass the
 * same check as a plain one and carry the id and date it travelled under.
 */
export async function openLinkSnapshot(wire: SyncSnapshot, lockKid: string | null): Promise<OpenedSnapshot> {
  const stored = snapshotFromWire(wire);
  let wrongForm = 0;
  let unopened = 0;
  for (const [store, list] of Object.entries(wire.records)) {
    for (const record of list) if (inWrongForm(store as keyof SyncSnapshot['records'], record, lockKid)) wrongForm++;
  }
  const records = { ...stored.records };
  for (const store of SEALABLE_SYNCED_STORES) {
    const opened = await Promise.all(
      stored.records[store].map(async (record): Promise<SyncRecord | undefined> => {
        if (!isSealedForm(record)) return record;
        // Sealed in form but not as bytes: nothing opens it, so it counts as unopened below.
        const plain = isSealedRecord(record) ? await openWithKnownKeys(store, record).catch(() => undefined) : undefined;
        const checked = v.safeParse(RECORD_SCHEMAS[store], plain);
        if (checked.success && checked.output.id === record.id && checked.output.updatedAt === record.updatedAt) return { ...checked.output };
        unopened++;
        return undefined;
      }),
    );
    records[store] = opened.filter((r): r is SyncRecord => r !== undefined);
  }
  return { snapshot: { records, tombstones: stored.tombstones }, wrongForm, unopened };
}

/**
 * One exchange from the course's side: sends its snapshot (`send` delivers it to the
 * extension and gives back its answer, or undefined), then opens, checks and applies what
 * wins from the answer. Returns true when the extension still keeps copies in the wrong form
 * for the course's lock (made before the lock changed): a second exchange replaces them.
 */
export async function syncRound(send: (request: LinkMessageMap['sync']['request']) => Promise<{ snapshot: unknown } | undefined>): Promise<boolean> {
  const ours = await snapshotForLink();
  // An extension from before the lock travelled refuses the `lock` field: with the lock off it
  // still gets the message it knows. With the lock on it gets nothing: it could only store plain text.
  const reply = (await send(ours)) ?? (ours.lock === null ? await send({ snapshot: ours.snapshot }) : undefined);
  if (!reply) return false;
  const theirs = v.safeParse(snapshotSchema, reply.snapshot);
  if (!theirs.success) return false;
  const opened = await openLinkSnapshot(theirs.output, ours.lock?.kid ?? null);
  await applyChanges(changesFor(await readSnapshot(), opened.snapshot));
  return opened.wrongForm > 0;
}
