/**
 * Which part of a long message is sent to be read. Pure, tested in node.
 *
 * Most messages are sent whole. Past MAX_MESSAGE_CHARS (a long thread pasted in, an email
 * with its history) it is the part being written: around the caret when it is known, the
 * top otherwise (a reply's own words come before the quoted history).
 */
import { MAX_MESSAGE_CHARS } from '../messages.ts';

/** Room kept after the caret: the person may be writing in the middle of their text. */
export const AFTER_CARET = 10_000;

/** `[start, end)` of the part to send. */
export function messageWindow(length: number, caret: number | undefined): [start: number, end: number] {
  if (length <= MAX_MESSAGE_CHARS) return [0, length];
  if (caret === undefined) return [0, MAX_MESSAGE_CHARS];
  const end = Math.min(length, Math.max(MAX_MESSAGE_CHARS, caret + AFTER_CARET));
  return [end - MAX_MESSAGE_CHARS, end];
}
