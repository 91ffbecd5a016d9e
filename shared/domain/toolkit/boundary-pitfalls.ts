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
 * Data-driven: each check is a row in `PITFALL_RULES`. To add one, add a row and a case
 * to `tests/unit/domain/toolkit/boundary-pitfalls.test.ts`.
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

/** The fields of a boundary draft, as the guided builder collects them. */
export type BoundaryDraftField = 'situation' | 'feeling' | 'action' | 'reason' | 'words' | 'holdPlan';

/** A boundary as it is being written; any field may still be empty. A saved `Boundary` fits too. */
export type BoundaryDraft = Partial<Record<BoundaryDraftField, string | undefined>>;

/** One gentle hint about a draft. */
export interface Pitfall {
  kind: PitfallKind;
  /** The field the hint is about. */
  field: BoundaryDraftField;
  /** What we noticed, kindly. */
  message: string;
  /** A way to reword it. */
  suggestion: string;
  /** The words that raised the hint, as typed (absent for a missing plan). */
  match?: string;
}

/** One row of the table: where to look, what to look for, and what to say. */
interface PitfallRule {
  kind: PitfallKind;
  fields: readonly BoundaryDraftField[];
  /** Fires when the field's text matches. */
  pattern: RegExp;
  /** …unless it also matches this. */
  unless?: RegExp;
  /** …and only when this other field is filled in. */
  needs?: BoundaryDraftField;
  /** …and not when one of these kinds was already found in the same field (one hint is enough). */
  skipIf?: readonly PitfallKind[];
  /** `{match}` is replaced by the words found. */
  message: string;
  suggestion: string;
  /**
   * Where the person's own act sits, to build the suggestion from their words (see `ownWords`):
   * `after` the words found ("you must| stop drinking"), `after-not` the same but the words found
   * forbid it ("you can't| drink here"), or `whole` when the words found start with it ("Stop drinking").
   */
  reword?: 'after' | 'after-not' | 'whole';
}

const ALL_FIELDS: readonly BoundaryDraftField[] = ['situation', 'feeling', 'action', 'reason', 'words', 'holdPlan'];
/** Fields that say what the writer will do or say; the situation and feeling describe, so they are left alone. */
const SAYING: readonly BoundaryDraftField[] = ['action', 'reason', 'words', 'holdPlan'];

