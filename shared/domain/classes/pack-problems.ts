/**
 * Why a class pack can't be used, as keys and values rather than sentences: the checks say
 * what is wrong (`{ kind: 'too-long', field: 'name', max: 80 }`), and the UI says it in the
 * reader's language from a `PackProblemWords` table (English: shared/content/classes/).
 */

/** A text field of a pack, for a problem that names it. */
export type PackTextField =
  | 'name'
  | 'facilitator-name'
  | 'facilitator-contact'
  | 'venue'
  | 'agreement'
  | 'resource-name'
  | 'resource-offer'
  | 'resource-phone'
  | 'resource-site'
  | 'resource-address'
  | 'note';

/** A part a pack can't do without; `part` names the first one missing, or any other one. */
export type PackMissingPart = 'id' | 'updatedAt' | 'name' | 'facilitator' | 'timeZone' | 'meetings' | 'week' | 'date' | 'time' | 'text' | 'part';

/** Problems said in one fixed sentence. */
export type PackPlainProblem =
  | 'not-a-pack'
  | 'wrong-app'
  | 'no-version'
  | 'newer-version'
  | 'wrong-version'
  | 'damaged-link'
  | 'not-json'
  | 'unreadable-file'
  | 'id-not-text'
  | 'id-not-valid'
  | 'date-of-pack-not-number'
  | 'date-of-pack-not-valid'
  | 'facilitator-needed'
  | 'time-zone-not-text'
  | 'time-zone-unknown'
  | 'language-unknown'
  | 'length-not-number'
  | 'length-not-whole'
  | 'meetings-not-list'
  | 'no-meetings'
  | 'meeting-incomplete'
  | 'meeting-date-not-text'
  | 'meeting-date-not-real'
  | 'meeting-date-out-of-range'
  | 'meeting-time-not-text'
  | 'meeting-time-not-real'
  | 'agreements-not-list'
  | 'resources-not-list'
  | 'resource-incomplete'
  | 'notes-not-list'
  | 'one-note-per-week'
  | 'note-incomplete';

/** A local resource's phone or website that would pass for something it isn't. */
export type ResourceProblem =
  /** Letters in a phone number; `lookAlike` when one sits by a digit (1-8OO). */
  | { kind: 'phone-letters'; name: string; phone: string; lookAlike: boolean }
  | { kind: 'phone-not-digits'; name: string; phone: string }
  | { kind: 'phone-too-short'; name: string; phone: string }
  /** A name or password before an @ in a web address. */
  | { kind: 'site-credentials'; name: string; site: string }
  | { kind: 'site-not-web'; name: string; site: string };

/** Why a pack can't be used. */
export type PackProblem =
  | { kind: PackPlainProblem }
  | { kind: 'missing'; part: PackMissingPart }
  | { kind: 'not-text'; field: PackTextField }
  | { kind: 'empty'; field: PackTextField }
  /** Markup or a script address in the text. */
  | { kind: 'code'; field: PackTextField }
  | { kind: 'too-long'; field: PackTextField; max: number }
  | { kind: 'week-not-number'; of: 'meeting' | 'note' }
  | { kind: 'week-not-whole'; of: 'meeting' | 'note' }
  | { kind: 'week-out-of-range'; of: 'meeting' | 'note'; max: number }
  | { kind: 'too-large'; maxBytes: number }
  | { kind: 'length-too-short'; min: number }
  | { kind: 'length-too-long'; max: number }
  | { kind: 'too-many'; of: 'meetings' | 'agreements' | 'resources'; max: number }
  /** Meeting `meeting` (from 1) is not after the one before it. */
  | { kind: 'meeting-not-after'; meeting: number }
  /** Meeting `meeting` covers `week`, which comes before the week of the meeting before it. */
  | { kind: 'week-before'; meeting: number; week: number }
  | ResourceProblem;

/** One language's words for each problem. */
export type PackProblemWords = { readonly [K in PackProblem['kind']]: (problem: Extract<PackProblem, { kind: K }>) => string };

/** A problem in words. */
export function packProblemWording(problem: PackProblem, words: PackProblemWords): string {
  return (words[problem.kind] as (p: PackProblem) => string)(problem);
}

/** Thrown where a pack that can't be used was to be written out; `problem` says why. */
export class PackProblemError extends Error {
  constructor(readonly problem: PackProblem) {
    super(`class pack: ${problem.kind}`);
    this.name = 'PackProblemError';
  }
}

/** A problem as a valibot message: the schema's checks can only carry strings. */
export function say(problem: PackProblem): string {
  return JSON.stringify(problem);
}

/** The part a missing key stands for. */
const MISSING_PARTS: ReadonlySet<string> = new Set<PackMissingPart>(['id', 'updatedAt', 'name', 'facilitator', 'timeZone', 'meetings', 'week', 'date', 'time', 'text']);

/** The problem a valibot issue carries (`say`); a missing key is named by the key, as valibot's own words are not for people. */
export function problemOfIssue(issue: { kind: string; input: unknown; message: string; path?: readonly unknown[] | undefined }): PackProblem {
  const last = issue.path?.[issue.path.length - 1] as { key?: unknown } | undefined;
  if (issue.kind === 'schema' && issue.input === undefined && typeof last?.key === 'string') {
    return { kind: 'missing', part: MISSING_PARTS.has(last.key) ? (last.key as PackMissingPart) : 'part' };
  }
  try {
    const problem = JSON.parse(issue.message) as unknown;
    if (typeof problem === 'object' && problem !== null && typeof (problem as { kind?: unknown }).kind === 'string') return problem as PackProblem;
  } catch {
    // A message of valibot's own: a check without one of ours, which the schema should not have.
  }
  return { kind: 'missing', part: 'part' };
}
