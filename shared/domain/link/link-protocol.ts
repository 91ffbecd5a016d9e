/**
 * "Linked with the course": the messages the course (the PWA) sends the extension when both
 * are installed in one browser, through `chrome.runtime.sendMessage(extensionId, …)`. Chrome
 * only lets the course's own origin send them (the manifest's `externally_connectable`).
 * Nothing goes over the network. Pure: types and valibot schemas, used on both sides.
 */
import * as v from 'valibot';
import { MAX_BACKUP_ITERATIONS, MAX_ID, MAX_RECORDS_PER_STORE, RECORD_SCHEMAS } from '../trust/backup-format.ts';
import { SYNCED_STORES, type SyncSnapshot } from './toolkit-sync.ts';

/**
 * Where linking stands, as the extension tells the course: linked, or waiting for the
 * person to answer in the extension (`pending`), or neither. Nothing else is told.
 */
export interface LinkStatus {
  linked: boolean;
  pending: boolean;
}

/** Each message's request and response. */
export interface LinkMessageMap {
  /** Is the extension there, is it linked, and is a request to link waiting for the person? */
  'link-hello': { request: Record<string, never>; response: LinkStatus };
  /**
   * The person chose Link in the course: the extension asks them to confirm, in a window of
   * its own, and links only when they say yes there (`pending` until then).
   */
  'link-accept': { request: Record<string, never>; response: LinkStatus };
  /** The person unlinked in the course. */
  'link-unlink': { request: Record<string, never>; response: { linked: false } };
  /**
   * The course's toolkit; the extension applies what wins and answers with its own (after
   * applying). With the course's lock on, `lock` is its `lock` setting (never the key) and
   * the person's words travel sealed (`WireSealedRecord`); `null` means the lock is off.
   */
  sync: { request: { snapshot: SyncSnapshot; lock?: WireLockConfig | null }; response: { snapshot: SyncSnapshot } };
  /** "Delete all my data" in the course: the extension deletes its copy too, and says what is left. */
  'link-wipe': { request: Record<string, never>; response: { left: ExtensionLeftovers } };
}

/** What the extension still keeps after `link-wipe`; all empty or zero when it worked. */
export interface ExtensionLeftovers {
  databases: string[];
  caches: string[];
  /** Keys in chrome.storage (local, session and sync together). */
  storageKeys: number;
  alarms: number;
  notifications: number;
  contentScripts: number;
  /** Optional host access still granted (`https://mail.example.com/*`). */
  hostPermissions: string[];
}

/** True when the extension's reply says nothing is left; anything else (an odd reply too) is not a yes. */
export function nothingLeft(left: unknown): boolean {
  if (typeof left !== 'object' || left === null) return false;
  const field = (name: keyof ExtensionLeftovers): unknown => (name in left ? Reflect.get(left, name) : undefined);
  const none = (list: unknown) => Array.isArray(list) && list.length === 0;
  return (
    none(field('databases')) &&
    none(field('caches')) &&
    none(field('hostPermissions')) &&
    [field('storageKeys'), field('alarms'), field('notifications'), field('contentScripts')].every((n) => n === 0)
  );
}

/** A link message's name. */
export type LinkMessageType = keyof LinkMessageMap;

// A strict empty object is exactly `Record<string, never>`; valibot types it as `{}`, so the schema's type is named here (a schema, not input).
const empty = v.strictObject({}) as unknown as v.GenericSchema<unknown, Record<string, never>>;
const recordList = <S extends v.GenericSchema>(s: S) => v.pipe(v.array(s), v.maxLength(MAX_RECORDS_PER_STORE));

// ---- Sealed records on the wire (runtime messages are JSON: bytes travel as base64) ----

/** Bytes of an AES-GCM IV, as `shared/data/trust/crypto.ts` makes them. */
export const WIRE_IV_BYTES = 12;
/** Bytes of an AES-GCM tag: no ciphertext is shorter. */
const GCM_TAG_BYTES = 16;
/** Most bytes of one sealed record: one toolkit item's words, with room to spare; a bigger one stays where it is. */
export const MAX_SEALED_BYTES = 1024 * 1024;
/** Fewest PBKDF2 iterations the extension accepts in a lock setting (the course uses 600,000). */
export const MIN_LINK_ITERATIONS = 100_000;

/** Sealed bytes as they travel. */
export interface WireSealed {
  iv: string;
  data: string;
}

/** A sealed record as it travels: its clear fields, the id of the key that sealed it, and the sealed bytes. */
export interface WireSealedRecord {
  id: string;
  createdAt: number;
  updatedAt: number;
  /** Plans only: when the talk is, so reminders work without the key. */
  scheduledAt?: number;
  kid?: string;
  sealed: WireSealed;
}

