/**
 * "Not now" means: not for this message. The chip comes back only when the message
 * changes enough to be a different one. Pure, tested in node.
 */

/** What is remembered of a message when the person says "Not now": never the text itself. */
export interface Snooze {
  /** Its length then. */
  length: number;
  /** The cues found then, as `kind:words` in lower case. */
  cues: ReadonlySet<string>;
}

/** The key a cue is remembered by. */
export function cueKey(cue: { kind: string; match: string }): string {
  return `${cue.kind}:${cue.match.toLowerCase().replace(/\s+/g, ' ').trim()}`;
}

/** What to remember when the person says "Not now". */
export function snoozeFor(length: number, cues: readonly { kind: string; match: string }[]): Snooze {
  return { length, cues: new Set(cues.map(cueKey)) };
}

/** Fewest characters added or removed that make it a different message. */
const MIN_CHANGE = 40;

/**
 * True when the message changed enough since "Not now" to offer a thought again: a cue
 * that was not there before, a big change in length, or a fresh start (the field was
 * emptied, as after sending).
 */
export function changedSubstantially(snooze: Snooze, length: number, cues: readonly { kind: string; match: string }[]): boolean {
  if (length < 3 && snooze.length >= 3) return true;
  if (cues.some((c) => !snooze.cues.has(cueKey(c)))) return true;
  return Math.abs(length - snooze.length) >= Math.max(MIN_CHANGE, snooze.length / 2);
}
