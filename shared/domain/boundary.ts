import type { BaseRecord } from '../data/records.ts';

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

/** Checks a boundary statement before saving; returns a kind message per field with a problem. */
export function validateBoundary(input: Pick<Boundary, 'situation' | 'action' | 'reason'>): Partial<Record<'situation' | 'action' | 'reason', string>> {
  const errors: Partial<Record<'situation' | 'action' | 'reason', string>> = {};
  if (!input.situation.trim()) errors.situation = 'Add when this boundary applies, in a few words.';
  if (!input.action.trim()) errors.action = 'Add what you will do. A boundary is about your own actions.';
  for (const key of ['situation', 'action', 'reason'] as const) {
    if (input[key].length > BOUNDARY_FIELD_MAX) errors[key] = `Please keep this under ${BOUNDARY_FIELD_MAX} characters.`;
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
