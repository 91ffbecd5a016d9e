/**
 * The shape of one language's boundary checks, and of their wording. The checks are
 * patterns in a language, so they live in `shared/content/toolkit/` (`pitfall-rules-en.ts`);
 * the domain only applies whichever rule set it is given. A hint comes back as keys and the
 * person's own words, and the UI words it from a `PitfallWords` table in the reader's
 * language. To add a language, add `pitfall-rules-xx.ts` and `pitfall-words-xx.ts` beside
 * the English ones.
 */

/** What kind of slip a hint is about. */
export type PitfallKind =
  /** Asks the other person to change ("you must stop…"). */
  | 'demand'
  /** Said as a threat in anger ("or else", "last chance"), or an ultimatum ("if you don't stop, I'll leave you"). */
  | 'threat'
  /** Takes charge of the other person's things or choices ("I will take away your phone"). */
  | 'control'
  /** Too big or too permanent to keep every time, or no plan for holding it. */
  | 'unkeepable'
  /** The "I will" part is about someone else's action. */
  | 'not-my-action'
  /** A label or shaming word ("lazy", "junkie"). */
  | 'label';

/** Which wording a hint gets: rules of one kind can say different things (an ultimatum is a threat). */
export type PitfallHint = 'demand' | 'threat' | 'ultimatum' | 'control' | 'too-big' | 'no-hold-plan' | 'not-my-action' | 'label';

/** The fields of a boundary draft, as the guided builder collects them. */
export type BoundaryDraftField = 'situation' | 'feeling' | 'action' | 'reason' | 'words' | 'holdPlan';

/** A kinder wording built from the person's own words (`act`, as they typed it). */
export type PitfallReword =
  /** Getting help is theirs to choose: a hope and an offer. */
  | { kind: 'hope-and-offer' }
  /** "You must stop drinking" → "If you've been drinking, I will …". */
  | { kind: 'if-been'; act: string }
  /** "You can't drink in this house" → "If you drink in this house, I will …". */
  | { kind: 'if-you'; act: string };

/** One gentle hint about a draft, as keys and the words that raised it. */
export interface Pitfall {
  kind: PitfallKind;
  /** The field the hint is about. */
  field: BoundaryDraftField;
  /** Which wording to show. */
  hint: PitfallHint;
  /** A rewording from their own words, when it is simple to do well; else the hint's own suggestion. */
  reword?: PitfallReword;
  /** The words that raised the hint, as typed (absent for a missing plan). */
  match?: string;
}

/** One row of a rule table: where to look, what to look for, and which wording to give. */
export interface PitfallRule {
  kind: PitfallKind;
  hint: PitfallHint;
  fields: readonly BoundaryDraftField[];
  /** Fires when the field's text matches. */
  pattern: RegExp;
  /** …unless it also matches this. */
  unless?: RegExp;
  /** …and only when this other field is filled in. */
  needs?: BoundaryDraftField;
  /** …and not when one of these kinds was already found in the same field (one hint is enough). */
  skipIf?: readonly PitfallKind[];
  /**
   * Where the person's own act sits, to build the suggestion from their words:
   * `after` the words found ("you must| stop drinking"), `after-not` the same but the words found
   * forbid it ("you can't| drink here"), or `whole` when the words found start with it ("Stop drinking").
   */
  reword?: 'after' | 'after-not' | 'whole';
}

/** The patterns that cut the person's own act out of an order, for a `PitfallReword`. */
export interface OwnWordsRules {
  /** The words found are said to the person; only then are their words turned round. */
  addressed: RegExp;
  /** A polite start to drop from a `whole` order ("please"). */
  polite: RegExp;
  /** Where the act ends: punctuation, or a word that starts a new part ("…drinking or else"). */
  clauseEnd: RegExp;
  /** Words at the end of an order that don't belong in "If you …" ("…again"). */
  tail: RegExp;
  /** Filler at the start of the act ("to", "just"). */
  lead: RegExp;
  /** A start that turns the act round ("not", "never"), with what may follow it. */
  negation: RegExp;
  /** Getting help, which is theirs to choose (`hope-and-offer`). */
  help: RegExp;
  /** "stop drinking": group 1 is what they have been doing (`if-been`). */
  stopDoing: RegExp;
  /** A forbidden act that would read oddly after "If you" ("stop", "be"). */
  oddAfterIf: RegExp;
  /** Longer than this many words, the sentence would read oddly. */
  maxWords: number;
}

/** One language's checks: the table, in order (earlier rows win when `skipIf` says one hint is enough), and the rewording patterns. */
export interface PitfallRuleSet {
  rules: readonly PitfallRule[];
  ownWords: OwnWordsRules;
}

/** One language's words for the hints. */
export interface PitfallWords {
  /** Per hint: what we noticed (`{match}` is the words found) and a way to reword it. */
  hints: Readonly<Record<PitfallHint, { message: string; suggestion: string }>>;
  /** Suggestions built from the person's words; `{act}` is their words. */
  rewords: Readonly<Record<PitfallReword['kind'], string>>;
}

/** A hint in words: the keys looked up in `words`, the person's words filled in with curly apostrophes. */
export function pitfallWording(pitfall: Pitfall, words: PitfallWords): { message: string; suggestion: string } {
  const { message, suggestion } = words.hints[pitfall.hint];
  const reword = pitfall.reword;
  return {
    message: message.replace('{match}', pitfall.match ?? ''),
    suggestion: reword ? words.rewords[reword.kind].replace('{act}', 'act' in reword ? reword.act.replace(/'/g, '’') : '') : suggestion,
  };
}
