/**
 * Has the extension's background read a message, and says what the chip should offer for
 * it. The in-page script sends only the part of the text being written (message-window.ts)
 * and keeps, of the answer, the words found cut from its own copy of the text, never more.
 * Its own file so the controller deals in readings, not in messages and offsets.
 */
import type { Cue } from '../../shared/domain/nudge/cue-detector.ts';
import type { FindingKind, GeneralFinding } from '../../shared/domain/nudge/cue-finding.ts';
import { send, type ChipHelp } from '../messages.ts';
import { messageWindow } from './message-window.ts';

/** A cue as this script keeps it: the words found are cut from the field's own text. */
export type ReadCue = Pick<Cue, 'kind' | 'match' | 'explanation' | 'safety'>;

/** What reading a message found. */
export interface Reading {
  nudge: boolean;
  /** Help the message calls for, with the lines to show; then no thought about wording. */
  help: ChipHelp | null;
  cues: ReadCue[];
  /** What the offered prompts should fit: the rules' kinds, the topic areas they named, the model's finding. */
  kinds: FindingKind[];
  /** The model's finding where no rule names words: the panel says it in general terms. */
  general: GeneralFinding;
}

/**
 * Reads `text` (caret where the person is typing, when known) in the background. 'stop'
 * when Alongside is off or quiet here now, so it did not read; throws when the extension
 * is gone (updated or removed under this page).
 */
export async function readMessage(text: string, caret: number | undefined): Promise<Reading | 'stop'> {
  const [start, end] = messageWindow(text.length, caret);
  const part = text.slice(start, end);
  const found = await send('read-message', { text: part, caret: caret === undefined ? null : Math.min(Math.max(caret - start, 0), part.length) });
  if (found.stop) return 'stop';
  const cues = found.cues.map(({ kind, start: from, end: to, explanation, safety }): ReadCue => ({ kind, match: part.slice(from, to), explanation, ...(safety ? { safety } : {}) }));
  return { nudge: found.nudge, help: found.help, cues, kinds: found.kinds, general: found.general };
}
