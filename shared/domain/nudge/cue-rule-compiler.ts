/**
 * Compiling a lexicon: every rule's pattern expanded and lower-cased, its regexes and guards
 * made on first use (so a first message pays only for the rules it could match), and the
 * rules indexed by where each can start (cue-rule-index.ts). Compiled once per lexicon and
 * kept; a broken pattern is reported with its rule's name.
 */
import { DIGIT_RANGES, LETTER_RANGES, withCheapLetterClasses } from './cue-letter-class.ts';
import { expandMacros, lowerPattern } from './cue-pattern-source.ts';
import { indexRules } from './cue-rule-index.ts';
import { ruleDoesNotCompile, type CompiledLexicon, type CompiledRule, type RuleIndex } from './cue-compiled-rules.ts';
import type { CueLexicon, CueRule, HelpNeed, HelpRule } from '../../content/cues/lexicon-types.ts';

const compiledCache = new WeakMap<CueLexicon, CompiledLexicon>();

/** Compiles a lexicon's patterns once; later calls reuse them. */
export function compileLexicon(lexicon: CueLexicon): CompiledLexicon {
  const cached = compiledCache.get(lexicon);
  if (cached) return cached;
  const help = lexicon.help;
  const sources: RuleSource[] = [
    ...lexicon.rules.map((rule: CueRule) => ({ ...rule, explanation: rule.explanation ?? lexicon.explanations[rule.kind], help: null, macros: lexicon.macros })),
    // Help rules add no cue and no weight: their kind and note are never read.
    ...(help?.rules ?? []).map((rule: HelpRule) => ({ ...rule, kind: 'distress' as const, weight: 0, explanation: '', help: rule.help, macros: help!.macros })),
  ];
  const compiled: CompiledLexicon = {
    ...compileRules(sources, lexicon.language),
    shouting: lexicon.shouting,
    acronyms: new Set(lexicon.shouting.acronyms.map((a) => a.toUpperCase())),
    quoteRe: quotePattern(lexicon.quotes.pairs),
    replyHeaderRe: lexicon.quotes.replyHeaders.length
      ? new RegExp(lexicon.quotes.replyHeaders.map((h) => `(?:${h})`).join('|'), 'mu')
      : null,
  };
  compiledCache.set(lexicon, compiled);
  return compiled;
}

/** A rule as compileRules takes it: a cue rule with its note filled in, or a help rule dressed as one. */
type RuleSource = Omit<CueRule, 'explanation'> & { explanation: string; help: HelpNeed | null; macros: Record<string, string> };

/** What may not touch either end of a match: a letter, a digit or "_" (see cue-letter-class.ts). */
const WORD_EDGE = `${LETTER_RANGES}${DIGIT_RANGES}_`;

/** Compiles rules and indexes them by the first characters they can start with. */
function compileRules(sources: readonly RuleSource[], language: string): RuleIndex {
  // Lower-casing patterns and text, instead of the `i` flag, makes the first compile of
  // these large patterns several times cheaper, and that first compile is paid on a
  // person's first pause in typing.
  const expand = (source: string, rule: RuleSource): string => lowerPattern(expandMacros(source, rule.macros, rule.id));
  const guard = (source: string | undefined, rule: RuleSource): RegExp | null =>
    source === undefined ? null : new RegExp(withCheapLetterClasses(expand(source, rule)), 'u');
  // Made on first use, once; a pattern that does not compile names its rule.
  const named = <T>(rule: RuleSource, make: () => T): (() => T) => {
    let made: T | undefined;
    return () => {
      if (made !== undefined) return made;
      try {
        return (made = make());
      } catch (error) {
        throw ruleDoesNotCompile(language, rule.id, error);
      }
    };
  };

  // Expanded once per rule: the index below reads the same pattern.
  const patterns = sources.map((rule) => {
    try {
      return expand(rule.pattern, rule);
    } catch (error) {
      throw ruleDoesNotCompile(language, rule.id, error);
    }
  });
  const rules = sources.map((rule, index): CompiledRule => {
    try {
      // Built on first use: with the letter classes spelled out, the sources are several times the patterns' size.
      const body = (): string => `(?:${withCheapLetterClasses(patterns[index]!)})(?![${WORD_EDGE}])`;
      return {
        index,
        id: rule.id,
        kind: rule.kind,
        weight: rule.weight,
        explanation: rule.explanation,
        safety: rule.safety === true,
        help: rule.help,
        required: '',
        // Whole words only: no letter or digit may touch either end of the match.
        re: named(rule, () => new RegExp(`(?<![${WORD_EDGE}])${body()}`, 'gmu')),
        // Tried only where scanWordStarts has seen a word start, so the look-behind is
        // already true there; left out, the first compile of the lexicon is about a fifth cheaper.
        sticky: named(rule, () => new RegExp(body(), 'muy')),
        guards:
          rule.notAfter === undefined && rule.notBefore === undefined && rule.notInSentence === undefined && rule.onlyInSentence === undefined && rule.onlyNearby === undefined
            ? null
            : named(rule, () => ({
                notAfter: guard(rule.notAfter, rule),
                notBefore: guard(rule.notBefore, rule),
                notInSentence: guard(rule.notInSentence, rule),
                onlyInSentence: guard(rule.onlyInSentence, rule),
                onlyNearby: guard(rule.onlyNearby, rule),
              })),
      };
    } catch (error) {
      throw ruleDoesNotCompile(language, rule.id, error);
    }
  });

  return indexRules(rules, patterns, language);
}

/** One regex for all quote pairs. A single quote only counts as one when it is not an apostrophe. */
function quotePattern(pairs: readonly (readonly [string, string])[]): RegExp | null {
  if (pairs.length === 0) return null;
  const esc = (s: string): string => s.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
  const parts = pairs.map(([open, close]) =>
    open === "'" && close === "'"
      ? "(?<![\\p{L}\\p{N}])'(?=\\p{L})(?:[^'\\n]|(?<=\\p{L})'(?=\\p{L})){1,300}?(?<=[\\p{L}\\p{N}.!?,])'(?![\\p{L}\\p{N}])"
      : `${esc(open)}[^${esc(close)}\\n]{1,300}${esc(close)}`,
  );
  // Cheap letter classes, as in the rules: four `\p{L}` classes here were 2 ms of the first read.
  return new RegExp(withCheapLetterClasses(parts.join('|')), 'gu');
}
