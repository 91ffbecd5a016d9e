/**
 * Conversation plan templates: a plan's parts filled in with ideas the person changes into
 * their own words. Our own writing (see /work/shared/VOICE.md). Ids are stable (they are in
 * links: `/plans/new?template=<id>`).
 *
 * "Suggesting treatment or help" follows CRAFT's advice on inviting someone to treatment:
 * raise it at a "window of opportunity" (a calm moment soon after a problem use caused, when
 * they regret something or wish things were different, or when they ask why you have changed),
 * have a real option lined up so a yes can be acted on at once, keep it kind and brief, and
 * if they say no, let it go and try again another time. Checked 2026-12-05 against:
 * - Meyers & Wolfe, "Get Your Loved One Sober" (the book's CRAFT checklist: windows of
 *   opportunity to suggest treatment; a treatment option lined up and made available):
 *   https://whosread.com/158529/3918363 and https://bookreadfree.com/158529/3918355
 * - Windows of opportunity after a consequence, a moment of clarity or dissatisfaction:
 *   https://colombiarehab.co/blog/intervention-guide-getting-loved-one-to-rehab.html
 * - "Dips" and "wishes" as moments to raise treatment; options researched beforehand:
 *   https://usdrugrehab.org/2016/01/13
 * - Helping a loved one reach treatment when they express interest; safety first:
 *   https://sacirc.org/craft-for-family-and-friends
 * These are secondary pages; a reviewer should check them against Smith & Meyers, "The CRAFT
 * Treatment Manual for Substance Use Problems" (Guilford, 2023), chapter 11.
 * No clinical advice here: the person picks the help, and the choice stays with the other.
 */
import type { Situation } from './course-types.ts';
import type { PlanTemplate, PlanTemplateFields } from './plan-template-types.ts';
import { interfaceLanguage, type Language } from './locale.ts';
import { PLAN_TEMPLATES_ES } from './plan-templates-es.ts';

export type { PlanTemplate, PlanTemplateFields } from './plan-template-types.ts';

/** Every template, in the order the list shows them. */
export const PLAN_TEMPLATES: readonly PlanTemplate[] = [
  {
    id: 'suggesting-treatment',
    title: 'Suggesting treatment or help',
    summary:
      'For when you want to raise getting help, gently, at a good moment. Each part has ideas to start from. Change anything, and skip what does not fit. The choice stays theirs.',
    fields: {
      about: 'suggesting treatment or help',
      goal: 'That they know help is there when they want it, and that I am on their side. A yes today is not the goal. An open door is.',
      timeAndPlace:
        'A calm moment: after they talk about a problem that drinking, drugs or their mood caused, after a bad morning, when they ask why I have changed, or at a sober, quiet time.',
      opening: 'You seem fed up with how things have been. Can I share an idea? It’s fine to say no.',
      keyPoints: [
        'I love you, and I’m on your side, whatever you choose.',
        'There is help that could make things easier. I found a place we could call together.',
        'You don’t have to decide now. The offer stays open.',
      ],
      ready: ['A number to call', 'An appointment time you could book', 'A ride there'],
      avoid: 'Pushing, warnings or old arguments. Raising it when they are upset, in a rush, or have been drinking or using.',
      exitLine: 'That’s okay. I won’t push. The offer stays open if you change your mind.',
      afterCare: 'However it went, I did something brave. I will tell someone I trust how it went, and do one kind thing for myself.',
    },
    bySituation: {
      'mental-illness': {
        timeAndPlace:
          'A calm moment: after they talk about something that has been hard, after a bad day, when they ask why I have changed, or at a quiet time when they feel more like themselves.',
        avoid: 'Pushing, warnings or old arguments. Raising it when they are upset, very tired, or in a rush.',
      },
      'substance-use': {
        timeAndPlace:
          'A calm moment: after they talk about a problem that drinking or drugs caused, after a bad morning, when they ask why I have changed, or at a sober, quiet time.',
      },
    },
  },
];

/** Every template in `language` (the ids, which links carry, are the same in every language). */
export function planTemplatesIn(language: Language): readonly PlanTemplate[] {
  return language === 'es' ? PLAN_TEMPLATES_ES : PLAN_TEMPLATES;
}

/** A template by id, if there is one, in the interface's language unless told. */
export function planTemplate(id: string | null | undefined, language: Language = interfaceLanguage()): PlanTemplate | undefined {
  return planTemplatesIn(language).find((t) => t.id === id);
}

/** A template's parts as a reader in `situation` should see them (all situations' words when none is known). */
export function templateFields(template: PlanTemplate, situation: Situation | undefined): PlanTemplateFields {
  const fields = { ...template.fields, ...(situation ? template.bySituation?.[situation] : undefined) };
  return { ...fields, keyPoints: [...fields.keyPoints], ready: [...fields.ready] };
}
