/**
 * Reads a message being written, for the in-page chip. The detector and its lexicon live
 * here, once for the whole browser, instead of in every page the person writes in: that
 * keeps the in-page script small (the 15 KB budget) and compiles the patterns once, not
 * once per tab.
 *
 * The text is read in memory and dropped: never stored, never logged, and what goes back
 * holds no words of it, only positions and the lexicon's own notes.
 */
import { detectCues, precompileLexicon, type HelpNeed, type Sensitivity } from '../../shared/domain/cue-detector.ts';
import type { FindingKind, GeneralFinding } from '../../shared/domain/cue-finding.ts';
import type { FoundCue } from '../messages.ts';

/** The cues in a message, as positions and notes, and the help it calls for, if any. */
export function readMessage(
  text: string,
  caret: number | null,
  sensitivity: Sensitivity,
): { nudge: boolean; help: HelpNeed | null; cues: FoundCue[]; kinds: FindingKind[]; general: GeneralFinding } {
  const result = detectCues(text, { sensitivity, caret: caret ?? undefined });
  return {
    nudge: result.nudge,
    help: result.help,
    // Until the model lands (issue #13): the rules' kinds, and nothing general.
    kinds: [...new Set(result.cues.map((c) => c.kind))],
    general: null,
    cues: result.cues.map(({ kind, start, end, explanation, safety }) => (safety ? { kind, start, end, explanation, safety } : { kind, start, end, explanation })),
  };
}

let warming: ReturnType<typeof setTimeout> | undefined;

/**
 * Compiles the lexicon soon (50–100 ms), so the person's first pause in typing doesn't pay
 * for it. Called when an in-page script starts on a site that is on; Chrome may have
 * stopped and restarted this worker since, which forgets the compiled patterns.
 */
export function warmUpDetector(): void {
  warming ??= setTimeout(() => {
    try {
      precompileLexicon();
    } catch (error) {
      console.warn('Alongside could not prepare the message reader:', error);
    }
  }, 0);
}
