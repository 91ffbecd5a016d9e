/**
 * Gentle checks on a boundary draft, for the guided builder.
 *
 * A boundary works best when it is about what *I* will do, said calmly, and small enough
 * to keep every time. These checks spot the common slips (a demand on the other person,
 * a threat said in anger, a step too big to keep, a label) and offer a kinder wording.
 * They are hints, never blocks: the person can save any boundary they choose.
 *
 * Data-driven: each check is a row in `PITFALL_RULES`. To add one, add a row and a case
 * to `tests/unit/domain/boundary-pitfalls.test.ts`.
 */

/** What kind of slip a hint is about. */
export type PitfallKind =
  /** Asks the other person to change ("you must stop…"). */
  | 'demand'
  /** Said as a threat in anger ("or else", "last chance"). */
  | 'threat'
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
}

const ALL_FIELDS: readonly BoundaryDraftField[] = ['situation', 'feeling', 'action', 'reason', 'words', 'holdPlan'];
/** Fields that say what the writer will do or say; the situation and feeling describe, so they are left alone. */
const SAYING: readonly BoundaryDraftField[] = ['action', 'reason', 'words', 'holdPlan'];

/** The people a boundary is usually about, for "my son must…" and "not my son". */
const REL = String.raw`(?:son|daughter|child|kid|boy|girl|partner|husband|wife|spouse|brother|sister|mum|mom|mother|dad|father|parent|friend|boyfriend|girlfriend)`;
/** Words before "you need to" that make it not a demand: "whatever you need to", "if you have to". */
const NOT_AFTER = String.raw`(?<!\b(?:what|whatever|if|whether|when|whenever|as|how|do|did|know|understand|hope|trust|believe|maybe|feel|feels)\s)`;
/** "…you need to." with nothing after is a relative clause ("take whatever time you need to"), not an order. */
const ENDS_CLAUSE = String.raw`(?!\s*(?:[.,!?;]|$))`;
/** A clause that starts with "if"/"when", so we can look at what comes after the comma. */
const LEAD_CLAUSE = String.raw`(?:(?:if|when|whenever|each\s+time|every\s+time|any\s?time|next\s+time|the\s+next\s+time|once)\b[^,]*,\s*)?`;
/** The writer speaking about their own action. */
const FIRST_PERSON = /\bI(?:'ll|'m|'d|\s+will|\s+won't|\s+am|\s+can|\s+plan|\s+choose|\s+want|\s+need|\s+would|\s+shall|\s+do\s+not|\s+don't)\b/i;

const DEMAND = {
  message: 'This reads like a rule for the other person. What they do is up to them, so it is hard to count on.',
  suggestion: 'Try saying what you will do instead: “If there is shouting, I will leave the room.”',
};
const THREAT = {
  message: 'This sounds like something said in anger. Threats tend to start a fight, and they are hard to carry out.',
  suggestion: 'Try a calm step you can keep: “If this happens, I will go for a walk, and we can talk tomorrow.”',
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
    ...DEMAND,
  },
  {
    kind: 'demand',
    fields: ['words'],
    pattern: /^(?:please\s+)?(?:stop|quit)\s+\w+ing\b/i,
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
        String.raw`\bsee\s+what\s+happens\b`,
        String.raw`\bdead\s+to\s+me\b`,
        String.raw`\bone\s+more\s+time\s+and\b`,
        String.raw`\b(?:you're|you\s+are|he's|he\s+is|she's|she\s+is|they're|they\s+are)\s+out(?:\s+of\s+(?:here|this\s+house|my\s+house))?\s*(?:[.!]|$)`,
      ].join('|'),
      'i',
    ),
    ...THREAT,
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
    skipIf: ['demand', 'threat'],
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
      const pitfall: Pitfall = {
        kind: rule.kind,
        field,
        message: rule.message.replace('{match}', match),
        suggestion: rule.suggestion,
      };
      if (match) pitfall.match = match;
      found.push(pitfall);
    }
  }
  return found;
}
