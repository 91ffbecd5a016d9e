/**
 * What a lexicon becomes once compiled: its rules with their regexes made on first use, the
 * index of where each rule can start, and the raw cues the scan finds. Its own file because
 * the compiler, the index, the scan and the shouting reader all share these shapes, and
 * none of them should have to import another only for a type.
 */
import type { CueKind, HelpNeed, ShoutingSettings } from '../../content/cues/lexicon-types.ts';

/** One rule, ready to try: its regexes and guards are made on first use. */
export interface CompiledRule {
  index: number;
  id: string;
  kind: CueKind;
  weight: number;
  explanation: string;
  safety: boolean;
  /** Global regex, for scanning the whole text; made on first use (most rules never scan the whole text). */
  re: () => RegExp;
  /**
   * The same pattern, sticky, for trying one position. Made, like the guards, on first use:
   * a first message tries only some rules, and every regex built up front is parsed up front
   * (on the background's first read, a tenth of its time).
   */
  sticky: () => RegExp;
  /** Set once `sticky` has been compiled (see cue-regexp-warmth.ts). */
  compiled?: boolean;
  /**
   * Words every match holds one of (cue-required-words.ts), joined by newlines, or '' for
   * none. Until the rule is compiled, a message without them doesn't compile it.
   */
  required: string;
  /** The same, split on first use. */
  requiredList?: string[];
  /** The rule's guards, or null when it has none. */
  guards: (() => Guards) | null;
  /** For help rules: the help the match earns (then its kind, weight and note are unused). */
  help: HelpNeed | null;
}

/** What may veto a rule's match, by the text around it. */
export interface Guards {
  notAfter: RegExp | null;
  notBefore: RegExp | null;
  notInSentence: RegExp | null;
  onlyInSentence: RegExp | null;
  onlyNearby: RegExp | null;
}

/** A set of compiled rules, indexed by where each can start. */
export interface RuleIndex {
  rules: CompiledRule[];
  /** Rules by the lowercased first UTF-16 unit they can start with. */
  rulesByFirst: Map<number, CompiledRule[]>;
  /** Rules that could start with almost anything: scanned in full. */
  anywhereRules: CompiledRule[];
  /**
   * Rules by the first few characters they can start with (see cue-pattern-prefixes.ts),
   * by a hash of those characters, so a word start is looked up without cutting a
   * string out of the text for each prefix length (that was a third of the detector's
   * time on real messages). A hit is checked against the prefix itself.
   */
  prefixesByHash: Map<number, PrefixEntry[]>;
  /** The longest prefix length used. */
  maxPrefixLength: number;
}

/** A prefix and the rules it leads to. */
export interface PrefixEntry {
  prefix: string;
  rules: CompiledRule[];
}

/** A lexicon's cue rules and help rules, in one index so the text is read in one pass. */
export interface CompiledLexicon extends RuleIndex {
  shouting: ShoutingSettings;
  acronyms: ReadonlySet<string>;
  quoteRe: RegExp | null;
  replyHeaderRe: RegExp | null;
}

/** A cue before its text is cut out; offsets are into the analysed window. */
export interface RawCue {
  kind: CueKind;
  rule: string;
  start: number;
  end: number;
  weight: number;
  explanation: string;
  safety: boolean;
  help: HelpNeed | null;
}

/** The error for a rule whose pattern does not compile: it names the lexicon and the rule. */
export function ruleDoesNotCompile(language: string, id: string, error: unknown): Error {
  return new Error(`Cue lexicon "${language}": rule ${id} does not compile: ${(error as Error).message}`);
}
