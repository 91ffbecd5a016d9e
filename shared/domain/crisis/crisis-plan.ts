import type { BaseRecord } from '../records.ts';

/**
 * A family crisis plan, made in a calm time, ideally with the person (inspired by WRAP's
 * crisis plan). One per device, id `family`.
 */
export interface CrisisPlan extends BaseRecord {
  /** Field id → the reader's words. */
  fields: Record<string, string>;
  /** The person's own wishes, in their words, if they chose to write them. */
  theirWishes: string;
  /** True when the person chose not to write their part: that choice is respected. */
  theyDeclined: boolean;
}

/** The plan's id: there is one. */
export const CRISIS_PLAN_ID = 'family';

/**
 * The sections of the plan, in print order. Ids are stored with the person's words: never change
 * one; new sections may be added. Their words are in shared/content/crisis/crisis-plan-words-*.ts.
 * Keeping the home safer (guns and medicines out of reach) follows NIMH's "keep them safe" step,
 * https://www.nimh.nih.gov/health/publications/5-action-steps-for-helping-someone-in-emotional-pain,
 * and SAVE, https://www.save.org/programs/education-and-training/lethal-means-safety/ (checked 2026-12-05).
 */
export const CRISIS_PLAN_FIELD_IDS = ['well', 'signs', 'who', 'numbers', 'helps', 'worse', 'safer-home', 'practical', 'advance-statement', 'me'] as const;

/** A section of the crisis plan. */
export type CrisisPlanFieldId = (typeof CRISIS_PLAN_FIELD_IDS)[number];

/** The sections, in print order. */
export const CRISIS_PLAN_FIELDS: readonly { id: CrisisPlanFieldId }[] = CRISIS_PLAN_FIELD_IDS.map((id) => ({ id }));
