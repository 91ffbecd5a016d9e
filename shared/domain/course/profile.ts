import type { Condition, Situation } from '../../content/course-types.ts';
import type { Language } from '../../content/locale.ts';
import { RELATIONSHIPS_ES, type RelationshipWordsEs } from '../../content/profile-words-es.ts';
import { RELATIONSHIPS_EN, type RelationshipWordsEn } from '../../content/profile-words-en.ts';

/** Who the reader supports, in the words the course will use. */
export type Relationship = 'son' | 'daughter' | 'child' | 'partner' | 'parent' | 'sibling' | 'friend' | 'other';

/** What the reader told us at "Getting started"; every field is used by the course. */
export interface Profile {
  relationship: Relationship;
  situation: Situation;
  /** Left out by readers who skip the question, and in profiles saved before it was asked. */
  condition?: Condition;
}

/** The choices offered, in the order the form shows them; their words are in shared/content/profile-words-*.ts. */
export const RELATIONSHIPS: readonly Relationship[] = ['son', 'daughter', 'child', 'partner', 'parent', 'sibling', 'friend', 'other'];

/** The situations offered. */
export const SITUATIONS: readonly Situation[] = ['mental-illness', 'substance-use', 'both'];

/** The conditions offered, for readers who want to say; the last three let them answer without naming one. */
export const CONDITIONS: readonly Condition[] = ['psychosis', 'bipolar', 'depression', 'anxiety', 'personality', 'substance-use', 'more-than-one', 'not-sure', 'rather-not-say'];

/** Used until the reader chooses (or if they skip). */
export const DEFAULT_PROFILE: Profile = { relationship: 'other', situation: 'both' };

/**
 * Fills `{person}`, `{Person}` and `{relation}` in course text with the reader's own words, in
 * the text's language. Spanish text may also hold the agreement token (see `AGREEMENT_ES`).
 */
export function personalise(text: string, profile: Profile | undefined, language: Language = 'en'): string {
  if (language === 'es') return personaliseEs(text, (profile ?? DEFAULT_PROFILE).relationship);
  const r = WORDS_EN[(profile ?? DEFAULT_PROFILE).relationship] ?? WORDS_EN.other;
  return text
    .replaceAll('{person}', r.person)
    .replaceAll('{Person}', r.person[0]!.toUpperCase() + r.person.slice(1))
    .replaceAll('{relation}', r.relation);
}

/** Typed by this file's ids, so a relationship added above without its words in either language fails to compile. */
const WORDS_EN: Readonly<Record<Relationship, RelationshipWordsEn>> = RELATIONSHIPS_EN;
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
