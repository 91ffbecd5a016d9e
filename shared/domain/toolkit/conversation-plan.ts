import type { BaseRecord } from '../records.ts';
import type { FieldProblems } from '../field-problems.ts';
import { fillBlanks } from './prompt-search.ts';

/** What the person typed into picked prompts' blanks: prompt id → blank name → their words. */
export type PromptFills = Record<string, Record<string, string>>;

/** A plan for one upcoming conversation. */
export interface ConversationPlan extends BaseRecord {
  who: string;
  about: string;
  goal: string;
  /** A good time and place, in the reader's words. */
  timeAndPlace: string;
  opening: string;
  keyPoints: string[];
  /** Library or own prompt ids picked for this talk. */
  promptIds: string[];
  /**
   * Their words for the picked prompts' blanks ("[another way to help]"). Optional, so plans
   * saved before it (and old backups) still load; tidied to the picked prompts only.
   */
  promptFills?: PromptFills;
  /**
   * What they might say back, in the person's own guesses (at most three lines), rehearsed
   * with the likely replies. Optional like `promptFills`: older plans and backups lack it.
   */
  theyMightSay?: string[];
  /**
   * What to have ready before the talk (a number to call, an appointment time, a ride).
   * Optional like `promptFills`; the suggesting-treatment template fills it in.
   */
  ready?: string[];
  avoid: string;
  exitLine: string;
  afterCare: string;
  /** Optional date and time (ms) for a reminder. */
  scheduledAt?: number;
  /** Set once the reader wrote "how did it go" (a journal entry with ref `plan:<id>`). */
  reflectedAt?: number;
}

/** A plan as the editor writes it: id and timestamps are filled in by the repository. */
export type PlanDraft = Omit<ConversationPlan, 'id' | 'createdAt' | 'updatedAt'> & { id?: string };

/** How many key points a plan keeps: two or three is plenty to remember. */
export const PLAN_KEY_POINTS_MAX = 3;
/** How many "they might say" lines a plan keeps: a few guesses, not a script. */
export const PLAN_THEY_MIGHT_SAY_MAX = 3;
/** How many "what to have ready" items a plan keeps. */
export const PLAN_READY_MAX = 4;
/** Longest "they might say" line or "ready" item: a short line, like a blank's words. */
export const PLAN_LINE_MAX = 300;
/** Longest text one plan field keeps. */
export const PLAN_FIELD_MAX = 2000;
/** Longest words for one blank: a few words, like the prompt card's fields. */
export const PLAN_FILL_MAX = 200;

/** A new, empty plan. */
export function emptyPlan(): PlanDraft {
  return { who: '', about: '', goal: '', timeAndPlace: '', opening: '', keyPoints: [], promptIds: [], avoid: '', exitLine: '', afterCare: '' };
}

/** The text fields of a plan, for validation and clean-up. */
const TEXT_FIELDS = ['who', 'about', 'goal', 'timeAndPlace', 'opening', 'avoid', 'exitLine', 'afterCare'] as const;

/** What `validatePlan` can find, per field. */
export type PlanErrors = FieldProblems<(typeof TEXT_FIELDS)[number] | 'keyPoints' | 'theyMightSay' | 'ready'>;

/** Checks a plan before saving; returns the problem of each field with one. */
export function validatePlan(plan: PlanDraft): PlanErrors {
  const errors: PlanErrors = {};
  if (!plan.about.trim()) errors.about = { kind: 'needed', field: 'plan-about' };
  for (const key of TEXT_FIELDS) {
    if (plan[key].length > PLAN_FIELD_MAX) errors[key] = { kind: 'too-long', of: 'field', max: PLAN_FIELD_MAX };
  }
  if (plan.keyPoints.some((p) => p.length > PLAN_FIELD_MAX)) errors.keyPoints = { kind: 'too-long', of: 'point', max: PLAN_FIELD_MAX };
  if (plan.theyMightSay?.some((l) => l.trim().length > PLAN_LINE_MAX)) errors.theyMightSay = { kind: 'too-long', of: 'line', max: PLAN_LINE_MAX };
  if (plan.ready?.some((l) => l.trim().length > PLAN_LINE_MAX)) errors.ready = { kind: 'too-long', of: 'item', max: PLAN_LINE_MAX };
  return errors;
}

/**
 * Blank fills for the picked prompts only, trimmed, without empty ones; undefined when none
 * are left, so a plan without fills keeps its old shape.
 */
function tidyFills(fills: PromptFills | undefined, promptIds: readonly string[]): PromptFills | undefined {
  const out: PromptFills = {};
  for (const id of promptIds) {
    if (!fills || !Object.hasOwn(fills, id)) continue;
    const kept = Object.entries(fills[id] ?? {})
      .map(([name, value]) => [name.trim(), value.trim().slice(0, PLAN_FILL_MAX)] as const)
      .filter(([name, value]) => name && value);
    if (kept.length) out[id] = Object.fromEntries(kept);
  }
  return Object.keys(out).length ? out : undefined;
}

/** A short optional list trimmed, without empty lines; dropped when nothing is left, so a plan without it keeps its old shape. */
function tidyList(plan: PlanDraft, key: 'theyMightSay' | 'ready', max: number): void {
  const kept = (plan[key] ?? []).map((l) => l.trim()).filter(Boolean).slice(0, max);
  if (kept.length) plan[key] = kept;
  else delete plan[key];
}

