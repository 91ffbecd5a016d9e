/**
 * "Linked with the course": the messages the course (the PWA) sends the extension when both
 * are installed in one browser, through `chrome.runtime.sendMessage(extensionId, …)`. Chrome
 * only lets the course's own origin send them (the manifest's `externally_connectable`).
 * Nothing goes over the network. Pure: types and valibot schemas, used on both sides.
 */
import * as v from 'valibot';
import { MAX_ID, MAX_RECORDS_PER_STORE, RECORD_SCHEMAS } from './backup-format.ts';
import { SYNCED_STORES, type SyncSnapshot } from './toolkit-sync.ts';

/** Each message's request and response. */
export interface LinkMessageMap {
  /** Is the extension there, and is it linked? */
  'link-hello': { request: Record<string, never>; response: { linked: boolean } };
  /** The person said yes in the course: link (the extension shows it, and can unlink). */
  'link-accept': { request: Record<string, never>; response: { linkedAt: number } };
  /** The person unlinked in the course. */
  'link-unlink': { request: Record<string, never>; response: { linked: false } };
  /** The course's toolkit; the extension applies what wins and answers with its own (after applying). */
  sync: { request: { snapshot: SyncSnapshot }; response: { snapshot: SyncSnapshot } };
}

/** A link message's name. */
export type LinkMessageType = keyof LinkMessageMap;

const empty = v.strictObject({}) as unknown as v.GenericSchema<unknown, Record<string, never>>;
const recordList = <S extends v.GenericSchema>(s: S) => v.pipe(v.array(s), v.maxLength(MAX_RECORDS_PER_STORE));

/** A snapshot as it may arrive: every record checked like a backup's. */
export const snapshotSchema = v.object({
  records: v.object({
    boundaries: recordList(RECORD_SCHEMAS.boundaries),
    plans: recordList(RECORD_SCHEMAS.plans),
    ownPrompts: recordList(RECORD_SCHEMAS.ownPrompts),
    favourites: recordList(RECORD_SCHEMAS.favourites),
  }),
  tombstones: recordList(
    v.object({
      store: v.picklist(SYNCED_STORES),
      recordId: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_ID)),
      deletedAt: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(8.64e15)),
    }),
  ),
}) as unknown as v.GenericSchema<unknown, SyncSnapshot>;

/** The schema of each message's request. */
export const LINK_SCHEMAS: { [K in LinkMessageType]: v.GenericSchema<unknown, LinkMessageMap[K]['request']> } = {
  'link-hello': empty,
  'link-accept': empty,
  'link-unlink': empty,
  sync: v.strictObject({ snapshot: snapshotSchema }),
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
  const { type, payload } = message as { type?: unknown; payload?: unknown };
  if (typeof type !== 'string' || !Object.hasOwn(LINK_SCHEMAS, type)) return { ok: false, error: 'unknown message type' };
  const parsed = v.safeParse(LINK_SCHEMAS[type as LinkMessageType], payload);
  if (!parsed.success) return { ok: false, error: `bad ${type}` };
  return { ok: true, type: type as LinkMessageType, payload: parsed.output };
}
