/**
 * Reads a message being written, for the in-page chip. The rules, the nudge model and its
 * weights live here, once for the whole browser, instead of in every page the person
 * writes in: that keeps the in-page script small (the 15 KB budget), compiles the
 * patterns and decodes the weights once, not once per tab, and the model never runs in
 * the page.
 *
 * The text is read in memory and dropped: never stored, never logged, and what goes back
 * holds no words of it, only positions, the lexicon's own notes and the kinds found.
 *
 * A message in Spanish or another language gets no thought about wording, only help
 * (cue-reading-language.ts): the reply says so (`styleRead: false`, and the language), and
 * the in-page script needs nothing new for it, since it shows no chip without a nudge.
 */
import type { HelpNeed, Sensitivity } from '../../shared/domain/nudge/cue-detector.ts';
import type { FindingKind, GeneralFinding } from '../../shared/domain/nudge/cue-finding.ts';
import { readForChip, warmUpChipReader, type MessageLanguage } from '../../shared/domain/nudge/cue-reading-language.ts';
import type { FoundCue } from '../messages.ts';

/** The cues in a message, as positions and notes, the kinds found, and the help it calls for, if any. */
export function readMessage(
  text: string,
  caret: number | null,
  sensitivity: Sensitivity,
): { nudge: boolean; help: HelpNeed | null; cues: FoundCue[]; kinds: FindingKind[]; general: GeneralFinding; language: MessageLanguage | null; styleRead: boolean } {
  const result = readForChip(text, { sensitivity, caret });
  // A first read compiles only the rules this message could match; the rest follow once it has answered.
  warmUpDetector();
  return {
    nudge: result.nudge,
    help: result.help,
    kinds: result.kinds,
    general: result.general,
    language: result.language,
    styleRead: result.styleRead,
    cues: result.cues.map(({ kind, start, end, explanation, safety }) => (safety ? { kind, start, end, explanation, safety } : { kind, start, end, explanation })),
  };
}

let warming: ReturnType<typeof setTimeout> | undefined;

/**
 * Compiles the lexicon (and the Spanish help rules) and decodes the model soon (together well under 100 ms), so the
 * person's first pause in typing doesn't pay for them. Called when an in-page script
 * starts on a site that is on, and after a read (Chrome may have stopped and restarted
 * this worker since, which forgets both); once per worker.
 */
export function warmUpDetector(): void {
  warming ??= setTimeout(() => {
    try {
      warmUpChipReader();
    } catch (error) {
      console.warn('Alongside could not prepare the message reader:', error);
    }
  }, 0);
}
