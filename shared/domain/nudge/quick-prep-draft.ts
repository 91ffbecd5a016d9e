/**
 * A 60-second prep in progress, as plain data: the step the person is on, what they picked
 * and the words they wrote or changed. `<al-quick-prep>` takes one to pick up from and
 * reports one on each change; the extension's popup keeps it for a few minutes, so a popup
 * that closed mid-prep opens again where the person was.
 */

/** The three things the prep asks for. */
export type QuickPrepSlot = 'goal' | 'opening' | 'exit';

/** Steps before "You're ready": breathe, goal, opening line, exit line. */
export const QUICK_PREP_STEPS = 4;
/** Longest choice id kept (a plan's line is `plan:<id>:opening`, ids up to 200 characters). */
export const MAX_PREP_CHOICE_CHARS = 300;
/**
 * Longest text kept in one field. The person types at most 600 characters, but a line taken
 * from a plan or a boundary comes in whole, and those have no short limit.
 */
export const MAX_PREP_TEXT_CHARS = 10_000;

/** Where the person is in the prep, and what they chose and wrote. */
export interface QuickPrepDraft {
  /** 0 breathe, 1 goal, 2 opening, 3 exit, QUICK_PREP_STEPS "You're ready". */
  step: number;
  /** The option picked for each slot: a goal or line id, `own` for their own words, '' for none yet. */
  choice: Record<QuickPrepSlot, string>;
  /** What they wrote under "Something else" or "My own words". */
  ownText: Record<QuickPrepSlot, string>;
  /** The two lines on "You're ready", as they changed them. */
  final: { opening: string; exit: string };
}

/** A prep not yet begun: nothing chosen, nothing written, on the first step. Keeping one keeps nothing. */
export function isFreshPrep(draft: QuickPrepDraft): boolean {
  return draft.step === 0 && [...Object.values(draft.choice), ...Object.values(draft.ownText), draft.final.opening, draft.final.exit].every((s) => s === '');
}
