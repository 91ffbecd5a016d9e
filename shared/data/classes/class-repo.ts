import { CLASS_PACK_MAX_BYTES, isPlainObject, parseClassPack, type ClassDraft, type ClassPack, type PackResult } from '../../domain/classes/class-pack.ts';
import { newDraft, reviveDraft } from '../../domain/classes/class-draft.ts';
import { resourceProblem } from '../../domain/classes/class-resource-checks.ts';
import { classOpensAt, describeClassChanges, type ClassChange } from '../../domain/classes/class-meetings.ts';
import { TOO_LARGE, decodeClassPack, readClassPackJson } from '../../domain/classes/class-pack-codec.ts';
import { PackProblemError, type PackProblem } from '../../domain/classes/pack-problems.ts';
import { DEFAULT_PACING, type Pacing } from '../../domain/course/course-progress.ts';
import { DEFAULT_SESSION_CLASS, sessionClassOf, type SessionClass } from '../../domain/classes/session-agenda.ts';
import { trackWrite } from '../trust/lock-state.ts';
import { guarded } from '../record-store.ts';
import { readStoredSetting, settingsRepo, writeSettings } from '../settings-repo.ts';

/**
 * The class the reader joined and the facilitator's draft, both kept as settings (so no
 * schema change): `classPack` and `classDraft`. Joining and leaving change the class and
 * the pacing together, in one transaction (both sealed while the lock is on); the reader's own
 * notes are never touched.
 */
export const classRepo = {
  /** The joined class, checked again as it is read (stored data is treated like any input); undefined when none. */
  async get(): Promise<ClassPack | undefined> {
    const raw = await readStoredSetting('classPack');
    if (!raw) return undefined;
    const result = parseClassPack(raw);
    if (result.ok) return result.pack;
    // A class joined before the stricter phone and website checks keeps everything but the
    // resources that now fail them: a number that dials something else is never shown.
    const kept = withoutUnsafeResources(raw);
    const again = kept ? parseClassPack(kept) : undefined;
    return again?.ok ? again.pack : undefined;
  },

  /** Joins a class, or updates it: stores the pack and opens each week on its meeting date. */
  join(pack: ClassPack): Promise<void> {
    const checked = parseClassPack(pack);
    if (!checked.ok) return Promise.reject(new PackProblemError(checked.problem));
    return trackWrite(
      guarded(() =>
        writeSettings(
          (existing) => {
            const before = existing('pacing') ?? DEFAULT_PACING;
            const pacing: Pacing = { mode: 'class', allOpen: before.allOpen, opensAt: classOpensAt(checked.pack) };
            return { put: [{ id: 'classPack', value: checked.pack }, { id: 'pacing', value: pacing }] };
          },
          ['classPack', 'pacing'],
        ),
      ),
    );
  },

  /** Leaves the class: forgets it and goes back to self-paced weeks. Journal, progress and everything else stay. */
  leave(): Promise<void> {
    return trackWrite(
      guarded(() =>
        writeSettings(
          (existing) => {
            const before = existing('pacing') ?? DEFAULT_PACING;
            const pacing: Pacing = { mode: 'self', allOpen: before.allOpen };
            return { put: [{ id: 'pacing', value: pacing }], remove: ['classPack'] };
          },
          ['classPack', 'pacing'],
        ),
      ),
    );
  },

  /** The facilitator's draft, read leniently; `fresh` when there is none. */
  async draft(fresh: ClassDraft): Promise<ClassDraft> {
    return reviveDraft(await readStoredSetting('classDraft'), fresh);
  },

  /**
   * The class a facilitator runs, for session mode (agreements and meeting length): their
   * saved draft, else the class they joined; the defaults when there is neither.
   */
  async sessionClass(): Promise<SessionClass & { fromClass: boolean }> {
    const raw = await readStoredSetting('classDraft');
    const source = raw ? reviveDraft(raw, newDraft('session-class', 'UTC', '2000-01-01')) : await classRepo.get();
    return source ? { ...sessionClassOf(source), fromClass: true } : { ...DEFAULT_SESSION_CLASS, fromClass: false };
  },

  /** Keeps the facilitator's draft as typed. */
  saveDraft(draft: ClassDraft): Promise<void> {
    return settingsRepo.set('classDraft', draft);
  },
};

/** A stored pack with the resources whose phone or website fails the checks left out; undefined when none do. */
function withoutUnsafeResources(raw: unknown): unknown {
  if (!isPlainObject(raw) || !Array.isArray(raw.resources)) return undefined;
  const safe = raw.resources.filter((r: unknown) => {
    if (!isPlainObject(r)) return true; // Left for the pack check to refuse as it always did.
    const text = (k: string) => (typeof r[k] === 'string' ? (r[k] as string) : '');
    return resourceProblem({ name: text('name'), phone: text('phone'), site: text('site') }) === undefined;
  });
  return safe.length === raw.resources.length ? undefined : { ...raw, resources: safe };
}

/** Where a class comes from: a link's code (after `#pack=`), a file the person picked, or a file's text. */
export type ClassSource = { code: string } | { file: Blob } | { json: string };

/**
 * A class read from a link or file, ready to preview: the pack, the class already joined
 * (if any), what the pack would change in it, and `join()` to store it when the person says
 * so. Or the one problem that says why it can't be used.
 */
export type ClassOpening =
  | { ok: true; pack: ClassPack; current: ClassPack | undefined; changes: ClassChange[]; join: () => Promise<void> }
  | { ok: false; problem: PackProblem };

/**
 * The one way a class gets in, used by the join screen: read and check the pack (writing
 * nothing), show the preview, then `join()`. A pack that is not valid never gets a `join`,
 * so the database stays exactly as it was.
 */
export async function openClassPack(source: ClassSource): Promise<ClassOpening> {
  const result = await readSource(source);
  if (!result.ok) return result;
  const { pack } = result;
  const current = await classRepo.get().catch(() => undefined);
  const changes = current && current.id === pack.id ? describeClassChanges(current, pack) : [];
  return { ok: true, pack, current, changes, join: () => classRepo.join(pack) };
}

async function readSource(source: ClassSource): Promise<PackResult> {
  if ('code' in source) return decodeClassPack(source.code);
  if ('json' in source) return readClassPackJson(source.json);
  // Checked before reading, so a huge file is never loaded into memory.
  if (source.file.size > CLASS_PACK_MAX_BYTES) return { ok: false, problem: TOO_LARGE };
  try {
    return readClassPackJson(await source.file.text());
  } catch {
    return { ok: false, problem: { kind: 'unreadable-file' } };
  }
}
