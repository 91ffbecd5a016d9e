import type { Condition, Situation } from '../../content/course-types.ts';
import type { Language } from '../../content/locale.ts';
import { RELATIONSHIPS_ES, type RelationshipWordsEs } from '../../content/profile-words-es.ts';

/** Who the reader supports, in the words the course will use. */
export type Relationship = 'son' | 'daughter' | 'child' | 'partner' | 'parent' | 'sibling' | 'friend' | 'other';

/** What the reader told us at "Getting started"; every field is used by the course. */
export interface Profile {
  relationship: Relationship;
  situation: Situation;
  /** Left out by readers who skip the question, and in profiles saved before it was asked. */
  condition?: Condition;
}

/** The choices offered, with how each reads in a sentence. */
export const RELATIONSHIPS: readonly { id: Relationship; label: string; relation: string; person: string }[] = [
  { id: 'son', label: 'My son', relation: 'son', person: 'your son' },
  { id: 'daughter', label: 'My daughter', relation: 'daughter', person: 'your daughter' },
  { id: 'child', label: 'My child', relation: 'child', person: 'your child' },
  { id: 'partner', label: 'My partner', relation: 'partner', person: 'your partner' },
  { id: 'parent', label: 'My parent', relation: 'parent', person: 'your parent' },
  { id: 'sibling', label: 'My brother or sister', relation: 'sibling', person: 'your sibling' },
  { id: 'friend', label: 'A friend', relation: 'friend', person: 'your friend' },
  { id: 'other', label: 'Someone else', relation: 'loved one', person: 'the person you support' },
];

/** The situations offered. */
export const SITUATIONS: readonly { id: Situation; label: string }[] = [
  { id: 'mental-illness', label: 'A mental health condition' },
  { id: 'substance-use', label: 'Substance use (alcohol or drugs)' },
  { id: 'both', label: 'Both' },
];

/** The conditions offered, for readers who want to say; the last three let them answer without naming one. */
export const CONDITIONS: readonly { id: Condition; label: string }[] = [
  { id: 'psychosis', label: 'Psychosis or schizophrenia' },
  { id: 'bipolar', label: 'Bipolar disorder' },
  { id: 'depression', label: 'Depression' },
  { id: 'anxiety', label: 'Anxiety' },
  { id: 'personality', label: 'A personality disorder' },
  { id: 'substance-use', label: 'Alcohol or drug use' },
  { id: 'more-than-one', label: 'More than one of these' },
  { id: 'not-sure', label: 'Not sure' },
  { id: 'rather-not-say', label: 'I would rather not say' },
];

/** Used until the reader chooses (or if they skip). */
export const DEFAULT_PROFILE: Profile = { relationship: 'other', situation: 'both' };

/**
 * Fills `{person}`, `{Person}` and `{relation}` in course text with the reader's own words, in
 * the text's language. Spanish text may also hold the agreement token (see `AGREEMENT_ES`).
 */
export function personalise(text: string, profile: Profile | undefined, language: Language = 'en'): string {
  if (language === 'es') return personaliseEs(text, (profile ?? DEFAULT_PROFILE).relationship);
  const r = RELATIONSHIPS.find((x) => x.id === (profile ?? DEFAULT_PROFILE).relationship) ?? RELATIONSHIPS[RELATIONSHIPS.length - 1]!;
  return text
    .replaceAll('{person}', r.person)
    .replaceAll('{Person}', r.person[0]!.toUpperCase() + r.person.slice(1))
    .replaceAll('{relation}', r.relation);
}

/** Typed by this file's ids, so a relationship added above without its Spanish words fails to compile. */
const WORDS_ES: Readonly<Record<Relationship, RelationshipWordsEs>> = RELATIONSHIPS_ES;

/**
 * `{masculine|feminine|neutral}`: exactly three forms, none holding a brace or a bar. Spanish
 * agrees in gender, and only "son" and "daughter" tell us the gender, so the third form is a
 * wording that needs none ("sin fuerzas" beside "agotado" and "agotada"), never a slash.
 */
const AGREEMENT_ES = /\{([^{}|]*)\|([^{}|]*)\|([^{}|]*)\}/g;

function personaliseEs(text: string, relationship: Relationship): string {
  const w = WORDS_ES[relationship] ?? WORDS_ES.other;
  const form = w.gender === 'masculine' ? 1 : w.gender === 'feminine' ? 2 : 3;
  return text
    .replace(AGREEMENT_ES, (...m: string[]) => m[form]!)
    .replaceAll('{person}', w.person)
    .replaceAll('{Person}', w.person[0]!.toUpperCase() + w.person.slice(1))
    .replaceAll('{relation}', w.relation);
}
