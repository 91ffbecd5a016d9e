/**
 * What the nudge model reads: a bounded window of the message and the rules' findings
 * in it. One function for the background's reading and for training, so the model is
 * trained on exactly what it will see.
 */
import type { CueResult } from './cue-detector.ts';
import { MODEL_WINDOW_CHARS } from './cue-model.ts';
import type { RuleSignals } from './cue-model-features.ts';
import type { CueKind } from '../../content/cues/lexicon-types.ts';

/** Topic rules about money going missing, lent or short. */
export function isMoneyRule(rule: string): boolean {
  return rule.startsWith('topic.money');
}

/** Topic rules about treatment, hospital and medication. */
const TREATMENT_RULES: ReadonlySet<string> = new Set(['topic.treatment', 'topic.hospital', 'topic.meds-stopped']);
export function isTreatmentRule(rule: string): boolean {
  return TREATMENT_RULES.has(rule) || rule.startsWith('topic.meds') || rule.startsWith('topic.treatment');
}

/** The rules' findings as the model's inputs. */
export function ruleSignals(result: CueResult): RuleSignals {
  const counts: Partial<Record<CueKind, number>> = {};
  let money = false;
  let treatment = false;
  for (const c of result.cues) {
    counts[c.kind] = (counts[c.kind] ?? 0) + 1;
    if (c.kind !== 'topic') continue;
    if (isMoneyRule(c.rule)) money = true;
    if (isTreatmentRule(c.rule)) treatment = true;
  }
  return { counts, score: result.score, help: result.help, money, treatment };
}

/**
 * The window of [from, to) the model reads: all of it when short; else the part around
 * the caret, or the end, cut after a space so no word is read in half.
 */
export function modelWindow(text: string, from: number, to: number, caret: number | undefined): string {
  if (to - from <= MODEL_WINDOW_CHARS) return text.slice(from, to);
  let end = to;
  if (caret !== undefined && Number.isFinite(caret) && caret >= from && caret <= to) {
    end = Math.min(to, Math.max(Math.floor(caret) + MODEL_WINDOW_CHARS / 3, from + MODEL_WINDOW_CHARS));
  }
  const start = Math.max(from, end - MODEL_WINDOW_CHARS);
  const window = text.slice(start, end);
  const space = window.indexOf(' ');
  return space > 0 && space < 60 ? window.slice(space + 1) : window;
}
