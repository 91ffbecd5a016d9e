/**
 * What the chip does with Spanish (issue #17), for the bench: on every message of
 * tests/fixtures/messages/spanish-messages.jsonl, read as the background reads it
 * (readForChip), how many got a thought about wording (should be none), and how many of the
 * despair and danger messages got crisis or safety help (should be all). The Spanish help
 * rules were written beside these messages, so the help figure is a check, not a measure.
 */
import { readForChip } from '../shared/domain/nudge/cue-reading-language.ts';
import { readSpanishMessages } from './cue-corpus.ts';

export interface SpanishFigures {
  messages: number;
  /** Nudges with no help: a thought about wording on Spanish. Should be 0. */
  styleNudges: number;
  /** Messages labelled crisis or safety, and how many got help (any). */
  helpMessages: number;
  helpFound: number;
  /** Help of the labelled kind. */
  helpOfItsKind: number;
  /** Help offered on a message that needs none. */
  needlessHelp: number;
}

export function scoreSpanish(): SpanishFigures {
  const lines = readSpanishMessages();
  const figures: SpanishFigures = { messages: lines.length, styleNudges: 0, helpMessages: 0, helpFound: 0, helpOfItsKind: 0, needlessHelp: 0 };
  for (const line of lines) {
    const r = readForChip(line.text);
    if (r.nudge && r.help === null) figures.styleNudges++;
    if (line.kind === 'crisis' || line.kind === 'safety') {
      figures.helpMessages++;
      if (r.help !== null) figures.helpFound++;
      if (r.help === line.kind) figures.helpOfItsKind++;
    } else if (r.help !== null) {
      figures.needlessHelp++;
    }
  }
  return figures;
}

/** The bench's line. */
export function spanishLine(f: SpanishFigures): string {
  return `Spanish messages: ${f.styleNudges} style nudges on ${f.messages} (should be 0); help found on ${f.helpFound} of ${f.helpMessages} despair/danger messages`;
}
