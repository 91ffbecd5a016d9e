/**
 * The backup file: its format, and reading one whole before anything is written. The
 * schemas it checks records and settings with are in `record-schemas.ts` and
 * `setting-schemas.ts`; the preview's words and which copy wins a merge in `backup-summary.ts`. Pure: no IndexedDB, no crypto, no DOM; `shared/data/trust/backup.ts` does those.
 *
 * A plain file:
 *   { "app": "alongside", "format": 1, "schemaVersion": 4, "exportedAt": "2026-05-12T09:30:00.000Z",
 *     "stores": { "boundaries": [...], "journal": [...], ... } }
 * A file protected with a passphrase holds the plain file's text, encrypted:
 *   { "app": "alongside", "format": 1,
 *     "encrypted": { "kdf": "PBKDF2-SHA-256", "iterations": 600000, "salt": "…", "iv": "…", "ciphertext": "…" } }
 *
 * Reading is strict where it matters and forgiving where it is safe: a file that is not
 * JSON, not ours, from a newer version, too big, or with any record out of shape is
 * refused whole, with a `BackupError` that says why and where. Fields we do not know are dropped (valibot's
 * `object` keeps only the keys it names, and its `record` skips `__proto__`,
 * `constructor` and `prototype`), and so are settings we do not know or that belong to
 * one device only (the lock's salt, reminder dates).
 *
 * Times are checked against the file's own date: a record changed after the file was saved
 * (or a file saved after now) carries a forged or broken stamp, which would win every
 * merge. Such stamps are set back to the file's date (to now, when the file's date has not
 * come either) rather than the file refused, so one bad date never costs the person the
 * rest of their backup; the preview and the result say so, and in "add to what I have" such
 * a record only fills a gap: it never replaces a copy already here.
 */
import * as v from 'valibot';
import { isFromTheFuture } from './trusted-time.ts';
import { int } from './schema-parts.ts';
import { BACKUP_STORES, RECORD_SCHEMAS, STORE_SINCE, type BackupRecord, type BackupStoreName } from './record-schemas.ts';
import { checkSetting, settingCheckWith } from './setting-schemas.ts';
import { CLASS_SETTING_SCHEMAS } from '../classes/class-setting-schemas.ts';
import { BackupError } from './backup-problems.ts';

// Kept here for the modules that import them from the file's format (the link's protocol, the restore screen).
export { MAX_ID } from './schema-parts.ts';
export { RECORD_SCHEMAS } from './record-schemas.ts';
export { BackupError, type BackupErrorKind } from './backup-problems.ts';

/** The `app` field of every backup. */
export const BACKUP_APP = 'alongside';

/** A file may hold any setting, a class's among them: each is checked by its own schema. */
const EVERY_SETTING = settingCheckWith(CLASS_SETTING_SCHEMAS);
/** The file format this version writes and reads. */
export const BACKUP_FORMAT = 1;
/** The key-derivation function named in protected files. */
export const BACKUP_KDF = 'PBKDF2-SHA-256';
/** Largest backup file read, in characters (about 64 MB): far above a lifetime of writing, far below what hurts a phone. */
export const MAX_BACKUP_CHARS = 64 * 1024 * 1024;
/** Most records of one kind in a file. */
export const MAX_RECORDS_PER_STORE = 200_000;
/** Most PBKDF2 iterations a protected file may ask for (more would hang the page). */
export const MAX_BACKUP_ITERATIONS = 10_000_000;

// ---- The file ----

/** A checked backup, ready to preview and restore. */
export interface BackupContents {
  schemaVersion: number;
  /** When it was saved (ms); now, when the file's own date had not come yet. */
  exportedAt: number;
  stores: { [N in BackupStoreName]: BackupRecord<N>[] };
  /** Settings in the file that this version leaves out (unknown, or for one device only). */
  skippedSettings: number;
  /** True when the file said it was saved later than now (so `exportedAt` is now instead). */
  exportedInFuture?: boolean;
  /** Records (`futureDateKey`) whose dates had not come yet, set back to `exportedAt`: they never replace a copy already here. */
  futureDated?: ReadonlySet<string>;
}

/** The key of a record in `BackupContents.futureDated`. */
export function futureDateKey(store: BackupStoreName, id: string): string {
  return `${store}:${id}`;
}

/** The encrypted part of a protected file, as text; `shared/data/trust/backup.ts` decodes and opens it. */
export interface EncryptedEnvelope {
  kdf: typeof BACKUP_KDF;
  iterations: number;
  salt: string;
  iv: string;
  ciphertext: string;
}

/** What reading a file found: a checked backup, or a protected one that needs its passphrase. */
export type ReadBackup = { kind: 'plain'; contents: BackupContents } | { kind: 'encrypted'; envelope: EncryptedEnvelope };

const envelopeSchema = v.object({
  kdf: v.literal(BACKUP_KDF),
  iterations: int(1, MAX_BACKUP_ITERATIONS),
  salt: v.pipe(v.string(), v.maxLength(200)),
  iv: v.pipe(v.string(), v.maxLength(200)),
  ciphertext: v.pipe(v.string(), v.maxLength(MAX_BACKUP_CHARS)),
});

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a backup file's text. Throws a `BackupError` (its kind and where, for the UI to put into words) for anything
 * that is not a whole, valid backup this version can restore; nothing is written here.
 */