/** The course's `lock` setting as it travels: the salt and check value, never the passcode or the key. */
export interface WireLockConfig {
  version: 1;
  kid: string;
  kdf: 'PBKDF2-SHA-256';
  iterations: number;
  salt: string;
  check: WireSealed;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Bytes that standard base64 (with padding) of this length holds, or -1 when it is not such base64. */
function base64Bytes(text: string): number {
  if (text.length % 4 !== 0 || !BASE64.test(text)) return -1;
  return (text.length / 4) * 3 - (text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0);
}

/** Strict base64 of `min` to `max` bytes; the length is checked before the pattern, so a huge string costs nothing. */
const base64 = (min: number, max: number) =>
  v.pipe(
    v.string(),
    v.check((text) => text.length <= Math.ceil(max / 3) * 4 && base64Bytes(text) >= min && base64Bytes(text) <= max, 'not base64 of the right size'),
  );
const wireId = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_ID));
const wireTime = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(8.64e15));
const wireSealed = (maxBytes: number) => v.strictObject({ iv: base64(WIRE_IV_BYTES, WIRE_IV_BYTES), data: base64(GCM_TAG_BYTES, maxBytes) });
/** A sealed record: exactly these fields, nothing readable besides the dates. */
const sealedRecord = <E extends v.ObjectEntries>(extra: E) =>
  v.strictObject({ id: wireId, createdAt: wireTime, updatedAt: wireTime, kid: v.optional(wireId), ...extra, sealed: wireSealed(MAX_SEALED_BYTES) });
/** A record of a store that may be sealed: sealed, or plain and checked like a backup's. */
const sealedOrPlain = <P extends v.GenericSchema, E extends v.ObjectEntries>(plain: P, extra: E) => v.union([sealedRecord(extra), plain]);

/** The course's `lock` setting as it may arrive. */
export const wireLockSchema = v.strictObject({
  version: v.literal(1),
  kid: wireId,
  kdf: v.literal('PBKDF2-SHA-256'),
  iterations: v.pipe(v.number(), v.integer(), v.minValue(MIN_LINK_ITERATIONS), v.maxValue(MAX_BACKUP_ITERATIONS)),
  salt: base64(16, 64),
  check: wireSealed(256),
});

/** A snapshot as it may arrive: every plain record checked like a backup's, every sealed one strictly. */
export const snapshotSchema = v.object({
  records: v.object({
    boundaries: recordList(sealedOrPlain(RECORD_SCHEMAS.boundaries, {})),
    plans: recordList(sealedOrPlain(RECORD_SCHEMAS.plans, { scheduledAt: v.optional(wireTime) })),
    ownPrompts: recordList(sealedOrPlain(RECORD_SCHEMAS.ownPrompts, {})),
    favourites: recordList(RECORD_SCHEMAS.favourites),
  }),
  tombstones: recordList(
    v.object({
      store: v.picklist(SYNCED_STORES),
      recordId: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_ID)),
      deletedAt: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(8.64e15)),
    }),
  ),
});

/** The schema of each message's request. */
export const LINK_SCHEMAS: { [K in LinkMessageType]: v.GenericSchema<unknown, LinkMessageMap[K]['request']> } = {
  'link-hello': empty,
  'link-accept': empty,
  'link-unlink': empty,
  sync: v.strictObject({ snapshot: snapshotSchema, lock: v.optional(v.nullable(wireLockSchema)) }),
  'link-wipe': empty,
};

/** A checked link message, or why it was refused. */
export type CheckedLink = { ok: true; type: LinkMessageType; payload: unknown } | { ok: false; error: string };

/**
 * Checks a message from outside the extension: only from the course's origin (as Chrome
 * reports the sender, never from the payload), and only a known, well-formed message.
 */
export function checkLinkMessage(message: unknown, sender: { origin?: string; url?: string }, courseOrigin: string): CheckedLink {
  let origin = sender.origin;
  if (!origin && sender.url) {
    try {
      origin = new URL(sender.url).origin;
    } catch {
      origin = undefined;
    }
  }
  if (origin !== courseOrigin) return { ok: false, error: 'not from the course' };
  if (typeof message !== 'object' || message === null) return { ok: false, error: 'not a message' };
  const type = 'type' in message ? message.type : undefined;
  const payload = 'payload' in message ? message.payload : undefined;
  if (!isLinkMessageType(type)) return { ok: false, error: 'unknown message type' };
  const parsed = v.safeParse(LINK_SCHEMAS[type], payload);
  if (!parsed.success) return { ok: false, error: `bad ${type}` };
  return { ok: true, type, payload: parsed.output };
}

function isLinkMessageType(type: unknown): type is LinkMessageType {
  return typeof type === 'string' && Object.hasOwn(LINK_SCHEMAS, type);
}
