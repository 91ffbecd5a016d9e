/**
 * The shape of a cue lexicon: the words and patterns the message cue detector looks for
 * in one language, how much each one counts, and the gentle note shown with it.
 *
 * A lexicon is data only (strings, numbers, lists), so a counsellor or translator can
 * tune it without touching the detector. To add a language, add `lexicon-xx.ts` next to
 * `lexicon-en.ts` exporting a `CueLexicon`, and pass it to `detectCues(text, { lexicon })`.
 *
 * Weights are calibrated so that 1 is "enough on its own to nudge at standard
 * sensitivity" and 1.5 is "enough on its own to nudge at gentle sensitivity".
 */

/** What a cue says about a message. */
export type CueKind =
  /** "you always", "you never", "every single time". */
  | 'absolute'
  /** "it's your fault", "because of you", "you ruined…". */
  | 'blame'
  /** A threat or last word said in anger: "this is your last chance", "or else". */
  | 'ultimatum'
  /** A name put on the person: "junkie", "psycho", "you're crazy". */
  | 'label'
  /** A tender subject: relapse, using, money going missing, treatment, police… */
  | 'topic'
  /** Capitals in a row, "!!!", "?!?!". */
  | 'shouting'
  /** The writer's own distress: "I can't do this anymore". */
  | 'distress';

/**
 * One family of patterns. Patterns are regular-expression sources, matched
 * case-insensitively (`iu`) as whole words. Curly apostrophes in the text are read as
 * straight ones, so write `don't`, never `don[’']t`. `{name}` is replaced by the
 * lexicon's macro of that name.
 */
export interface CueRule {
  /** Stable id, "kind.name" (e.g. "absolute.always-never"); reported on each cue. */
  id: string;
  /** What the rule finds. */
  kind: CueKind;
  /** Regex source of the phrase to find. */
  pattern: string;
  /** How much one match counts towards a nudge (see the scale in this file's header). */
  weight: number;
  /** The note shown with the cue; defaults to the lexicon's note for the kind. */
  explanation?: string;
  /** Skip the match when this regex matches the text just before it on the same line (up to 60 characters). Anchor with `$` to mean "right before". */
  notAfter?: string;
  /** Skip the match when this regex matches the text just after it on the same line (up to 60 characters). Anchor with `^` to mean "right after". */
  notBefore?: string;
  /** Skip the match when this regex matches anywhere in its sentence (warmth, laughter, a marketing word…). */
  notInSentence?: string;
  /**
   * Keep the match only when this regex matches somewhere in its sentence. For words that
   * are ordinary alone and hard beside a subject: "again" next to drinking or money.
   */
  onlyInSentence?: string;
  /**
   * Keep the match only when this regex matches within 200 characters either side, across
   * sentences: "I took the kids to my sister's. Don't come here."
   */
  onlyNearby?: string;
  /** The cue touches suicide, self-harm or overdose: the UI shows crisis lines with it. */
  safety?: boolean;
}

/** How capitals and runs of "!!!" are read. */
export interface ShoutingSettings {
  /** Words in capitals that are not shouting (acronyms, "OK"). Words without a vowel are skipped anyway. */
  acronyms: string[];
  /** How many shouted words in a row count as shouting. */
  minRun: number;
  /** Weight of one run of capitals. */
  runWeight: number;
  /**
   * Weight of one shouted word among ordinary ones ("you LIED"): emphasis, lighter than a
   * run. Leave out to ignore single words.
   */
  wordWeight?: number;
  /** Weight of one run like "!!!" or "?!?!". */
  punctuationWeight: number;
  /** Most that shouting can add to a message, so capitals alone never nudge. */
  maxTotal: number;
  /** Note shown with capitals and "!!!". */
  explanation: string;
}

/** How quoted text (someone else's words) is found, so it is left alone. */
export interface QuoteSettings {
  /** Pairs of opening and closing quote marks used in this language. */
  pairs: [open: string, close: string][];
  /** Regex sources (multiline) of a line that starts quoted history in an email reply. Everything from that line on is skipped. */
  replyHeaders: string[];
}

/** All the data the detector needs for one language. */
export interface CueLexicon {
  /** BCP 47 language tag, e.g. "en". */
  language: string;
  /** Named regex fragments, used in patterns as `{name}`; may refer to other macros. */
  macros: Record<string, string>;
  /** The default note for each kind, in the voice of VOICE.md. */
  explanations: Record<CueKind, string>;
  /** The patterns, in any order. */
  rules: CueRule[];
  /** Capitals and "!!!". */
  shouting: ShoutingSettings;
  /** Quoted text to skip. */
  quotes: QuoteSettings;
  /** Phrases that call for help rather than style advice (see help-lexicon-en.ts). Leave out for none. */
  help?: HelpLexicon;
}

/**
 * What a message may need beyond a thought about tone:
 * - `crisis`: the writer's own despair or thoughts of suicide or self-harm, or news that
 *   the person they love is in danger now (took pills, won't wake up, said goodbye);
 * - `safety`: the writer is being hurt, threatened or is afraid of the other person, or
 *   sets a boundary to keep themselves or children safe.
 * Crisis outranks safety.
 */
export type HelpNeed = 'crisis' | 'safety';

/**
 * One family of phrases that earns help. Same pattern language and guards as a `CueRule`
 * (whole words, lower case, `{macro}`), but it adds no cue and no weight: it decides the
 * message's `help`.
 */
export interface HelpRule extends Pick<CueRule, 'pattern' | 'notAfter' | 'notBefore' | 'notInSentence' | 'onlyInSentence' | 'onlyNearby'> {
  /** Stable id, "crisis.name" or "safety.name", for tuning and tests. */
  id: string;
  /** The help it earns. */
  help: HelpNeed;
}

/** The help rules for one language, with macros of their own (the cue macros are not shared). */
export interface HelpLexicon {
  macros: Record<string, string>;
  rules: HelpRule[];
}
