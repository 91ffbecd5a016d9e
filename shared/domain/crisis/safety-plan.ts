import type { BaseRecord } from '../records.ts';

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

/** The question, asked once where Alongside coaches a hard talk or a boundary. */
export const SAFETY_QUESTION = 'Are you ever afraid of how they might react?';

/** The sections of the plan, in print order. */
export const SAFETY_PLAN_FIELDS: readonly { id: string; label: string; hint: string }[] = [
  {
    id: 'signs',
    label: 'Signs that things are getting unsafe',
    hint: 'What you notice before it gets worse. For example: a certain look, drinking more, breaking things. Trust your feeling.',
  },
  {
    id: 'home',
    label: 'The safest places at home, and my way out',
    hint: 'A room with a way out and nothing that could be used to hurt you. Which door you would use. Where your keys and phone are.',
  },
  {
    id: 'places',
    label: 'Safe places I can go',
    hint: 'A friend, a relative, a neighbour, a shelter. Think about day and night, and how you would get there.',
  },
  {
    id: 'people',
    label: 'People I can call',
    hint: 'Names and numbers of people who will help, and who will come. Learn one number by heart in case you do not have your phone.',
  },
  {
    id: 'codeWord',
    label: 'Our code word',
    hint: 'A word or phrase that tells someone you trust “I need help now, call for help”. Agree on it with them, and with children if it is right for them.',
  },
  {
    id: 'documents',
    label: 'Important documents, and where they are',
    hint: 'For example: ID or passport, birth certificates, bank cards, medical cards, court papers. Copies kept with someone you trust help too.',
  },
  {
    id: 'bag',
    label: 'My bag: where it is and what is in it',
    hint: 'For example: money, spare keys, medicines, a phone charger, a change of clothes. It can be kept at a trusted person’s home.',
  },
  {
    id: 'children',
    label: 'Children and pets',
    hint: 'What children know to do: a safe room, how to call the emergency number, a code word. Who could look after pets.',
  },
  {
    id: 'other',
    label: 'Anything else that helps me stay safe',
    hint: 'For example: a support worker’s number, safer ways to use my phone, what I will do after. Look at this plan again now and then.',
  },
];

/** What changes in the advice after a yes: said where the boundary builder, the planner and the 60-second prep coach a hard talk. */
export const SAFER_ADVICE = {
  /** The first thing said. */
  first: 'You deserve to be safe. Your safety, and the safety of any children, matters more than any boundary or talk.',
  /** How to say a boundary when someone may turn violent. */
  how: [
    'Don’t say it alone with them, or face to face, if you fear how they will react.',
    'You can say it with someone you trust nearby, by message or by phone, or not yet.',
    'It is okay not to say it at all while you are not safe. Keeping yourself safe is not giving up.',
    'If things start to turn, leave. Your exit line can wait.',
  ],
  /** The planner's "time and place" hint, instead of "somewhere private". */
  timeAndPlace: 'Somewhere you are not alone with them, with a way out, or by message or phone. You can also choose not to have this talk yet.',
  /** The boundary builder's "words" hint. */
  words: 'Short and calm. You could send it by message, or say it with someone you trust nearby.',
  /** The planner's exit-line hint. */
  exitLine: 'If you start to feel unsafe, leave. You do not need to say anything first. If you have time, a short line helps: I’m going out for a while.',
  /** The boundary builder's "if it is tested" hint. */
  holdPlan: 'If you feel unsafe, leave and go somewhere safe. Call for help if you need it. You do not need to say it again.',
};
