import type { Condition, Situation } from './course-types.ts';

/**
 * The words of "Getting started" in Spanish, and how each relationship reads in a sentence of
 * the course (`personalise(text, profile, 'es')` in shared/domain/course/profile.ts fills them in).
 *
 * Spanish agrees in gender, and the reader's choice says the gender only for a son or a
 * daughter. So each relationship carries the grammatical gender we may use: `masculine` or
 * `feminine` where the choice says it, `unknown` everywhere else, where the course uses a
 * gender-free wording (see the agreement token in course-types.ts). "Tu hijo o hija" and not
 * "tu hijo/a": a slash is not how anyone speaks to a family.
 *
 * Every person form starts with "tu" or "la", so "a {person}" and "de {person}" never need
 * "al" or "del". "La persona a quien apoyas" (not "a la que", more usual in Spain, nor "que
 * apoyas", which drops the "a") reads the same in Mexico, the United States and Spain.
 * `relation` is the bare noun, for "su {relation}"; for someone else it is "ser querido",
 * as the English says "loved one".
 */
export type GrammaticalGender = 'masculine' | 'feminine' | 'unknown';

export interface RelationshipWordsEs {
  /** The choice at "Getting started", as the reader says it. */
  label: string;
  /** The bare noun, as in "Amara apoya a su {relation}". */
  relation: string;
  /** As it reads in a sentence: "Puede que {person} necesite tiempo." */
  person: string;
  gender: GrammaticalGender;
}

/** Keyed by the relationship ids of profile.ts, which checks that none is missing. */
export const RELATIONSHIPS_ES = {
  son: { label: 'Mi hijo', relation: 'hijo', person: 'tu hijo', gender: 'masculine' },
  daughter: { label: 'Mi hija', relation: 'hija', person: 'tu hija', gender: 'feminine' },
  child: { label: 'Mi hijo o hija', relation: 'hijo o hija', person: 'tu hijo o hija', gender: 'unknown' },
  partner: { label: 'Mi pareja', relation: 'pareja', person: 'tu pareja', gender: 'unknown' },
  parent: { label: 'Mi madre o mi padre', relation: 'madre o padre', person: 'tu madre o tu padre', gender: 'unknown' },
  sibling: { label: 'Mi hermano o hermana', relation: 'hermano o hermana', person: 'tu hermano o hermana', gender: 'unknown' },
  friend: { label: 'Un amigo o una amiga', relation: 'amigo o amiga', person: 'tu amigo o amiga', gender: 'unknown' },
  other: { label: 'Otra persona', relation: 'ser querido', person: 'la persona a quien apoyas', gender: 'unknown' },
} as const satisfies Readonly<Record<string, RelationshipWordsEs>>;

/** The situations offered, in Spanish. */
export const SITUATION_LABELS_ES: Readonly<Record<Situation, string>> = {
  'mental-illness': 'Un problema de salud mental',
  'substance-use': 'El consumo de alcohol o drogas',
  both: 'Las dos cosas',
};

/** The conditions offered, in Spanish; the last three answer without naming one, and without saying the reader's gender. */
export const CONDITION_LABELS_ES: Readonly<Record<Condition, string>> = {
  psychosis: 'Psicosis o esquizofrenia',
  bipolar: 'Trastorno bipolar',
  depression: 'Depresión',
  anxiety: 'Ansiedad',
  personality: 'Un trastorno de la personalidad',
  'substance-use': 'Consumo de alcohol o drogas',
  'more-than-one': 'Más de una de estas',
  'not-sure': 'No lo sé',
  'rather-not-say': 'Prefiero no decirlo',
};