/** The plan with spaces trimmed, empty key points (and "they might say" and "ready" lines) dropped, prompts listed once and blank fills kept only for them. */
export function tidyPlan<P extends PlanDraft>(plan: P): P {
  const out = { ...plan };
  for (const key of TEXT_FIELDS) out[key] = plan[key].trim();
  out.keyPoints = plan.keyPoints.map((p) => p.trim()).filter(Boolean).slice(0, PLAN_KEY_POINTS_MAX);
  out.promptIds = [...new Set(plan.promptIds)];
  tidyList(out, 'theyMightSay', PLAN_THEY_MIGHT_SAY_MAX);
  tidyList(out, 'ready', PLAN_READY_MAX);
  const fills = tidyFills(plan.promptFills, out.promptIds);
  if (fills) out.promptFills = fills;
  else delete out.promptFills;
  return out;
}

/** A picked prompt as the plan says it: the words with the person's blanks filled in. */
export interface PickedPrompt {
  id: string;
  /** The prompt's words as the library (or the person) wrote them, blanks and all. */
  words: string;
  /** The words with this plan's fills; blanks not filled in stay as `[blank]`. */
  text: string;
}

/** The plan's picked prompts that still exist, in order, with this plan's blanks filled in. */
export function pickedPrompts(
  plan: Pick<ConversationPlan, 'promptIds' | 'promptFills'>,
  promptWords: (id: string) => string | undefined,
): PickedPrompt[] {
  return plan.promptIds.flatMap((id) => {
    const words = promptWords(id);
    return words ? [{ id, words, text: fillBlanks(words, plan.promptFills?.[id] ?? {}) }] : [];
  });
}


/** What a plan's "how did it go" journal entry refers to (`ref`). */
export function planRef(planId: string): string {
  return `plan:${planId}`;
}


/** Midnight at the start of a day, local time. */
function startOfDay(at: number): number {
  const d = new Date(at);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/** True when a plan is set for the same calendar day (local time) as `now`. */
export function isDueOn(plan: Pick<ConversationPlan, 'scheduledAt'>, now: number): boolean {
  return plan.scheduledAt !== undefined && startOfDay(plan.scheduledAt) === startOfDay(now);
}

/** Plans set for today (local time), earliest first. */
export function plansDueOn<P extends Pick<ConversationPlan, 'scheduledAt'>>(plans: readonly P[], now: number): P[] {
  return plans.filter((p) => isDueOn(p, now)).sort((a, b) => a.scheduledAt! - b.scheduledAt!);
}

/** Plans to show in a list: those set for today or later first (soonest first), then the rest, newest change first. */
export function sortPlans<P extends Pick<ConversationPlan, 'scheduledAt' | 'updatedAt'>>(plans: readonly P[], now: number): P[] {
  const today = startOfDay(now);
  const upcoming = plans.filter((p) => p.scheduledAt !== undefined && p.scheduledAt >= today).sort((a, b) => a.scheduledAt! - b.scheduledAt!);
  const rest = plans.filter((p) => !upcoming.includes(p)).sort((a, b) => b.updatedAt - a.updatedAt);
  return [...upcoming, ...rest];
}

/** One line to practise out loud. */
export interface RehearsalLine {
  /** Stable within the plan, for tick boxes. */
  id: string;
  /** What kind of line it is (the screen says "Opening line", "Key point 2", …); `n` counts points and prompts from 1. */
  part: 'opening' | 'point' | 'prompt' | 'exit';
  n?: number;
  text: string;
}

/**
 * The plan's lines in the order they will be said: the opening, the key points, the
 * chosen prompts (with the person's blanks filled in), then the exit line. Empty parts and
 * prompts that no longer exist are left out.
 */
export function rehearsalLines(
  plan: Pick<ConversationPlan, 'opening' | 'keyPoints' | 'promptIds' | 'promptFills' | 'exitLine'>,
  promptWords: (id: string) => string | undefined,
): RehearsalLine[] {
  const lines: RehearsalLine[] = [];
  if (plan.opening.trim()) lines.push({ id: 'opening', part: 'opening', text: plan.opening.trim() });
  plan.keyPoints
    .map((p) => p.trim())
    .filter(Boolean)
    .forEach((text, i) => lines.push({ id: `point-${i}`, part: 'point', n: i + 1, text }));
  pickedPrompts(plan, promptWords).forEach((p, i) => lines.push({ id: `prompt-${p.id}`, part: 'prompt', n: i + 1, text: p.text }));
  if (plan.exitLine.trim()) lines.push({ id: 'exit', part: 'exit', text: plan.exitLine.trim() });
  return lines;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A time as a `datetime-local` field shows it (local time, to the minute): "2030-05-01T18:30". */
export function toLocalInputValue(at: number | undefined): string {
  if (at === undefined || !Number.isFinite(at)) return '';
  const d = new Date(at);
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}T${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
}

/** What a `datetime-local` field holds, as a time; undefined when empty or not a real date. */
export function fromLocalInputValue(value: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const date = new Date(y, mo - 1, d, h, mi);
  // Reject dates the calendar doesn't have (31 April rolls over to 1 May).
  if (date.getMonth() !== mo - 1 || date.getDate() !== d || h > 23 || mi > 59) return undefined;
  return date.getTime();
}
