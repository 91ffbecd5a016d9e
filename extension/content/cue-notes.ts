/** The panel's notes on what was found, built from the detector's cues. Pure. */
import type { Cue, CueKind } from '../../shared/domain/cue-detector.ts';

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
