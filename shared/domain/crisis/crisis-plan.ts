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
 * one; new sections may be added. Every section is worded to fit every family (the form is the
 * same whatever the person is facing), so naloxone is asked about only "if you keep some".
 * Keeping the home safer (guns and medicines out of reach) follows NIMH's "keep them safe" step,
 * https://www.nimh.nih.gov/health/publications/5-action-steps-for-helping-someone-in-emotional-pain,
 * and SAVE, https://www.save.org/programs/education-and-training/lethal-means-safety/ (checked 2026-12-05).
 */
export const CRISIS_PLAN_FIELDS: readonly { id: string; label: string; hint: string }[] = [
  { id: 'well', label: 'When things are going well, they are…', hint: 'A few words about them at their best. It helps others see the change.' },
  { id: 'signs', label: 'Early warning signs we have noticed', hint: 'For example: sleeping very little, staying in their room, talking faster, drinking alone.' },
  { id: 'who', label: 'Who to call, in order', hint: 'Names and numbers: a trusted family member, their doctor or care team, a crisis line.' },
  {
    id: 'numbers',
    label: 'Emergency and crisis numbers where we live',
    hint: 'Our local emergency number, a crisis line, and a domestic violence line. Need help now? lists them for your country.',
  },
  { id: 'helps', label: 'What helps them when things get hard', hint: 'For example: a quiet room, one calm person, a walk, their music.' },
  { id: 'worse', label: 'What makes things worse', hint: 'For example: many people talking at once, arguing about the diagnosis, raised voices.' },
  {
    id: 'safer-home',
    label: 'Keeping the home safer',
    hint: 'Where medicines are locked away. Where any guns are kept, out of the home or locked. Where the naloxone is, if you keep some.',
  },
  { id: 'practical', label: 'Practical details', hint: 'Their care team or clinic, treatment they have shared with you, who looks after children or pets, keys, bills.' },
  {
    id: 'advance-statement',
    label: 'Advance statement: where it is kept',
    hint: 'If they have written one (some places say advance directive): where the signed copy is, and who else has a copy.',
  },
  { id: 'me', label: 'What I will do to stay safe and steady myself', hint: 'Who I will call for me, where I can go, what I need after. If I am ever afraid at home: my private safety plan.' },
];
