/**
 * English checks on a boundary draft: the words and patterns that spot a demand, a threat,
 * taking charge of their things, a step too big to keep, or a label. Patterns only; the
 * wording of each hint is in `pitfall-words-en.ts`, and `checkBoundary` in
 * shared/domain/toolkit/boundary-pitfalls.ts applies the table. To add a check, add a row
 * here and a case to tests/unit/domain/toolkit/boundary-pitfalls.test.ts.
 */
import type { BoundaryDraftField, PitfallRule, PitfallRuleSet } from '../../domain/toolkit/pitfall-rules.ts';

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


/** The table of checks, in order: earlier rows win when `skipIf` says one hint is enough. */
const RULES: readonly PitfallRule[] = [
  // (a) Demands on the other person.
  {
    kind: 'demand',
    fields: SAYING,
    pattern: new RegExp(String.raw`${NOT_AFTER}\byou\s+(?:must|need\s+to|have\s+to|have\s+got\s+to|had\s+better|'d\s+better|better)\b${ENDS_CLAUSE}`, 'i'),
    reword: 'after',
    hint: 'demand',
  },
  {
    kind: 'demand',
    fields: SAYING,
    pattern: new RegExp(String.raw`${NOT_AFTER}${NOT_IN_CONDITION}\byou\s+(?:can't|cannot|can\s+not|mustn't|shouldn't|should\s+not|ought\s+not\s+to)\b${ENDS_CLAUSE}`, 'i'),
    reword: 'after-not',
    hint: 'demand',
  },
  {
    kind: 'demand',
    fields: ['action', 'words', 'holdPlan'],
    pattern: new RegExp(String.raw`${NOT_AFTER}${NOT_IN_CONDITION}\b(?:you|he|she|they|my\s+${REL})\s+(?:should|ought\s+to)\b${KIND_WISH}${ENDS_CLAUSE}`, 'i'),
    reword: 'after',
    hint: 'demand',
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
    hint: 'demand',
  },
  {
    kind: 'demand',
    fields: SAYING,
    pattern: new RegExp(String.raw`${NOT_AFTER}\b(?:he|she|they|my\s+${REL})\s+(?:must|needs?\s+to|has\s+to|have\s+to|had\s+better|will\s+have\s+to)\b${ENDS_CLAUSE}`, 'i'),
    hint: 'demand',
  },
  {
    kind: 'demand',
    fields: SAYING,
    pattern: new RegExp(
      String.raw`${NOT_AFTER}\b(?:you|he|she|they)(?:'ll|\s+will)\s+(?:not\s+|never\s+)?(?:stop|quit|start|go\s+to|get\s+(?:a|help|sober|treatment|out)|move|pay|leave|listen|respect|take|call|see\s+a|come\s+home|find|obey|follow|do\s+(?:as|what)|drink|use|smoke|bring|yell|shout)\b`,
      'i',
    ),
    hint: 'demand',
  },
  {
    kind: 'demand',
    fields: SAYING,
    pattern: new RegExp(
      String.raw`\b(?:make|get|force)\s+(?:him|her|them|you|my\s+${REL})\s+(?:to\s+)?(?:stop|quit|go|get|see|take|do|understand|listen|change|leave|move|pay|admit|promise|come|call|realise|realize|accept|agree)\b`,
      'i',
    ),
    hint: 'demand',
  },
  {
    kind: 'demand',
    fields: SAYING,
    pattern: /\bmake\s+sure\s+(?:you|he|she|they)\s+(?:don't|do\s+not|never|stop|quit|can't|cannot|won't|go|get|take|see|are|is|do)\b/i,
    hint: 'demand',
  },
  {
    kind: 'demand',
    fields: SAYING,
    pattern: /\b(?:(?:you're|you\s+are|is|are)\s+not\s+allowed\s+to|you\s+are\s+not\s+to|I\s+forbid|I\s+(?:won't|will\s+not)\s+allow\s+you)\b/i,
    reword: 'after-not',
    hint: 'demand',
  },
  {
    kind: 'demand',
    fields: ['words'],
    pattern: /^(?:please\s+)?(?:stop|quit)\s+\w+ing\b/i,
    reword: 'whole',
    hint: 'demand',
  },
  {
    // An order at the start of a sentence: "Don't ever speak to me like that again." Only in
    // the words: in the action, a leading "don't" is already a hint about whose action it is.
    kind: 'demand',
    fields: ['words'],
    pattern:
      /(?:^|(?<=[.!?]\s))(?:please\s+)?(?:don't|do\s+not)(?:\s+you)?(?:\s+ever)?\b(?!\s+(?:worry|forget|be\s+(?:afraid|scared|sorry|hard\s+on)|give\s+up|hesitate|feel|think|doubt|blame|let\s+(?:this|it|that)|get\s+me\s+wrong|take\s+this|dare|you\s+dare|know|have\s+to|need\s+to|want\s+to)\b)(?=\s+\w)/i,
    reword: 'after-not',
    hint: 'demand',
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
    hint: 'threat',
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
    hint: 'ultimatum',
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
    hint: 'control',
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
    hint: 'too-big',
  },
  {
    kind: 'unkeepable',
    fields: ['holdPlan'],
    needs: 'action',
    pattern: /^(?:\?*|i\s+(?:don't|do\s+not)\s+know|idk|(?:i'm\s+)?not\s+sure|no\s+idea|dunno|no\s+plan|nothing|none|n\/?a|unsure|[.\-–—]*)[\s.!?]*$/i,
    hint: 'no-hold-plan',
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
    hint: 'not-my-action',
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
    hint: 'label',
  },
];

/** English checks on a boundary draft, and the patterns that turn an order round into "If you …, I will …". */
export const PITFALL_RULES_EN: PitfallRuleSet = {
  rules: RULES,
  ownWords: {
    // Only orders to "you" are turned round: the words are said to the person.
    addressed: /\byou\b|^(?:please\s+)?(?:don't|do\s+not)\b/i,
    polite: /^please\s+/i,
    clauseEnd: /[.,;:!?()"“”]|\s(?:and|but|or|so|because|cause|then|unless|until|otherwise|while|if|when|before|after)\b/i,
    tail: /(?:\s+(?:again|anymore|any\s+more|ever|now|right\s+now|immediately|today|tonight|please|at\s+all|any\s+longer))+$/i,
    lead: /^(?:to|ever|just)\s+/i,
    negation: /^(?:not|never)\s+(?:ever\s+)?/i,
    help: /^(?:go\s+and\s+)?(?:get|go\s+to|see|find|start|call|try|talk\s+to)\s+(?:some\s+)?(?:help|treatment|rehab|detox|therapy|counsel+ing|a\s+doctor|a\s+gp|a\s+counsel+or|a\s+therapist|someone|support|aa|na|a\s+meeting|meetings)\b/i,
    stopDoing: /^(?:stop|quit)\s+(\w+ing\b.*)$/i,
    oddAfterIf: /^(?:stop|quit|be|being)\b/i,
    maxWords: 6,
  },
};
