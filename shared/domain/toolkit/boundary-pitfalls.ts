/**
 * Gentle checks on a boundary draft, for the guided builder.
 *
 * A boundary works best when it is about what *I* will do, said calmly, and small enough
 * to keep every time. These checks spot the common slips (a demand on the other person,
 * a threat said in anger or an ultimatum, taking charge of their things or choices, a step
 * too big to keep, a label) and offer a kinder wording, built from the person's own words
 * where that is simple (`ownWords`).
 * They are hints, never blocks: the person can save any boundary they choose.
 *
 * The patterns are one language's data (`PITFALL_RULES_EN` by default); this file only
 * applies them, and returns keys that the UI puts into words.
 */
import { PITFALL_RULES_EN } from '../../content/toolkit/pitfall-rules-en.ts';
import type { BoundaryDraftField, Pitfall, PitfallKind, PitfallReword, PitfallRule, PitfallRuleSet } from './pitfall-rules.ts';

export type { BoundaryDraftField, Pitfall, PitfallKind } from './pitfall-rules.ts';

/** A boundary as it is being written; any field may still be empty. A saved `Boundary` fits too. */
export type BoundaryDraft = Partial<Record<BoundaryDraftField, string | undefined>>;

/**
 * A rewording from the person's own words, when it is simple to do well: "You must stop
 * drinking" → if-been "drinking"; "You can't drink in this house" → if-you "drink in this
 * house". Only for orders to "you" (the words are said to the person); anything long, odd
 * or hurtful gets undefined, and so the rule's own suggestion.
 */
function ownWords(reword: NonNullable<PitfallRule['reword']>, found: string, after: string, set: PitfallRuleSet): PitfallReword | undefined {
  const w = set.ownWords;
  if (reword !== 'whole' && !w.addressed.test(found)) return undefined;
  let act = (reword === 'whole' ? found.replace(w.polite, '') + after : after).trim();
  act = act.split(w.clauseEnd)[0]!.trim().replace(w.tail, '').replace(w.lead, '').trim();
  let negative = reword === 'after-not';
  const not = w.negation.exec(act);
  if (not) {
    negative = true;
    act = act.slice(not[0].length);
  }
  if (!negative && w.help.test(act)) return { kind: 'hope-and-offer' };
  const words = act.split(' ');
  if (!act || words.length > w.maxWords || !words.every((word) => /^[\p{L}']+$/u.test(word))) return undefined;
  if (set.rules.some((r) => r.kind === 'label' && r.pattern.test(act))) return undefined;
  const stop = w.stopDoing.exec(act);
  if (stop && !negative) return { kind: 'if-been', act: stop[1]! };
  if (negative && !w.oddAfterIf.test(act)) return { kind: 'if-you', act };
  return undefined;
}

/** Curly quotes and runs of spaces as a phone keyboard types them, made plain for matching. */
function plain(text: string): string {
  return text.replace(/[’‘ʼ`]/g, "'").replace(/\s+/g, ' ').trim();
}

/**
 * Gentle hints about a boundary draft: at most one per kind and field, in table order.
 * A good boundary ("If you come home after drinking, I will go to my sister’s for the
 * night") gets none. `set` is the language's checks (English unless said).
 */
export function checkBoundary(draft: BoundaryDraft, set: PitfallRuleSet = PITFALL_RULES_EN): Pitfall[] {
  const found: Pitfall[] = [];
  const has = (kind: PitfallKind, field: BoundaryDraftField) => found.some((p) => p.kind === kind && p.field === field);
  for (const rule of set.rules) {
    if (rule.needs && !plain(draft[rule.needs] ?? '')) continue;
    for (const field of rule.fields) {
      if (has(rule.kind, field) || rule.skipIf?.some((k) => has(k, field))) continue;
      const text = plain(draft[field] ?? '');
      const m = rule.pattern.exec(text);
      if (!m || rule.unless?.test(text)) continue;
      const match = m[0].trim();
      const reword = rule.reword && ownWords(rule.reword, match, text.slice(m.index + m[0].length), set);
      const pitfall: Pitfall = { kind: rule.kind, field, hint: rule.hint };
      if (reword) pitfall.reword = reword;
      if (match) pitfall.match = match;
      found.push(pitfall);
    }
  }
  return found;
}
