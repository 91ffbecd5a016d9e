import type { BaseRecord } from '../records.ts';
import type { FieldProblems } from '../field-problems.ts';

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

/** The fields a person writes, with their form labels. */
export const BOUNDARY_CORE_FIELDS = [
  { key: 'situation', label: 'When this happens', hint: 'For example: when you ask me for money' },
  { key: 'action', label: 'I will', hint: 'Something you will do. For example: say no kindly, and offer to help in another way' },
  { key: 'reason', label: 'Because', hint: 'Why it matters to you. For example: I want to support your recovery, not the drinking' },
] as const;

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

const COMMON_OPENERS =
  /^(you|your|my|me|the|a|an|he|she|they|we|it|its|it's|there|this|that|these|those|someone|anyone|our|his|her|their|when|if|say|ask|leave|take|go|stop|not|tell|call|text|pay|answer|step|keep|wait|let|give|offer|drive|walk|hang|end|put|spend|stay|come|only|still|no|never|always)\b/i;

/** The boundary as one sentence, as a person would say it to themselves. */
export function boundarySentence(b: Pick<Boundary, 'situation' | 'action' | 'reason'>): string {
  const trim = (s: string) => s.trim().replace(/[.\s]+$/, '');
  // Lower-case a capital only on common opening words, so "I", names and places keep theirs.
  const lower = (s: string) => (COMMON_OPENERS.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);
  const when = trim(b.situation).replace(/^when\s+/i, '');
  const will = trim(b.action).replace(/^i\s+will\s+/i, '');
  const why = trim(b.reason).replace(/^because\s+/i, '');
  return `When ${lower(when)}, I will ${lower(will)}${why ? `, because ${lower(why)}` : ''}.`;
}

/** One step of the guided boundary builder: the field it fills, its heading and its label. */
export interface BoundaryStep {
  key: 'situation' | 'feeling' | 'action' | 'reason' | 'words' | 'holdPlan';
  /** The step's heading, spoken to the reader. */
  title: string;
  /** The field's label, in the reader's own voice. */
  label: string;
  hint: string;
  /** Steps that must be filled in before moving on. */
  required: boolean;
}

/** The builder's steps, in order: the situation, the feeling, my action, my reason, my words, my plan if it's tested. */
export const BOUNDARY_STEPS: readonly BoundaryStep[] = [
  { key: 'situation', title: 'The situation', label: 'When this happens', hint: 'For example: when you ask me for money', required: true },
  {
    key: 'feeling',
    title: 'What you feel',
    label: 'What I feel',
    hint: 'Name the feeling if you can, such as scared, tired or sad. There is no wrong answer. You can leave this empty.',
    required: false,
  },
  {
    key: 'action',
    title: 'What you will do',
    label: 'I will',
    hint: 'Something you will do, not something they must do. For example: say no kindly, and offer to help in another way',
    required: true,
  },
  { key: 'reason', title: 'Why it matters to you', label: 'Because', hint: 'For example: I want to support your recovery, not the drinking', required: false },
  {
    key: 'words',
    title: 'The words you will say',
    label: 'My words',
    hint: 'Short and calm works best. For example: I love you. I can’t lend money, and I can drive you to your appointment.',
    required: false,
  },
  {
    key: 'holdPlan',
    title: 'If it is tested',
    label: 'If it is tested',
    hint: 'Most boundaries are tested at least once. What will you do, calmly, each time? For example: say it once more, then leave the room.',
    required: false,
  },
];

/** The boundary with one more try added at the end, in the person's own words. */
export function addTry<B extends Pick<Boundary, 'tries'>>(boundary: B, howItWent: string, at: number): B {
  return { ...boundary, tries: [...(boundary.tries ?? []), { at, howItWent: howItWent.trim().slice(0, BOUNDARY_FIELD_MAX) }] };
}
