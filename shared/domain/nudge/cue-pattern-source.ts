/**
 * A rule's pattern as the regexes and the index read it: macros like `{you}` expanded, and
 * everything outside escapes lower-cased. The detector, the prefix cache script and the
 * tests must all read exactly the same source (the cache is keyed on it), so it is made in
 * one place.
 */
import { lexiconEn } from '../../content/cues/lexicon-en.ts';
import type { CueLexicon } from '../../content/cues/lexicon-types.ts';

/** Every English rule's pattern, lower-cased and expanded, as the index reads it (for the cache). */
export function lexiconPatterns(lexicon: CueLexicon = lexiconEn): string[] {
  const help = lexicon.help;
  return [
    ...lexicon.rules.map((rule) => lowerPattern(expandMacros(rule.pattern, lexicon.macros, rule.id))),
    ...(help?.rules ?? []).map((rule) => lowerPattern(expandMacros(rule.pattern, help!.macros, rule.id))),
  ];
}

/** Lower-cases a regex source outside escapes, so `\\S` and `\\p{Lu}` keep their meaning. */
export function lowerPattern(source: string): string {
  // Escapes are kept as written (`\p{L}` must not become `\p{l}`); everything else is lowered.
  // One replace over runs of plain text, not a string built a character at a time: this runs
  // on every pattern when the background starts.
  return source.replace(LOWER_PIECES, (piece) => (piece.charCodeAt(0) === 92 ? piece : piece.toLowerCase()));
}

/** A property or code point escape, any other escape, or a run of plain text. */
const LOWER_PIECES = /\\[pP]\{[^}]*\}|\\u\{[^}]*\}|\\[\s\S]|[^\\]+/g;

/** Replaces `{name}` with the macro of that name, recursively. `\p{L}` is left alone. */
export function expandMacros(source: string, macros: Record<string, string>, where: string): string {
  let out = source;
  for (let depth = 0; depth < 10; depth++) {
    let changed = false;
    out = out.replace(/(?<!\\[pP])\{([A-Za-z]\w*)\}/g, (_, name: string) => {
      const macro = macros[name];
      if (macro === undefined) throw new Error(`unknown macro {${name}} in ${where}`);
      changed = true;
      return macro;
    });
    if (!changed) return out;
  }
  throw new Error(`macros nest too deeply in ${where}`);
}