/** The people a boundary is usually about, for "my son must…" and "not my son". */
const REL = String.raw`(?:son|daughter|child|kid|boy|girl|partner|husband|wife|spouse|brother|sister|mum|mom|mother|dad|father|parent|friend|boyfriend|girlfriend)`;
/** Words before "you need to" that make it not a demand: "whatever you need to", "if you have to". */
const NOT_AFTER = String.raw`(?<!\b(?:what|whatever|if|whether|when|whenever|as|how|do|did|know|understand|hope|trust|believe|maybe|feel|feels)\s)`;
/** Inside an "if"/"when" clause that no comma has closed yet: "when you can't talk right now" describes, it doesn't forbid. */
const NOT_IN_CONDITION = String.raw`(?<!\b(?:if|when|whenever|while|because|since|though|although|unless)\b[^,.;:!?]*)`;
/** "…you need to." with nothing after is a relative clause ("take whatever time you need to"), not an order. */
const ENDS_CLAUSE = String.raw`(?!\s*(?:[.,!?;]|$))`;
/** A clause that starts with "if"/"when", so we can look at what comes after the comma. */
const LEAD_CLAUSE = String.raw`(?:(?:if|when|whenever|each\s+time|every\s+time|any\s?time|next\s+time|the\s+next\s+time|once)\b[^,]*,\s*)?`;
/** The writer speaking about their own action. */
const FIRST_PERSON = /\bI(?:'ll|'m|'d|\s+will|\s+won't|\s+am|\s+can|\s+plan|\s+choose|\s+want|\s+need|\s+would|\s+shall|\s+do\s+not|\s+don't)\b/i;

/** What a person "wants"/"needs" the other to do that is a kind wish, not an order: "I want you to know I love you". */
const KIND_WISH = String.raw`(?!\s+(?:know|feel|hear|understand|be\s+(?:safe|happy|well|okay|ok|healthy|proud|sure)|have\s+(?:a\s+)?(?:good|safe|happy|nice|great)))`;
/** Someone else's, for "take away your phone". */
const THEIR = String.raw`(?:your|his|her|their|my\s+${REL}'s)`;
/** Things that belong to the other person, or their private space. */
const THINGS = String.raw`(?:phones?|laptop|computer|tablet|ipad|console|x-?box|playstation|games?|tv|wi-?fi|car|car\s+keys|keys|bike|cards?|bank\s+card|credit\s+card|wallet|money|cash|pay|bottles?|drinks?|alcohol|beer|wine|drugs|stash|pills|cigarettes|vapes?|weed|things|stuff|belongings|clothes|room|bag|pockets|diary|id|licen[cs]e|passport)`;
/** What they wrote to others: "I'll read your messages in the morning" is about the ones sent to me, so only "going through" them counts. */
const THEIR_MESSAGES = String.raw`(?:messages|texts|emails?|chats|dms)`;

const DEMAND = {
  message: 'This reads like a rule for the other person. What they do is up to them, so it is hard to count on.',
  suggestion: 'Try saying what you will do instead: “If there is shouting, I will leave the room.”',
};
const THREAT = {
  message: 'This sounds like something said in anger. Threats tend to start a fight, and they are hard to carry out.',
  suggestion: 'Try a calm step you can keep: “If this happens, I will go for a walk, and we can talk tomorrow.”',
};
const ULTIMATUM = {
  message: 'This sounds like an ultimatum. Even when you mean it, it can land as a threat, and it puts your plans in their hands.',
  suggestion: 'Try saying the step you will take: “If there is drinking at home, I will stay with a friend for a few days.” If you are not safe at home, your safety comes first.',
};
const CONTROL = {
  message: 'This is about their things or their choices. Taking charge of those often starts a fight, and it is hard to keep up.',
  suggestion: 'Try a step about what is yours to decide: “I will keep my car keys with me,” or “I won’t pay for extras right now.”',
};
const TOO_BIG = {
  message: 'This is a big, lasting step. A boundary works best when you can keep it every time, even on a hard day.',
  suggestion: 'Try something smaller you can keep every time, such as “For now, I won’t lend money.”',
};

/** The table of checks, in order: earlier rows win when `skipIf` says one hint is enough. */
export const PITFALL_RULES: readonly PitfallRule[] = [
  // (a) Demands on the other person.
  {
    kind: 'demand',
    fields: SAYING,
    pattern: new RegExp(String.raw`${NOT_AFTER}\byou\s+(?:must|need\s+to|have\s+to|have\s+got\s+to|had\s+better|'d\s+better|better)\b${ENDS_CLAUSE}`, 'i'),
    reword: 'after',
    ...DEMAND,
  },
  {
    kind: 'demand',
    fields: SAYING,
    pattern: new RegExp(String.raw`${NOT_AFTER}${NOT_IN_CONDITION}\byou\s+(?:can't|cannot|can\s+not|mustn't|shouldn't|should\s+not|ought\s+not\s+to)\b${ENDS_CLAUSE}`, 'i'),
    reword: 'after-not',
    ...DEMAND,
  },
  {
    kind: 'demand',
    fields: ['action', 'words', 'holdPlan'],
    pattern: new RegExp(String.raw`${NOT_AFTER}${NOT_IN_CONDITION}\b(?:you|he|she|they|my\s+${REL})\s+(?:should|ought\s+to)\b${KIND_WISH}${ENDS_CLAUSE}`, 'i'),
    reword: 'after',
    ...DEMAND,
  },
  {
    // Not in the reason: "because I want you to get well" is a hope, not an order.
    kind: 'demand',
    fields: ['action', 'words', 'holdPlan'],
    pattern: new RegExp(
      String.raw`\bI(?:\s+(?:really\s+|just\s+)?(?:want|need|expect|require)|'d\s+like|\s+would\s+like)\s+(?:you|him|her|them|my\s+${REL})\s+to\b${KIND_WISH}|\bI\s+(?:demand|insist)\s+(?:that\s+)?you\b`,
      'i',
    ),
    reword: 'after',
    ...DEMAND,
  },
  {
    kind: 'demand',
    fields: SAYING,
    pattern: new RegExp(String.raw`${NOT_AFTER}\b(?:he|she|they|my\s+${REL})\s+(?:must|needs?\s+to|has\s+to|have\s+to|had\s+better|will\s+have\s+to)\b${ENDS_CLAUSE}`, 'i'),
    ...DEMAND,
  },
  {
    kind: 'demand',
    fields: SAYING,
    pattern: new RegExp(
      String.raw`${NOT_AFTER}\b(?:you|he|she|they)(?:'ll|\s+will)\s+(?:not\s+|never\s+)?(?:stop|quit|start|go\s+to|get\s+(?:a|help|sober|treatment|out)|move|pay|leave|listen|respect|take|call|see\s+a|come\s+home|find|obey|follow|do\s+(?:as|what)|drink|use|smoke|bring|yell|shout)\b`,
      'i',
    ),
    ...DEMAND,
  },
  {
    kind: 'demand',
    fields: SAYING,
    pattern: new RegExp(
      String.raw`\b(?:make|get|force)\s+(?:him|her|them|you|my\s+${REL})\s+(?:to\s+)?(?:stop|quit|go|get|see|take|do|understand|listen|change|leave|move|pay|admit|promise|come|call|realise|realize|accept|agree)\b`,
      'i',
    ),
    ...DEMAND,
  },
  {
    kind: 'demand',
    fields: SAYING,
    pattern: /\bmake\s+sure\s+(?:you|he|she|they)\s+(?:don't|do\s+not|never|stop|quit|can't|cannot|won't|go|get|take|see|are|is|do)\b/i,
    ...DEMAND,
  },
  {
    kind: 'demand',
    fields: SAYING,
    pattern: /\b(?:(?:you're|you\s+are|is|are)\s+not\s+allowed\s+to|you\s+are\s+not\s+to|I\s+forbid|I\s+(?:won't|will\s+not)\s+allow\s+you)\b/i,
    reword: 'after-not',
    ...DEMAND,
  },
  {
    kind: 'demand',
    fields: ['words'],
    pattern: /^(?:please\s+)?(?:stop|quit)\s+\w+ing\b/i,
    reword: 'whole',
    ...DEMAND,
  },
  {
    // An order at the start of a sentence: "Don't ever speak to me like that again." Only in
    // the words: in the action, a leading "don't" is already a hint about whose action it is.
    kind: 'demand',
    fields: ['words'],
    pattern:
      /(?:^|(?<=[.!?]\s))(?:please\s+)?(?:don't|do\s+not)(?:\s+you)?(?:\s+ever)?\b(?!\s+(?:worry|forget|be\s+(?:afraid|scared|sorry|hard\s+on)|give\s+up|hesitate|feel|think|doubt|blame|let\s+(?:this|it|that)|get\s+me\s+wrong|take\s+this|dare|you\s+dare|know|have\s+to|need\s+to|want\s+to)\b)(?=\s+\w)/i,
    reword: 'after-not',
    ...DEMAND,
  },

  // (b) Threats said in anger.
  {
    kind: 'threat',
    fields: SAYING,
    pattern: new RegExp(
      [
        String.raw`\bor\s+else\b`,
        String.raw`\byou(?:'ll|\s+will)\s+(?:be\s+sorry|regret\s+(?:it|this|that)|pay\s+for\s+(?:it|this|that))\b`,
        String.raw`\byou(?:'ll|\s+will)\s+(?:see|pay)\s*(?:[.!]|$)`,
        String.raw`\bmake\s+you\s+pay\b`,
        String.raw`\b(?:never|not)\s+(?:speak|talk)(?:ing)?\s+to\s+you\s+again\b`,
        String.raw`\b(?:kick|throw)(?:ing)?\s+(?:you|him|her|them)\s+out\b`,
        String.raw`\b(?:last|final)\s+(?:chance|warning)\b`,
        String.raw`\bI(?:'m|\s+am)\s+warning\s+you\b`,
        String.raw`\bdon't\s+test\s+me\b`,
        String.raw`\bdon't\s+you\s+dare\b`,
        String.raw`\bsee\s+what\s+happens\b`,
        String.raw`\bdead\s+to\s+me\b`,
        String.raw`\bone\s+more\s+time\s+and\b`,
        String.raw`\b(?:you're|you\s+are|he's|he\s+is|she's|she\s+is|they're|they\s+are)\s+out(?:\s+of\s+(?:here|this\s+house|my\s+house))?\s*(?:[.!]|$)`,
      ].join('|'),
      'i',
    ),
    ...THREAT,
  },
  {
    // "Change, or I go": the step is fine to take, but as a bargain it lands as a threat.
    // "If you keep shouting, I will leave the room" is a boundary, so only steps that end
    // or punish the relationship count here.
    kind: 'threat',
    fields: SAYING,
    pattern: new RegExp(
      String.raw`\b(?:if\s+you\s+(?:don't|do\s+not|won't|will\s+not|can't|cannot|refuse\s+to|keep|ever)|unless\s+you)\b[^.?!]*?\bI(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to)\s+(?:(?:leave|divorce|dump)\s+you\b(?!\s+(?:alone|to|be|a|an|some|space|in\s+peace|with|at)\b)|walk\s+out\s+on\s+you|end\s+(?:this|us|it|our|the\s+relationship|things)\b|take\s+(?:the\s+kids|the\s+children|away)\b|cut\s+you\s+off\b|stop\s+(?:loving|seeing|helping)\s+you\b|throw\s+you\s+out|kick\s+you\s+out)`,
      'i',
    ),
    ...ULTIMATUM,
  },

  // (b2) Taking charge of the other person's things or choices.
  {
    kind: 'control',
    fields: ['action', 'words', 'holdPlan'],
    pattern: new RegExp(
      [
        String.raw`\btak(?:e|ing)\s+(?:away\s+)?${THEIR}\s+(?:\w+\s+)?${THINGS}\b`,
        String.raw`\btak(?:e|ing)\s+away\s+${THEIR}\b`,
        String.raw`\btak(?:e|ing)\s+${THEIR}\s+\w+(?:\s+\w+)?\s+away\b`,
        String.raw`\b(?:confiscat(?:e|ing)|hid(?:e|ing)|lock(?:ing)?\s+(?:up|away)|throw(?:ing)?\s+(?:away|out)|pour(?:ing)?\s+(?:away|out)|sell(?:ing)?|smash(?:ing)?|destroy(?:ing)?|search(?:ing)?|go(?:ing)?\s+through|read(?:ing)?|check(?:ing)?|look(?:ing)?\s+through|cut(?:ting)?\s+up|cancel(?:l?ing)?|switch(?:ing)?\s+off|turn(?:ing)?\s+off)\s+${THEIR}\s+(?:\w+\s+)?${THINGS}\b`,
        String.raw`\b(?:search(?:ing)?|go(?:ing)?\s+through|look(?:ing)?\s+through|snoop(?:ing)?\s+(?:in|through))\s+${THEIR}\s+(?:\w+\s+)?${THEIR_MESSAGES}\b`,
        String.raw`\b(?:track|monitor|spy\s+on)\s+(?:you|him|her|them|${THEIR}\s+(?:\w+\s+)?${THINGS})\b`,
        String.raw`(?<!\b(?:won't|not|never|can't|cannot)\s)\b(?:stop|keep|prevent)\s+(?:you|him|her|them|my\s+${REL})\s+from\b`,
        String.raw`\b(?:decide|choose|pick)\s+(?:who|what|where|when|how)\s+(?:you|he|she|they|my\s+${REL})\s+(?:can|may|will|get\s+to|should|see|go|do|spend)\b`,
        String.raw`\b(?:choose|pick)\s+${THEIR}\s+friends\b`,
      ].join('|'),
      'i',
    ),
    skipIf: ['threat'],
    ...CONTROL,
  },

  // (c) Steps too big or too permanent to keep every time.
  {
    kind: 'unkeepable',
    fields: ['action', 'words', 'holdPlan'],
    pattern: new RegExp(
      [
        String.raw`\bnever\b[^.?!]{0,40}\bagain\b`,
        String.raw`(?<!\blove\b[^.?!]{0,20})\bforever\b`,
        String.raw`\bdisown`,
        String.raw`\bcut\s+(?:you|him|her|them)\s+(?:off|out)\s+(?:completely|for\s+good|forever|entirely|of\s+my\s+life)`,
        String.raw`\bfor\s+good\b(?=\s*(?:[.,!?;]|$))`,
        String.raw`\bpermanently\b`,
        String.raw`\b(?:no\s+longer|not)\s+(?:my|our)\s+${REL}\b`,
        String.raw`\bnever\s+(?:set\s+foot|come\s+back|see\s+(?:you|him|her|them))\b`,
      ].join('|'),
      'i',
    ),
    skipIf: ['threat'],
    ...TOO_BIG,
  },
  {
    kind: 'unkeepable',
    fields: ['holdPlan'],
    needs: 'action',
    pattern: /^(?:\?*|i\s+(?:don't|do\s+not)\s+know|idk|(?:i'm\s+)?not\s+sure|no\s+idea|dunno|no\s+plan|nothing|none|n\/?a|unsure|[.\-–—]*)[\s.!?]*$/i,
    message: 'You haven’t planned yet what you’ll do if this is tested. That’s okay: most boundaries are tested at least once.',
    suggestion: 'Write one small step you can take every time, such as “I will say my answer once, calmly, and leave the room if it gets loud.”',
  },

  // (d) The "I will" part is about someone else.
  {
    kind: 'not-my-action',
    fields: ['action'],
    pattern: new RegExp(
      String.raw`^${LEAD_CLAUSE}(?:you|you're|your|he|he's|she|she's|they|they're|his|her|their|my\s+${REL}|no\s+(?:more|drugs|alcohol|\w+ing)|there\s+(?:will\s+be|is)\s+no|nobody|no\s+one|don't|do\s+not)\b`,
      'i',
    ),
    unless: FIRST_PERSON,
    skipIf: ['demand', 'threat', 'control'],
    message: 'This part is about what someone else will do. A boundary is about your own actions, the part you can count on.',
    suggestion: 'Start with what you will do: “I will go to my sister’s for the night.”',
  },

  // (e) Labels and shaming words. Not in `feeling`: "I feel useless" is the writer's own
  // hurt, and deserves kindness rather than a correction.
  {
    kind: 'label',
    fields: ALL_FIELDS.filter((f) => f !== 'feeling'),
    pattern: new RegExp(
      [
        String.raw`\b(?:addicts?|junkies|junky|junkie|crackheads?|druggies|druggy|druggie|drunkards?|lunatics?|nutcase|losers?|liars?|deadbeats?|drug\s+users?|abusers?)\b`,
        String.raw`\b(?:a|such\s+a|you|being\s+a)\s+drunk\b(?![-\s]+(?:driv|text|dial|call))`,
        String.raw`\b(?:an|you|such\s+an|being\s+an)\s+alcoholic\b(?!\s+drinks?)`,
        String.raw`(?<!\b(?:me|going|go|feel|feels|feeling|felt|I'm|am|myself)\s)\b(?:crazy|insane|psycho|useless|worthless|stupid|pathetic)\b`,
        String.raw`\b(?:lazy|selfish|disgusting|a\s+disgrace|manipulative|spineless)\b`,
      ].join('|'),
      'i',
    ),
    message: 'Words like “{match}” can sting, and they make it harder to be heard.',
    suggestion: 'Describe what happened, not the person: “when you come home after drinking” rather than a label.',
  },
];

/** Where the person's own act ends: punctuation, or a word that starts a new part ("…drinking or else"). */
const CLAUSE_END = /[.,;:!?()"“”]|\s(?:and|but|or|so|because|cause|then|unless|until|otherwise|while|if|when|before|after)\b/i;
/** Words at the end of an order that don't belong in "If you …" ("…again", "…right now"). */
const TAIL = /(?:\s+(?:again|anymore|any\s+more|ever|now|right\s+now|immediately|today|tonight|please|at\s+all|any\s+longer))+$/i;
/** Getting help is theirs to choose: a hope and an offer work better than "If you …". */
const HELP = /^(?:go\s+and\s+)?(?:get|go\s+to|see|find|start|call|try|talk\s+to)\s+(?:some\s+)?(?:help|treatment|rehab|detox|therapy|counsel+ing|a\s+doctor|a\s+gp|a\s+counsel+or|a\s+therapist|someone|support|aa|na|a\s+meeting|meetings)\b/i;
const HELP_SUGGESTION = 'Try sharing your hope and an offer: “I hope you’ll talk to someone. I can help you find a doctor, if you want.”';
/** Longer than this, the sentence would read oddly, so the general suggestion is kinder. */
const MAX_OWN_WORDS = 6;

/**
 * A suggestion built from the person's own words, when it is simple to do well:
 * "You must stop drinking" → “If you’ve been drinking, I will …”; "You can't drink in this
 * house" → “If you drink in this house, I will …”. Only for orders to "you" (the words are
 * said to the person); anything long, odd or hurtful falls back to the rule's own suggestion.
 */
function ownWords(reword: NonNullable<PitfallRule['reword']>, found: string, after: string): string | undefined {
  if (reword !== 'whole' && !/\byou\b|^(?:please\s+)?(?:don't|do\s+not)\b/i.test(found)) return undefined;
  let act = (reword === 'whole' ? found.replace(/^please\s+/i, '') + after : after).trim();
  act = act.split(CLAUSE_END)[0]!.trim().replace(TAIL, '').replace(/^(?:to|ever|just)\s+/i, '').trim();
  let negative = reword === 'after-not';
  const not = /^(?:not|never)\s+/i.exec(act);
  if (not) {
    negative = true;
    act = act.slice(not[0].length).replace(/^ever\s+/i, '');
  }
  if (!negative && HELP.test(act)) return HELP_SUGGESTION;
  const words = act.split(' ');
  if (!act || words.length > MAX_OWN_WORDS || !words.every((w) => /^[\p{L}']+$/u.test(w))) return undefined;
  if (PITFALL_RULES.some((r) => r.kind === 'label' && r.pattern.test(act))) return undefined;
  const stop = /^(?:stop|quit)\s+(\w+ing\b.*)$/i.exec(act);
  let sentence: string;
  if (stop && !negative) sentence = `If you’ve been ${stop[1]}`;
  else if (negative && !/^(?:stop|quit|be|being)\b/i.test(act)) sentence = `If you ${act}`;
  else return undefined;
  return `Try saying what you will do if it happens: “${sentence.replace(/'/g, '’')}, I will …”`;
}

/** Curly quotes and runs of spaces as a phone keyboard types them, made plain for matching. */
function plain(text: string): string {
  return text.replace(/[’‘ʼ`]/g, "'").replace(/\s+/g, ' ').trim();
}

/**
 * Gentle hints about a boundary draft: at most one per kind and field, in table order.
 * A good boundary ("If you come home after drinking, I will go to my sister’s for the
 * night") gets none.
 */
export function checkBoundary(draft: BoundaryDraft): Pitfall[] {
  const found: Pitfall[] = [];
  const has = (kind: PitfallKind, field: BoundaryDraftField) => found.some((p) => p.kind === kind && p.field === field);
  for (const rule of PITFALL_RULES) {
    if (rule.needs && !plain(draft[rule.needs] ?? '')) continue;
    for (const field of rule.fields) {
      if (has(rule.kind, field) || rule.skipIf?.some((k) => has(k, field))) continue;
      const text = plain(draft[field] ?? '');
      const m = rule.pattern.exec(text);
      if (!m || rule.unless?.test(text)) continue;
      const match = m[0].trim();
      const own = rule.reword && ownWords(rule.reword, match, text.slice(m.index + m[0].length));
      const pitfall: Pitfall = {
        kind: rule.kind,
        field,
        message: rule.message.replace('{match}', match),
        suggestion: own || rule.suggestion,
      };
      if (match) pitfall.match = match;
      found.push(pitfall);
    }
  }
  return found;
}
