import type { BaseRecord } from '../records.ts';
import type { FieldProblems } from '../field-problems.ts';
import { BOUNDARY_WORDS_EN } from '../../content/toolkit/boundary-words-en.ts';
import type { BoundaryCorePart, BoundaryPart, BoundarySentenceWords } from './boundary-words.ts';

export type { BoundaryCorePart, BoundaryPart, BoundaryPartWords, BoundarySentenceWords, BoundaryWords } from './boundary-words.ts';

/** One time a boundary was tried, and how it went, in the person's own words. */
export interface BoundaryTry {
  at: number;
  howItWent: string;
}

/**
 * A boundary: about what *I* will do, not what the other person must do.
 * The first three fields are the core statement ("When this happens, I will…, because…");
 * the rest are filled in by the guided builder.
 */
export interface Boundary extends BaseRecord {
  /** When this happens… */
  situation: string;
  /** I will… */
  action: string;
  /** …because (why it matters to me). */
  reason: string;
  /** What I feel in that moment. */
  feeling?: string;
  /** The words I will say. */
  words?: string;
  /** How I will hold it if it is tested. */
  holdPlan?: string;
  /** Times I tried it. */
  tries?: BoundaryTry[];
}

/** Longest text any boundary field keeps; long enough for a paragraph, short enough to stay sane. */
export const BOUNDARY_FIELD_MAX = 2000;

/** Checks a boundary statement before saving; returns the problem of each field with one. */
export function validateBoundary(input: Pick<Boundary, 'situation' | 'action' | 'reason'>): FieldProblems<'situation' | 'action' | 'reason'> {
  const errors: FieldProblems<'situation' | 'action' | 'reason'> = {};
  if (!input.situation.trim()) errors.situation = { kind: 'needed', field: 'boundary-situation' };
  if (!input.action.trim()) errors.action = { kind: 'needed', field: 'boundary-action' };
  for (const key of ['situation', 'action', 'reason'] as const) {
    if (input[key].length > BOUNDARY_FIELD_MAX) errors[key] = { kind: 'too-long', of: 'field', max: BOUNDARY_FIELD_MAX };
  }
  return errors;
}

/** The boundary as one sentence, as a person would say it to themselves, in the language of `words` (English unless said). */
export function boundarySentence(b: Pick<Boundary, 'situation' | 'action' | 'reason'>, words: BoundarySentenceWords = BOUNDARY_WORDS_EN.sentence): string {
  const trim = (s: string) => s.trim().replace(/[.\s]+$/, '');
  const lower = (s: string) => (words.openers.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);
  const when = lower(trim(b.situation).replace(words.leadWhen, ''));
  const will = lower(trim(b.action).replace(words.leadWill, ''));
  const why = lower(trim(b.reason).replace(words.leadWhy, ''));
  // A function replacement, so a "$" the person typed stays as typed.
  const fill = (frame: string) => frame.replace('{when}', () => when).replace('{will}', () => will).replace('{why}', () => why);
  return fill(why ? words.withReason : words.withoutReason);
}

/** One step of the guided boundary builder: the part it fills, and whether it must be filled in before moving on. */
export interface BoundaryStep {
  key: BoundaryPart;
  required: boolean;
}

/** The builder's steps, in order: the situation, the feeling, my action, my reason, my words, my plan if it's tested. */
export const BOUNDARY_STEPS: readonly BoundaryStep[] = [
  { key: 'situation', required: true },
  { key: 'feeling', required: false },
  { key: 'action', required: true },
  { key: 'reason', required: false },
  { key: 'words', required: false },
  { key: 'holdPlan', required: false },
];

/** The quick form's parts, in order; the reason may stay empty. */
export const BOUNDARY_CORE_PARTS: readonly BoundaryCorePart[] = ['situation', 'action', 'reason'];

/** The boundary with one more try added at the end, in the person's own words. */
export function addTry<B extends Pick<Boundary, 'tries'>>(boundary: B, howItWent: string, at: number): B {
  return { ...boundary, tries: [...(boundary.tries ?? []), { at, howItWent: howItWent.trim().slice(0, BOUNDARY_FIELD_MAX) }] };
}
