/**
 * The reading the chip gets: the English reader (cue-reading.ts) on a message it can read,
 * and on a message in Spanish or another language, help alone (issue #17). The rules and
 * the model learned from English: on Spanish they would guess at tone, so no thought about
 * wording is offered there. Help is never taken away: whatever the English reading finds
 * stays, and a message with Spanish words in it is also read with the Spanish help rules
 * (help-lexicon-es.ts), so despair written in Spanish still brings crisis lines.
 */
import { helpOnlyLexiconEs } from '../../content/cues/help-lexicon-es.ts';
import { analysedRange, detectCues, precompileLexicon, type HelpNeed } from './cue-detector.ts';
import { modelWindow } from './cue-model-inputs.ts';
import { readCues, warmUpReader, type CueReading, type ReadOptions } from './cue-reading.ts';
import { messageLanguage, readsForStyle, type MessageLanguage } from './message-language.ts';

export type { MessageLanguage } from './message-language.ts';

/** A reading, with the language the message seemed to be in and whether its wording was read. */
export interface ChipReading extends CueReading {
  /** The language of the part that is read (see message-language.ts); null when nudges are off and nothing was read. */
  language: MessageLanguage | null;
  /** False when the message is in a language the thoughts about wording can't read yet: then only help is looked for. */
  styleRead: boolean;
}

/** Crisis outranks safety. */
function stronger(a: HelpNeed | null, b: HelpNeed | null): HelpNeed | null {
  return a === 'crisis' || b === 'crisis' ? 'crisis' : (a ?? b);
}

/** Reads a message for the chip, in the background. Same options as `readCues`. */
export function readForChip(text: string, options: ReadOptions = {}): ChipReading {
  const english = readCues(text, options);
  if ((options.sensitivity ?? 'standard') === 'off') return { ...english, language: null, styleRead: false };
  const caret = options.caret ?? undefined;
  const [from, to] = analysedRange(text, caret);
  // The part the model reads: the same bound on the work, around where the person is writing.
  const { language, spanishWords } = messageLanguage(modelWindow(text, from, to, caret));
  let help = english.help;
  if (help !== 'crisis' && spanishWords > 0) help = stronger(help, detectCues(text, { lexicon: helpOnlyLexiconEs, caret }).help);
  if (readsForStyle(language)) return { ...english, help, nudge: english.nudge || help !== null, language, styleRead: true };
  // No words to name and nothing general to say: help, or silence.
  return { ...english, nudge: help !== null, help, cues: [], kinds: [], general: null, language, styleRead: false };
}

/**
 * Gets the English reader ready (warmUpReader), then the Spanish help rules, so a first
 * message in Spanish doesn't pay for compiling them either.
 */
export function warmUpChipReader(): void {
  warmUpReader();
  precompileLexicon(helpOnlyLexiconEs);
}
