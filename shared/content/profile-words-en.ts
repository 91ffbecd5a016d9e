import type { Condition, Situation } from './course-types.ts';
import type { Language } from './locale.ts';
import { CONDITION_LABELS_ES, RELATIONSHIPS_ES, SITUATION_LABELS_ES } from './profile-words-es.ts';

/**
 * The words of "Getting started" in English, and how each relationship reads in a sentence of
 * the course (`personalise(text, profile)` in shared/domain/course/profile.ts fills them in).
 * Spanish has its twin in profile-words-es.ts, with the same keys.
 */
export interface RelationshipWordsEn {
  /** The choice at "Getting started", as the reader says it. */
  label: string;
  /** The bare noun, as in "Amara supports her {relation}". */
  relation: string;
  /** As it reads in a sentence: "{Person} may need time." */
  person: string;
}

/** Keyed by the relationship ids of profile.ts, which checks that none is missing. */
export const RELATIONSHIPS_EN = {
  son: { label: 'My son', relation: 'son', person: 'your son' },
  daughter: { label: 'My daughter', relation: 'daughter', person: 'your daughter' },
  child: { label: 'My child', relation: 'child', person: 'your child' },
  partner: { label: 'My partner', relation: 'partner', person: 'your partner' },
  parent: { label: 'My parent', relation: 'parent', person: 'your parent' },
  sibling: { label: 'My brother or sister', relation: 'sibling', person: 'your sibling' },
  friend: { label: 'A friend', relation: 'friend', person: 'your friend' },
  other: { label: 'Someone else', relation: 'loved one', person: 'the person you support' },
} as const satisfies Readonly<Record<string, RelationshipWordsEn>>;

/** The situations offered, in English. */
export const SITUATION_LABELS_EN: Readonly<Record<Situation, string>> = {
  'mental-illness': 'A mental health condition',
  'substance-use': 'Substance use (alcohol or drugs)',
  both: 'Both',
};

/** The conditions offered, in English; the last three let the reader answer without naming one. */
export const CONDITION_LABELS_EN: Readonly<Record<Condition, string>> = {
  psychosis: 'Psychosis or schizophrenia',
  bipolar: 'Bipolar disorder',
  depression: 'Depression',
  anxiety: 'Anxiety',
  personality: 'A personality disorder',
  'substance-use': 'Alcohol or drug use',
  'more-than-one': 'More than one of these',
  'not-sure': 'Not sure',
  'rather-not-say': 'I would rather not say',
};

/** The choices' labels at "Getting started" and in Settings, by id. */
export interface ProfileLabels {
  relationships: Readonly<Record<keyof typeof RELATIONSHIPS_EN, string>>;
  situations: Readonly<Record<Situation, string>>;
  conditions: Readonly<Record<Condition, string>>;
}

const labelsOf = (words: Readonly<Record<keyof typeof RELATIONSHIPS_EN, { label: string }>>) =>
  Object.fromEntries(Object.entries(words).map(([id, w]) => [id, w.label])) as ProfileLabels['relationships'];

/** The profile choices' labels in `language`; read at render time, so a change of language relabels them. */
export function profileLabelsIn(language: Language): ProfileLabels {
  return language === 'es'
    ? { relationships: labelsOf(RELATIONSHIPS_ES), situations: SITUATION_LABELS_ES, conditions: CONDITION_LABELS_ES }
    : { relationships: labelsOf(RELATIONSHIPS_EN), situations: SITUATION_LABELS_EN, conditions: CONDITION_LABELS_EN };
}
