import type { BaseRecord } from '../records.ts';
import { SAFETY_PLAN_WORDS_EN, type SafetyPlanFieldId } from '../../content/crisis/safety-plan-words-en.ts';

/*
 * A private safety plan for a reader who is afraid of how the person they support may react.
 * What it asks for follows public safety-planning guidance from domestic-violence services
 * (checked 2026-12-05), in our own words:
 * - The National Domestic Violence Hotline (US), "What is safety planning?":
 *   http://www.thehotline.org/2013/page/7/ — a plan made in a calm time, because it is hard to
 *   think clearly in danger; safest places at home (an exit, no weapons); it is made with
 *   victims and with friends and family.
 * - Foyle Women's Aid (UK), "Safety planning": https://foylewomensaid.org/safety-planning/ —
 *   numbers to hand, neighbours who will call the police, a code word, children who know how
 *   to call the emergency number, a way out, an emergency bag hidden where it is easy to get,
 *   documents, pets, and reviewing the plan often.
 * - Rochdale Council, "Staying safer and leaving safely":
 *   https://www.rochdale.gov.uk/domestic-violence-abuse/staying-safer-leaving-safely — code words
 *   for friends and children, a rehearsed way out, a bag kept at a trusted neighbour's or
 *   friend's, what goes in it (ID, birth certificates, passports, money, keys, medicines).
 * - loveisrespect (the Hotline's project for young people), "Breaking up safely":
 *   https://www.loveisrespect.org/content/breaking-safely/ — the time a relationship is ending
 *   is the most dangerous; no one owes a face-to-face talk; if you meet, take someone with you.
 */

/** The reader's answer to "Are you ever afraid of how they might react?". */
export type AfraidAnswer = 'yes' | 'no' | 'skipped';

/** The answer, and when it was given (ms). Kept inside the sealed plan: the answer itself is sensitive. */
export interface SafetyAnswer {
  answer: AfraidAnswer;
  at: number;
}

/** The private safety plan: one per device, id `mine`. Sealed under the app lock like every word the reader writes. */
export interface SafetyPlan extends BaseRecord {
  /** Field id → the reader's words. */
  fields: Record<string, string>;
  /** The safety question's answer, once given. */
  afraid?: SafetyAnswer;
}

/** The plan's id: there is one. */
export const SAFETY_PLAN_ID = 'mine';

/** The answers a record may hold, for checks. */
export const AFRAID_ANSWERS: readonly AfraidAnswer[] = ['yes', 'no', 'skipped'];

/** The sections of the plan, in print order; stored as the keys of the reader's words, so never renamed. Their words are in shared/content/crisis/safety-plan-words-*.ts. */
export const SAFETY_PLAN_FIELD_IDS: readonly SafetyPlanFieldId[] = ['signs', 'home', 'places', 'people', 'codeWord', 'documents', 'bag', 'children', 'other'];

export type { SafetyPlanFieldId };

/** The sections, in print order. */
export const SAFETY_PLAN_FIELDS: readonly { id: SafetyPlanFieldId }[] = SAFETY_PLAN_FIELD_IDS.map((id) => ({ id }));

/**
 * The English safer advice, for the toolkit screens that still read it from here (the boundary
 * builder and the planner); in another language they should ask `saferAdvice()` in
 * shared/content/crisis/safety-plan-words-es.ts.
 */
export const SAFER_ADVICE = SAFETY_PLAN_WORDS_EN.saferAdvice;
