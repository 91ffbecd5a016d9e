/**
 * Puts words into the person's message where their cursor was, only when they click
 * "Insert", in a way web apps notice: the browser's own editing command first (it fires
 * `beforeinput` and `input` and keeps undo working), else a direct edit followed by an
 * `input` event with inputType "insertText". The code lives in field-kit.ts, which the
 * popup also runs in a tab ("Insert into my message"), so both insert the same way.
 */
import { fieldKit } from './field-kit.ts';

export type { Caret } from './field-kit.ts';

/** Built once: the kit only declares its functions. */
const kit = fieldKit();

/** The cursor (or selection) in a field now, if it is inside it. */
export const saveCaret = kit.saveCaret;
/** The words with a space added where they would touch the text around them. */
export const spaced = kit.spaced;
/** Inserts `words` at the saved cursor (or at the end), focusing the field first. Returns false when the field is gone. */
export const insertWords = kit.insertWords;