export function readBackupText(textIn: unknown, currentSchemaVersion: number, now: number = Date.now()): ReadBackup {
  if (typeof textIn !== 'string') throw new BackupError('not-backup');
  if (textIn.length > MAX_BACKUP_CHARS) throw new BackupError('too-big');
  let json: unknown;
  try {
    json = JSON.parse(textIn);
  } catch (error) {
    throw new BackupError(textIn.trimStart().startsWith('{') ? 'damaged' : 'not-backup', undefined, { cause: error });
  }
  if (!isObject(json) || json.app !== BACKUP_APP) throw new BackupError('not-backup');
  if (typeof json.format === 'number' && json.format > BACKUP_FORMAT) throw new BackupError('newer');
  if (json.format !== BACKUP_FORMAT) throw new BackupError('damaged', { part: 'format' });
  if (Object.hasOwn(json, 'encrypted')) {
    const envelope = v.safeParse(envelopeSchema, json.encrypted);
    if (!envelope.success) throw new BackupError('damaged', { part: 'protection' });
    return { kind: 'encrypted', envelope: envelope.output };
  }
  return { kind: 'plain', contents: checkContents(json, currentSchemaVersion, now) };
}

/** The dates "newest change wins" and tombstones order by. Plan times and the like may rightly lie ahead, so stay. */
const ORDERING_FIELDS = ['createdAt', 'updatedAt', 'deletedAt'] as const;

/** A record with every ordering date later than `reference` (plus the skew) set back to it; the same record when none is. */
function withoutFutureDates<R extends BackupRecord>(record: R, reference: number): R {
  let out = record;
  for (const field of ORDERING_FIELDS) {
    const at = (record as Record<string, unknown>)[field];
    if (typeof at === 'number' && isFromTheFuture(at, reference)) out = { ...out, [field]: reference };
  }
  return out;
}

function checkContents(json: Record<string, unknown>, currentSchemaVersion: number, now: number): BackupContents {
  const version = json.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw new BackupError('damaged', { part: 'version' });
  if (version > currentSchemaVersion) throw new BackupError('newer');
  const exportedAt = typeof json.exportedAt === 'string' && json.exportedAt.length <= 40 ? Date.parse(json.exportedAt) : NaN;
  if (!Number.isFinite(exportedAt)) throw new BackupError('damaged', { part: 'date' });
  const exportedInFuture = isFromTheFuture(exportedAt, now);
  const reference = exportedInFuture ? now : exportedAt;
  const futureDated = new Set<string>();
  const storesIn = json.stores;
  if (!isObject(storesIn)) throw new BackupError('damaged', { part: 'contents' });
  for (const name of Object.keys(storesIn)) {
    if (!Object.hasOwn(RECORD_SCHEMAS, name)) throw new BackupError('damaged', { part: 'unknown-store' });
  }
  // The casts below are about the loop, not the input: every item is parsed by its store's
  // schema, but TypeScript cannot tie a store's name in the loop to that store's record type,
  // nor see that the loop fills every store of `BACKUP_STORES` (which lists them all).
  const stores = {} as BackupContents['stores'];
  let skippedSettings = 0;
  for (const name of BACKUP_STORES) {
    if (!Object.hasOwn(storesIn, name) && STORE_SINCE[name] <= version) throw new BackupError('damaged', { part: 'list-missing', store: name });
    const items = Object.hasOwn(storesIn, name) ? storesIn[name] : [];
    if (!Array.isArray(items)) throw new BackupError('damaged', { part: 'list', store: name });
    if (items.length > MAX_RECORDS_PER_STORE) throw new BackupError('too-big');
    const schema = RECORD_SCHEMAS[name] as v.GenericSchema<unknown, BackupRecord>;
    const seen = new Set<string>();
    const out: BackupRecord[] = [];
    items.forEach((item, i) => {
      const parsed = v.safeParse(schema, item);
      if (!parsed.success || seen.has(parsed.output.id)) throw new BackupError('damaged', { part: 'item', store: name, item: i + 1 });
      seen.add(parsed.output.id);
      const record = withoutFutureDates(parsed.output, reference);
      const keep = name === 'settings' ? checkSetting(record as BackupRecord<'settings'>, EVERY_SETTING) : record;
      if (keep === 'skip') return void skippedSettings++;
      if (!keep) throw new BackupError('damaged', { part: 'item', store: name, item: i + 1 });
      if (record !== parsed.output) futureDated.add(futureDateKey(name, record.id));
      out.push(keep);
    });
    (stores as Record<BackupStoreName, BackupRecord[]>)[name] = out;
  }
  return { schemaVersion: version, exportedAt: reference, stores, skippedSettings, exportedInFuture, futureDated };
}

/** The plain file for some records (what `exportBackup` writes before any passphrase). */
export function backupFile(contents: Pick<BackupContents, 'schemaVersion' | 'exportedAt' | 'stores'>): string {
  return JSON.stringify({
    app: BACKUP_APP,
    format: BACKUP_FORMAT,
    schemaVersion: contents.schemaVersion,
    exportedAt: new Date(contents.exportedAt).toISOString(),
    stores: contents.stores,
  });
}

/** A protected file around an encrypted plain file. */
export function encryptedBackupFile(envelope: EncryptedEnvelope): string {
  return JSON.stringify({ app: BACKUP_APP, format: BACKUP_FORMAT, encrypted: envelope });
}

/** A file name for a backup saved on a given day: `alongside-backup-2026-05-12.json`. */
export function backupFileName(at: number): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `alongside-backup-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.json`;
}
