import type { CrisisPlanFieldId } from '../../domain/crisis/crisis-plan.ts';

/**
 * The family crisis plan's sections in English: each one's label and hint, keyed by the ids in
 * shared/domain/crisis/crisis-plan.ts (where the sources are). Every section is worded to fit
 * every family (the form is the same whatever the person is facing), so naloxone is asked
 * about only "if you keep some". The Spanish is in crisis-plan-words-es.ts, with the same keys.
 */
export type CrisisPlanWords = Readonly<Record<CrisisPlanFieldId, { label: string; hint: string }>>;

export const CRISIS_PLAN_WORDS_EN: CrisisPlanWords = {
  well: { label: 'When things are going well, they are…', hint: 'A few words about them at their best. It helps others see the change.' },
  signs: { label: 'Early warning signs we have noticed', hint: 'For example: sleeping very little, staying in their room, talking faster, drinking alone.' },
  who: { label: 'Who to call, in order', hint: 'Names and numbers: a trusted family member, their doctor or care team, a crisis line.' },
  numbers: {
    label: 'Emergency and crisis numbers where we live',
    hint: 'Our local emergency number, a crisis line, and a domestic violence line. Need help now? lists them for your country.',
  },
  helps: { label: 'What helps them when things get hard', hint: 'For example: a quiet room, one calm person, a walk, their music.' },
  worse: { label: 'What makes things worse', hint: 'For example: many people talking at once, arguing about the diagnosis, raised voices.' },
  'safer-home': {
    label: 'Keeping the home safer',
    hint: 'Where medicines are locked away. Where any guns are kept, out of the home or locked. Where the naloxone is, if you keep some.',
  },
  practical: { label: 'Practical details', hint: 'Their care team or clinic, treatment they have shared with you, who looks after children or pets, keys, bills.' },
  'advance-statement': {
    label: 'Advance statement: where it is kept',
    hint: 'If they have written one (some places say advance directive): where the signed copy is, and who else has a copy.',
  },
  me: { label: 'What I will do to stay safe and steady myself', hint: 'Who I will call for me, where I can go, what I need after. If I am ever afraid at home: my private safety plan.' },
};
