/**
 * The shape of one language's words around a boundary: the builder's headings, each field's
 * label and hint, and how the parts read as one sentence. The words live in
 * `shared/content/toolkit/boundary-words-*.ts`; this file holds only their shape, so content
 * can name it without reaching back into boundary.ts.
 */

/** The parts of a boundary a person writes, in the builder's order. */
export type BoundaryPart = 'situation' | 'feeling' | 'action' | 'reason' | 'words' | 'holdPlan';

/** The three parts of the core statement, which the quick form asks for. */
export type BoundaryCorePart = 'situation' | 'action' | 'reason';

/** The words around one part, in one language: the builder's heading, the field's label and its hint. */
export interface BoundaryPartWords {
  /** The step's heading, spoken to the reader. */
  title: string;
  /** The field's label, in the reader's own voice. */
  label: string;
  hint: string;
}

/**
 * How one language reads a boundary as a sentence: `withReason` and `withoutReason` hold
 * `{when}`, `{will}` and `{why}`; the `lead` patterns drop what the labels already say
 * ("When", "I will", "Because"); `openers` are the first words lowered mid-sentence, so
 * "I", names and places keep their capitals.
 */
export interface BoundarySentenceWords {
  withReason: string;
  withoutReason: string;
  leadWhen: RegExp;
  leadWill: RegExp;
  leadWhy: RegExp;
  openers: RegExp;
}

/** One language's words for boundaries (shared/content/toolkit/boundary-words-*.ts). */
export interface BoundaryWords {
  /** Each part as the guided builder asks for it. */
  steps: Readonly<Record<BoundaryPart, BoundaryPartWords>>;
  /** The quick form's label and hint for the core three. */
  core: Readonly<Record<BoundaryCorePart, Omit<BoundaryPartWords, 'title'>>>;
  sentence: BoundarySentenceWords;
}
