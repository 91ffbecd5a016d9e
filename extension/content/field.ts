/**
 * Which focused fields are message fields. `isEligibleField` is pure (tested in node);
 * `isMessageField` reads the facts from the DOM. The rules live in field-kit.ts, which the
 * popup also runs in a tab to insert words, so the chip and the popup follow the same ones.
 */
import { fieldKit } from './field-kit.ts';

export type { FieldFacts } from './field-kit.ts';

/** Built once: the kit only declares its functions. */
const kit = fieldKit();

/** True for a field where someone writes a message: a textarea, a text input, or rich text. Never a password, payment, code or search field. */
export const isEligibleField = kit.isEligibleField;
/** The facts of an element, read from the DOM. */
export const factsOf = kit.factsOf;
/** True when the element is a message field. */
export const isMessageField = kit.isMessageField;
