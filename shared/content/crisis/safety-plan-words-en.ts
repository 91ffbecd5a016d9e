/**
 * The private safety plan's words in English: the safety question, each section's label and
 * hint, and what changes in the advice after a yes. The sources are in
 * shared/domain/crisis/safety-plan.ts, which lists the sections in print order. The Spanish is
 * in safety-plan-words-es.ts, with the same shape.
 */

/**
 * A section of the plan, stored as the key of the reader's words, so never renamed. Named here,
 * not in domain, because domain's safety-plan.ts still hands the toolkit its English advice from
 * this file, and a file may not reach itself through imports.
 */
export type SafetyPlanFieldId = 'signs' | 'home' | 'places' | 'people' | 'codeWord' | 'documents' | 'bag' | 'children' | 'other';
export interface SaferAdvice {
  /** The first thing said. */
  first: string;
  /** How to say a boundary when someone may turn violent. */
  how: readonly string[];
  /** The planner's "time and place" hint, instead of "somewhere private". */
  timeAndPlace: string;
  /** The boundary builder's "words" hint. */
  words: string;
  /** The planner's exit-line hint. */
  exitLine: string;
  /** The boundary builder's "if it is tested" hint. */
  holdPlan: string;
}

export interface SafetyPlanWords {
  /** The question, asked once where Alongside coaches a hard talk or a boundary. */
  question: string;
  /** The sections of the plan. */
  fields: Readonly<Record<SafetyPlanFieldId, { label: string; hint: string }>>;
  /** What changes in the advice after a yes: said where the boundary builder, the planner and the 60-second prep coach a hard talk. */
  saferAdvice: SaferAdvice;
}

export const SAFETY_PLAN_WORDS_EN: SafetyPlanWords = {
  question: 'Are you ever afraid of how they might react?',
  fields: {
    signs: {
      label: 'Signs that things are getting unsafe',
      hint: 'What you notice before it gets worse. For example: a certain look, drinking more, breaking things. Trust your feeling.',
    },
    home: {
      label: 'The safest places at home, and my way out',
      hint: 'A room with a way out and nothing that could be used to hurt you. Which door you would use. Where your keys and phone are.',
    },
    places: {
      label: 'Safe places I can go',
      hint: 'A friend, a relative, a neighbour, a shelter. Think about day and night, and how you would get there.',
    },
    people: {
      label: 'People I can call',
      hint: 'Names and numbers of people who will help, and who will come. Learn one number by heart in case you do not have your phone.',
    },
    codeWord: {
      label: 'Our code word',
      hint: 'A word or phrase that tells someone you trust “I need help now, call for help”. Agree on it with them, and with children if it is right for them.',
    },
    documents: {
      label: 'Important documents, and where they are',
      hint: 'For example: ID or passport, birth certificates, bank cards, medical cards, court papers. Copies kept with someone you trust help too.',
    },
    bag: {
      label: 'My bag: where it is and what is in it',
      hint: 'For example: money, spare keys, medicines, a phone charger, a change of clothes. It can be kept at a trusted person’s home.',
    },
    children: {
      label: 'Children and pets',
      hint: 'What children know to do: a safe room, how to call the emergency number, a code word. Who could look after pets.',
    },
    other: {
      label: 'Anything else that helps me stay safe',
      hint: 'For example: a support worker’s number, safer ways to use my phone, what I will do after. Look at this plan again now and then.',
    },
  },
  saferAdvice: {
    first: 'You deserve to be safe. Your safety, and the safety of any children, matters more than any boundary or talk.',
    how: [
      'Don’t say it alone with them, or face to face, if you fear how they will react.',
      'You can say it with someone you trust nearby, by message or by phone, or not yet.',
      'It is okay not to say it at all while you are not safe. Keeping yourself safe is not giving up.',
      'If things start to turn, leave. Your exit line can wait.',
    ],
    timeAndPlace: 'Somewhere you are not alone with them, with a way out, or by message or phone. You can also choose not to have this talk yet.',
    words: 'Short and calm. You could send it by message, or say it with someone you trust nearby.',
    exitLine: 'If you start to feel unsafe, leave. You do not need to say anything first. If you have time, a short line helps: I’m going out for a while.',
    holdPlan: 'If you feel unsafe, leave and go somewhere safe. Call for help if you need it. You do not need to say it again.',
  },
};
