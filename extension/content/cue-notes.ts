/**
 * The panel's notes on what was found: built from the detector's cues when a rule names
 * words, or, when only the model found something, a true and general note. Pure.
 */
import type { Cue, CueKind } from '../../shared/domain/nudge/cue-detector.ts';
import type { GeneralFinding } from '../../shared/domain/nudge/cue-finding.ts';

/** One note in the panel: what was found, and why it may land hard. */
export interface CueNote {
  kind: CueKind;
  /** The words found, as typed (shown as text). */
  matches: string[];
  explanation: string;
}

/** Notes for the panel: one per explanation (at most four), with up to three of the words that raised it. */
export function notesFor(cues: readonly Pick<Cue, 'kind' | 'match' | 'explanation'>[]): CueNote[] {
  const byNote = new Map<string, CueNote>();
  for (const cue of cues) {
    const note = byNote.get(cue.explanation) ?? { kind: cue.kind, matches: [], explanation: cue.explanation };
    const words = cue.match.replace(/\s+/g, ' ').trim().slice(0, 60);
    // "!!!" needs no quoting: the note says it. Words do.
    const hasLetters = /\p{L}/u.test(words);
    if (hasLetters && note.matches.length < 3 && !note.matches.some((m) => m.toLowerCase() === words.toLowerCase())) note.matches.push(words);
    byNote.set(cue.explanation, note);
  }
  return [...byNote.values()].slice(0, 4);
}

/** What the panel says when no rule names words: first what may happen, then why a pause helps. */
export interface GeneralNote {
  says: string;
  why: string;
  /** When no prompts can be offered: one thing that tends to help. */
  tip: string;
}

/**
 * For a finding of the model's that no rule puts words to. It never quotes the message:
 * the model points at no words, so the panel speaks of the whole message, gently, and
 * only of what may be true ("may").
 */
export const GENERAL_NOTES: Readonly<Record<Exclude<GeneralFinding, null>, GeneralNote>> = {
  tone: {
    says: 'This may land harder than you mean.',
    why: 'That happens to all of us when feelings run high. A short pause, and reading it once as they will, can help them hear what you really mean.',
    tip: 'A calm “I” sentence often helps: say what you feel and what you need, not what they did.',
  },
  topic: {
    says: 'This may open a hard conversation.',
    why: 'It matters, and it can be hard for both of you. A few gentle words at the start can help it go well.',
    tip: 'Gentle, open words often help: say what you noticed and that you care, then ask how they see it.',
  },
};
