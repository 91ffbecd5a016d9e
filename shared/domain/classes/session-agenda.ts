/**
 * A meeting's agenda fitted to the class: the suggested 90-minute agenda scaled to the
 * class's own meeting length, and the class's own group agreements.
 */
import { AGENDA, type AgendaItem } from '../../content/session-guides.ts';
import { DEFAULT_AGREEMENTS, LIMITS, type ClassDraft } from './class-pack.ts';

/** What session mode takes from the facilitator's class. */
export interface SessionClass {
  /** The group agreements read out in the welcome; may be empty. */
  agreements: string[];
  /** How long each meeting lasts. */
  minutes: number;
}

/** Used when the facilitator has no class yet. */
export const DEFAULT_SESSION_CLASS: SessionClass = { agreements: [...DEFAULT_AGREEMENTS], minutes: 90 };

/** Timings are in steps of this many minutes, and no part gets less than one step. */
const STEP = 5;

/**
 * The agenda scaled to a meeting of `minutes`: each part keeps its share of the time, in
 * whole 5-minute steps, at least 5 minutes each. The parts add up to the meeting length
 * rounded to 5 minutes (more only for meetings shorter than 25 minutes, where every part
 * still gets its 5). Leftover steps go to the parts that lost most in rounding, then to
 * the longer parts (the topic and the practice). `parts` is the agenda in the reader's
 * language (the same parts and minutes in each).
 */
export function sessionAgenda(minutes: number, parts: readonly AgendaItem[] = AGENDA): AgendaItem[] {
  const base = parts.reduce((s, a) => s + a.minutes, 0);
  const length = Number.isFinite(minutes) && minutes > 0 ? minutes : base;
  const steps = Math.max(parts.length, Math.round(length / STEP));
  const ideal = parts.map((a) => (a.minutes / base) * steps);
  const given = ideal.map((x) => Math.max(1, Math.floor(x)));
  // Rounded, so that float noise does not decide between two equal shares.
  const lost = ideal.map((x, i) => Math.round((x - given[i]!) * 1e6));
  const byNeed = parts.map((_, i) => i).sort((i, j) => lost[j]! - lost[i]! || parts[j]!.minutes - parts[i]!.minutes || i - j);
  for (let k = 0, total = sum(given); total < steps; k++, total++) given[byNeed[k % byNeed.length]!]! += 1;
  // Only when the floor of 1 step pushed the total over: take back from the longest parts.
  for (let total = sum(given); total > steps; total--) {
    const longest = given.indexOf(Math.max(...given));
    if (given[longest]! <= 1) break;
    given[longest]! -= 1;
  }
  return parts.map((a, i) => ({ ...a, minutes: given[i]! * STEP }));
}

function sum(xs: readonly number[]): number {
  return xs.reduce((s, x) => s + x, 0);
}

/**
 * The parts of a class that session mode uses, read leniently from a draft or a pack: a
 * meeting length outside 15–480 minutes falls back to 90; agreements are trimmed, empty ones
 * dropped, and kept to the pack's limits.
 */
export function sessionClassOf(source: Pick<ClassDraft, 'agreements' | 'minutes'>): SessionClass {
  const minutes = Number.isInteger(source.minutes) && source.minutes >= 15 && source.minutes <= 480 ? source.minutes : DEFAULT_SESSION_CLASS.minutes;
  const agreements = source.agreements
    .map((a) => a.trim().slice(0, LIMITS.agreement))
    .filter(Boolean)
    .slice(0, LIMITS.agreements);
  return { agreements, minutes };
}
