import { helpLexiconEn } from './help-lexicon-en.ts';
import type { CueLexicon, CueRule } from './lexicon-types.ts';

/*
 * English cue lexicon. Data only; the matching rules are in shared/domain/nudge/cue-detector.ts.
 * Weights: 1 nudges on its own at standard sensitivity, 1.5 at gentle (see lexicon-types.ts).
 * Tuned against tests/fixtures/messages/labelled-messages.json and dev-messages.json; run
 * `npx tsx scripts/bench-detector.ts` after a change to see precision and recall on those and
 * on held-out-messages.json, which is never tuned on (don't add rules for its misses).
 *
 * Be honest about what a phrase list can do. Fresh messages written after tuning have
 * scored recall about 0.3 again and again (Nov 2025; and in Nov 2026 a new batch of 40 hard
 * messages scored 0.30 after three rounds of tuning), with precision near 1. The held-out
 * set went from 0.27 to 0.60 over those rounds, but its author also wrote the rules, so
 * expect less on other people's words. It catches the phrasings it knows. When you meet a
 * new one, add the family of phrasings it belongs to (not the exact sentence), add the
 * message to the dev set, and check the bench.
 */

/** Regex fragments shared by the patterns below, used as `{name}`. */
const macros: Record<string, string> = {
  you: "(?:you|u)",
  youre: "(?:you're|youre|you are|u r|u're|ur)",
  your: '(?:your|ur|yr)',
  im: "(?:i'm|im|i am)",
  // Ways of saying "I will"; "I'm" covers "I'm calling the police".
  iWill: "(?:i'll|i will|i'm going to|im going to|i am going to|i'm gonna|im gonna|i shall|i'll be|i will be|i'm|im|i am)",
  cant: "(?:can't|cant|cannot|can not)",
  dont: "(?:don't|dont|do not)",
  // A negation a few words before, in the same clause: "it's not your fault", "I don't think you're…".
  // "Don't you think…" is a charge dressed as a question, so it doesn't count.
  negated:
    "(?:(?<!\\p{L})(?:not|never|none|nobody|no one|no-one|no)(?!\\p{L})|\\p{L}n't(?!\\p{L})(?!\\s+(?:you|u)\\s+(?:think|reckon|agree|see|know))|(?<!\\p{L})(?:dont|doesnt|didnt|isnt|wasnt|arent|werent|wont|cant|couldnt|wouldnt|shouldnt|hasnt|havent|aint)(?!\\p{L}))(?:\\s+[\\p{L}']+){0,3}\\s*$",
  family:
    '(?:mum|mom|mam|mother|dad|father|son|daughter|brother|sister|wife|husband|partner|boyfriend|girlfriend|ex|ex-wife|ex-husband|fianc[eé]e?|friend|kid|child|uncle|aunt|auntie|cousin|nephew|niece|grandson|granddaughter|stepson|stepdaughter|stepdad|stepmum|stepmom)s?',
  // Words that may sit between "you're" and a label: "you're just a…", "such a total…".
  // Repeat it as `(?:{fill} ){0,4}`, never {0,2} or {0,3}: V8 copies a group out once per
  // repeat up to three, which made the label rules cost 70-130 ms each to compile on the
  // first read after the background starts; from four it loops (about 5 ms).
  fill: '(?:so|such|all|just|really|a|an|total|complete|completely|totally|absolute|absolutely|utter|utterly|fucking|fuckin|bloody|effing|being|acting|like|nothing but|a bit|a little|literally|clearly|obviously|pathetic|useless|hopeless|stupid|raging|drunken|lying|worthless|selfish|lazy|dirty|little|old|sad|sorry)',
  labelNoun:
    '(?:addicts?|junkies?|junky|crackheads?|druggies?|druggy|smackheads?|cokeheads?|potheads?|stoners?|alkies?|alky|lush|psychos?|psychopaths?|sociopaths?|schizos?|nutcases?|nutjobs?|nutters?|lunatics?|maniacs?|losers?|failures?|liars?|thief|thieves|waste of (?:space|oxygen|time)|disgrace|disappointment|embarrassment|monsters?|idiots?|(?:bad|terrible|awful|useless|shit|crap|rubbish|horrible|lousy|pathetic|(?:sorry|poor) excuse for an?) (?:person|mother|father|mum|mom|dad|son|daughter|parent|brother|sister|husband|wife|partner|friend|human being)|piece of (?:shit|crap|work)|deadbeats?|freaks?|basket case|head ?case|mental case|drama queen|leech|parasite|scrounger)',
  // Nouns that are only labels with an article: "a drunk", but "he's drunk" is a state.
  labelNounA: '(?:drunk|alcoholic|mess|wreck|failure|joke)',
  // What follows "you're" or "he's" when it is a label.
  labelTail:
    '(?:(?:{fill} ){0,4}(?:a|an) (?:{fill} ){0,4}{labelNounA}|(?:{fill} ){0,4}(?:{labelNoun}|{labelAdj})|(?:{fill} ){0,4}the (?:most|biggest|worst) (?:{labelAdj}|{labelNoun}|(?:mother|father|mum|mom|dad|son|daughter|brother|sister|partner|husband|wife|person))|(?:acting|behaving) like (?:a |an )?(?:spoil(?:ed|t) |little |big |stupid )?(?:child|kid|baby|brat|teenager|toddler|animal))(?!\\p{L})',
  labelAdj:
    '(?:impossible(?=\\s*(?:[.!]|$))|ungrateful|toxic|manipulative|heartless|spoil(?:ed|t)|irresponsible|(?:a )?nightmare to (?:live with|be around|deal with)|impossible to (?:live with|be around|deal with|talk to)|crazy|mental|nuts|insane|psycho|schizo|bipolar|unhinged|deranged|delusional|paranoid|hysterical|selfish|useless|pathetic|worthless|disgusting|embarrassing|evil|lazy|stupid|not right in the head|sick in the head|off (?:your|his|her|their) (?:head|rocker|meds)|out of control|out of (?:your|his|her|their) mind)',
  // Third person before an adjective: "he's", "your mother is".
  they: "(?:(?:he|she|they)(?:'s|'re| is| are| was| were| has been| have been)|(?:{your}|my|our|his|her|their) {family}(?:'s| is| was| has been| are| were))",
  laugh: '(?:lol|lmao|lmfao|rofl|haha\\w*|hehe\\w*|jk|just kidding|joking|kidding|😂|🤣|😆|😜|😝|😹|🙃|😅|😄|😁|😀|😉|🙈|😛)',
  // Warmth in the sentence turns "you always…" into a compliment.
  warm: "(?:love|loved|lovely|thoughtful|generous|sweet|helpful|patient|caring|talented|clever|sensible|(?<!\\p{L})kind(?! of)|legend|(?<!\\p{L})star(?!\\p{L})|hero|treasure|laugh|smile|smiling|proud|best|amazing|great|wonderful|awesome|brilliant|beautiful|gorgeous|thank you|thanks(?! for nothing)|grateful|welcome|happy|glad|cheer|brighten|fun|funny|cute|adorable|surprise|perfect|❤️|❤|💕|💖|😊|🥰|😍|🙂|☺️|🤗|(?<!\\p{L})x{1,4}(?!\\p{L})|{laugh})",
  // Past tense after "you never": "you never replied" is about one time, not a habit.
  past: "(?:\\p{L}*[^\\se]ed|told|said|sent|gave|came|went|got|took|made|paid|brought|left|rang|wrote|thought|knew|bought|showed|kept|saw|met|found|forgot|spoke|ate|drove|ran|sat|slept|understood|heard|lost|won|meant|felt|taught|caught|wore|woke|did|had|was|were)(?!\\p{L})",
  // Things said about a person's drinking, using or behaviour; "again" beside one of them counts.
  misdeed:
    "(?<!\\p{L})(?:drink\\p{L}*|drunk|drank|booze|boozing|bottles?|vodka|wine|beer|cans|pub|high|stoned|wasted|hammered|using|used|drugs?|pills|meds|medication|relaps\\p{L}*|rehab|detox|police|arrested|cell|custody|court|hospital|a&e|ward|sectioned|money|cash|card|purse|wallet|rent|quid|stole|stolen|steal\\p{L}*|took|taken|nicked|borrow\\p{L}*|lie|lied|lies|lying|liar|promised?|disappear\\p{L}*|walked out|hit|shout\\p{L}*|scream\\p{L}*|gambl\\p{L}*|cover\\p{L}*|excuses?|bail\\p{L}*|let (?:me|us|everyone|them) down)(?!\\p{L})|[£$€]",
  // Things of value that go missing: "you took my card", "who took the £20".
  valuable:
    "(?:money|cash|savings|rent|wages|pension|benefits|(?:bank )?card|purse|wallet|laptop|jewellery|jewelry|rings?|necklace|watch|tv|[£$€]\\s?\\d[\\d,]*|\\d+ (?:quid|pounds|dollars|euros|bucks))",
  // Whose it was: "my", "the", "mum's".
  whose: "(?:all )?(?:the|my|our|that|this|mum's|mom's|mam's|dad's|gran's|nan's|grandma's|grandad's|granddad's|your (?:sister|brother|mum|mom|dad|gran|nan)'s)",
  // Family members someone may be compared to in anger: "you're just like your father".
  elder: '(?:father|dad|mother|mum|mom|brother|sister|uncle|grandad|granddad|grandfather|ex)',
  // "Do you always…?" at the start of a clause is a question, not a charge. "Why do you always…" still counts.
  askingAux: '(?:^|[^\\p{L}\\s]\\s*|(?:^|\\s)(?:so|and|but|hey|oh|wait|also|um|btw)\\s+)(?:do|does|did|are|were|have|had|can|could|would|will|should)\\s+$',
};

const ALWAYS_NEVER_NOTE = 'Words like “always” and “never” can make someone defend themselves instead of hearing you.';

const absolute: CueRule[] = [
  {
    id: 'absolute.never',
    kind: 'absolute',
    pattern: "(?:{you}|{youre}|you've|you have) (?:just |literally |honestly |really |seriously |still )?never(?! (?:{past}))",
    weight: 1,
    explanation: ALWAYS_NEVER_NOTE,
    notAfter: '{askingAux}',
    // Kind idioms: "you never know", "you never have to apologise", "you're never alone".
    notBefore: '^\\s*(?:know|can tell|going to (?:believe|guess)|gonna (?:believe|guess)|guess|believe|cease|fail|have to|need to|had to|will have to|ever have to|alone|too (?:old|late)|mind|looked better|disappoint|let (?:me|us) down)(?!\\p{L})',
    // Only clear warmth here: "you never say you love me" is still a hard message.
    notInSentence: '{laugh}|(?:lovely|surprise|amazing|amazes|❤️|🥰|😍)',
  },
  {
    id: 'absolute.always',
    kind: 'absolute',
    pattern: "(?:{you}|{youre}|you've|you have) (?:just |literally |honestly |really |seriously |still |so )?(?:always|constantly|continually|forever)(?! (?:{past}))",
    weight: 1,
    explanation: ALWAYS_NEVER_NOTE,
    notAfter: '{askingAux}',
    notBefore: '^\\s*(?:know|knew|welcome|there for me|have a home|can count|make me (?:laugh|smile|feel better)|been there|will be (?:my|our|welcome|loved))(?!\\p{L})',
    notInSentence: '{warm}',
  },
  {
    id: 'absolute.always-never-past',
    kind: 'absolute',
    // One missed reply is not a habit, so this counts for less than the rule above.
    pattern: "(?:{you}|you've|you have) (?:always|never) (?={past})",
    weight: 0.4,
    explanation: ALWAYS_NEVER_NOTE,
    notAfter: '{askingAux}',
    notInSentence: '{warm}',
  },
  {
    id: 'absolute.dont-ever',
    kind: 'absolute',
    pattern: "all {you} (?:ever )?(?:do|care about|think about) is|{you} only (?:ever )?(?:call|text|ring|phone|visit|come (?:round|over|home)|turn up|show up|get in touch|talk to me|message me) (?:me |us )?when|(?:just |even )?for once in your (?:life|lives)|{you} (?:don't|dont|do not|won't|wont|didn't|didnt) (?:even )?ever|{you} (?:only )?ever (?:think|care) about yourself|{you} only ever (?:call|text|come|turn up|show up|ring)|never once (?:have|did|has) {you}|{you}(?:'ve| have)? never once",
    weight: 1,
    explanation: 'Words like “ever” and “only” can make someone defend themselves instead of hearing you.',
    notAfter: '{askingAux}',
    notInSentence: '{laugh}',
  },
  {
    id: 'absolute.every-time',
    kind: 'absolute',
    pattern: "every (?:single )?time {you}|every (?:single )?time (?:we|I) (?:talk|ask|try)|for the (?:hundredth|thousandth|millionth|umpteenth|tenth|fiftieth) time|(?:it|everything)(?:'s| is) always about you|nothing (?:I do )?is ever (?:good )?enough|(?:every|each) (?:single )?(?:weekend|day|night|week|christmas|birthday|holiday|month),? (?:it's|it is) (?:always )?the same|(?:it's|it is) (?:always )?the same (?:thing|story|old story|old thing) (?:with you|every)|same (?:old )?(?:story|thing|crap) (?:with you|every time)",
    weight: 0.8,
    explanation: 'Counting every time can make someone stop listening. Talking about this one time may help.',
    notInSentence: '{warm}',
  },
  {
    id: 'absolute.how-many-times',
    kind: 'absolute',
    pattern: "(?:lost count of )?how many (?:more )?times (?:[\\p{L}']+ ){1,4}(?:tell|told|ask|asked|say|said|beg|begged|remind|reminded|let (?:me|us|them|her|him|everyone) down|lied|lie|promised|promise|broken|break|stolen|steal|relapsed|apologi[sz]ed)(?!\\p{L})",
    weight: 1,
    explanation: 'Counting past times can make someone stop listening. Try naming this one time and how it felt.',
    notInSentence: '{laugh}',
  },
  {
    id: 'absolute.again',
    kind: 'absolute',
    // "Again" is everyday ("lost my keys again") until it sits beside drinking, money or lies.
    pattern: '(?:yet |once |all over )?again|this time(?=\\s*[?!]|\\s*$)',
    weight: 0.5,
    explanation: '“Again” can sound like counting past times. Talking about this one time may help.',
    onlyInSentence: '{misdeed}',
    notAfter: "(?:never|won't|wont|start|try)(?:\\s+[\\p{L}']+){0,3}\\s*$",
    notInSentence: '{warm}',
  },
  {
    id: 'absolute.keep-doing',
    kind: 'absolute',
    pattern: "{you} (?:just |still |always )?(?:keep|kept|keep on) (?:on )?(?:doing (?:this|that|it)|lying|stealing|taking|drinking|using|breaking|letting (?:me|us|everyone|them|her|him) down|disappearing|vanishing|making excuses|coming home|turning up|showing up|running off|blaming|choosing|ignoring|pushing|hurting|messing|screwing|wrecking|ruining|throwing|asking (?:me |us )?for (?:money|cash)|borrowing|promising|relapsing|walking out|shouting|screaming|picking fights)(?!\\p{L})",
    weight: 1,
    explanation: 'Saying what keeps happening can sound like a charge. Naming this one time, and how it felt, may help.',
    notAfter: '{askingAux}',
    notInSentence: '{warm}',
  },
  {
    id: 'absolute.again-alone',
    kind: 'absolute',
    // "Again." as its own sentence points at the last time: "Dad's been arrested. Again."
    pattern: "(?:^|(?<=[.!?]\\s{1,3}))(?:yet |once )?again(?=\\s*[.!?])",
    weight: 0.6,
    explanation: '“Again” can sound like counting past times. Talking about this one time may help.',
  },
  {
    id: 'absolute.enough-alone',
    kind: 'absolute',
    pattern: "(?:^|(?<=[.!?]\\s{1,3}))enough(?=\\s*[.!])",
    weight: 0.6,
    explanation: 'A one-word “Enough.” can shut a talk down. Saying what you need may keep it open.',
  },
];

const blame: CueRule[] = [
  {
    id: 'blame.fault',
    kind: 'blame',
    pattern: "(?:(?:it's|its|it is|it was|this is|this was|that's|thats|all) (?:all )?)?{your} (?:own )?fault|(?:that's|thats|that is|this is|it's|its|it is) (?:all )?on {you}(?=\\s*(?:[.!?,]|$|and|now))",
    weight: 1.2,
    notAfter: '{negated}',
    notInSentence: '{laugh}',
  },
  {
    id: 'blame.because-of-you',
    kind: 'blame',
    pattern: 'because of {you}(?! guys)|because of {your} (?:\\p{L}+ )?(?:drinking|using|drug use|drugs|lies|lying|habit|addiction|temper|behaviou?r|choices|gambling|moods?|mood swings|outbursts|tantrums|antics|stunts?|nonsense|selfishness|attitude)|walking on eggshells|{youre} the reason',
    weight: 1,
    notAfter: '{negated}',
    notInSentence: '{warm}',
  },
  {
    id: 'blame.made-me',
    kind: 'blame',
    pattern: "{you} (?:made|make|makes|making|have made|'ve made) me (?:so |feel |look |want to |)(?:sick|angry|mad|furious|cry|crazy|miserable|ill|ashamed|worry|lie|do (?:this|it|that)|hate|scream|like this|this way|(?:like )?(?:an? )?(?:idiot|fool|stupid|worthless|useless|small|terrible|awful))|(?:it|this|you) makes? me sick",
    weight: 1,
    notAfter: '{negated}',
    notInSentence: '{warm}',
  },
  {
    id: 'blame.ruined',
    kind: 'blame',
    pattern: "{you}(?:'ve| have)? (?:just |always |completely |totally )?(?:ruined|ruin|wrecked|destroyed|spoiled|spoilt)|{youre} (?:ruining|wrecking|destroying|killing)(?= (?!it(?!\\p{L})))|(?:thanks |thank you )?for (?:ruining|wrecking|destroying)|(?:is|are|has|have|'s) (?:been )?(?:destroying|ruining|wrecking|tearing apart|killing) (?:this family|our family|the family|us|me|everything|your (?:life|mother|father|mum|mom|dad|health|family))",
    weight: 1.2,
    notInSentence: '{laugh}',
  },
  {
    id: 'blame.blame-you',
    kind: 'blame',
    pattern: "I (?:blame|will never forgive|'ll never forgive|can't forgive|cant forgive|won't forgive|wont forgive|will never forget) (?:{you}|(?:you )?(?:for )?(?:that|this|what you did))|{you} (?:only )?have yourself to blame|{you} brought (?:this|it) on yourself|look (?:at )?what {you}(?:'ve| have)? (?:done|did)|{you} did this(?: to (?:us|me|this family|yourself))?(?=\\s*(?:[.!?]|$))|this is (?:what|how) {you} (?:do|repay|thank|treat)|how {you} repay me",
    weight: 1.2,
    notAfter: '{negated}',
    notInSentence: '{warm}',
  },
  {
    id: 'blame.how-could-you',
    kind: 'blame',
    pattern: "how could {you}|what(?:'s| is|s) wrong with {you}|why (?:are|r) {you} (?:like this|so (?:selfish|difficult|cruel|nasty|angry|mean|horrible))|why do {you} keep (?:doing|lying|drinking|using|taking)",
    weight: 1,
    notBefore: '^\\s*(?:possibly )?(?:know|have known|tell|guess|resist|say no|forget)(?!\\p{L})',
    notInSentence: '{laugh}',
  },
  {
    id: 'blame.how-dare',
    kind: 'blame',
    pattern: "how dare {you}|(?:everything|it|we|life|things|this family) (?:was|were) (?:fine|good|ok|okay|happy|great|normal|peaceful) (?:until|before) {you}|(?:this is|is this) (?:how|what) {you} (?:do|repay|thank|treat)|(?:nobody|no one|no-one) (?:wants|likes|trusts|believes|can stand)(?: to be around)? {you}|I {cant} (?:even )?(?:look at|stand|bear) {you}|{you} disgust me|sick of the sight of {you}",
    weight: 1,
    notAfter: '{negated}',
    notInSentence: '{laugh}',
  },
  {
    id: 'blame.contempt',
    kind: 'blame',
    pattern: "I (?:really |just |fucking )?hate (?:you|u)(?!\\p{L})|thanks for nothing|(?:don't|dont|do not) come crying to me|(?:{youre}|he's|she's|they're|he is|she is) a lost cause|what kind of (?:a )?(?:mother|father|mum|mom|dad|parent|person|son|daughter|husband|wife|partner|man|woman|brother|sister) (?:does|would|gets|is|lets|leaves|steals|lies)|{you}(?:'ve| have)? (?:threw|throw|thrown|are throwing|'re throwing) (?:it all|everything|your life|(?:all )?(?:that|this)|every chance) away|{you} (?:stink|reek) of|{you} (?:only )?have yourself to thank",
    weight: 1,
    notAfter: '{negated}',
    notInSentence: '{laugh}',
  },
  {
    id: 'blame.shamed',
    kind: 'blame',
    pattern: "{you}(?:'ve| have)? (?:embarrassed|humiliated|shamed|disgraced|shown up) (?:me|us|the family|this family|yourself|your (?:mother|father|mum|mom|dad|family))|I {cant} believe (?:a|one|a single) word (?:you|u) say|{you} lie about everything|why {cant} {you} (?:just )?(?:be normal|act normal|behave|grow up)|see if I care|I (?:couldn't|could not) care less|what {you}(?:'ve| have) put (?:me|us|this family|the family|your (?:mother|father|mum|mom|dad|family|kids|children)) through|{you}(?:'ve| have)? caused (?:enough|so much) (?:damage|pain|hurt|trouble|grief)|(?:your|ur) so-called|{you} (?:smell|stink|reek) (?:of|like) (?:booze|alcohol|drink|weed|pot|beer|wine|vodka|a brewery)|every (?:single )?(?:promise|word) (?:you make|you say|out of your mouth) is a lie",
    weight: 1,
    notAfter: '{negated}',
    notInSentence: '{laugh}',
  },
  {
    id: 'blame.wish',
    kind: 'blame',
    pattern: "I wish {you}(?:'d| had| would)? (?:just )?(?:never been born|were dead|was dead|would die|would disappear|disappear|vanish|go away|weren't my|wasn't my|never came (?:back|home)|never come (?:back|home))|I wish I(?:'d| had) never had {you}|(?:drink|drug|smoke) yourself (?:to death|into (?:an early grave|the ground|a coma|oblivion))|{youre} (?:not|no longer) my {family}(?: any ?more)?",
    weight: 1.5,
  },
  {
    id: 'blame.let-down',
    kind: 'blame',
    pattern: "{you}(?:'ve| have)? (?:let|keep letting|always let) (?:me|us|everyone|the family|your (?:kids|children|mother|father|mum|mom|dad|family)) down|{you} (?:broke|break|keep breaking|always break) (?:your|every|another) promises?|{you} promised(?: (?:me|us))?(?=\\s*(?:[.!]|$))",
    weight: 0.7,
    notAfter: '{negated}',
    notInSentence: '{warm}',
  },
  {
    id: 'blame.dont-care',
    kind: 'blame',
    pattern: "{you} (?:clearly |obviously |just |even )?(?:don't|dont|do not|never) (?:even )?care about (?:me|us|anyone|anybody|anything|this family|your (?:family|kids|children|mother|father|mum|mom|dad|health)|what)|do {you} (?:even|ever) care|{you} (?:only )?care about (?:yourself|drinking|drugs|the next drink|getting high|your next)|{you} chose (?:[\\p{L}']+ ){1,3}over (?:me|us|your|this family|the kids|the children|everyone)",
    weight: 1,
    notInSentence: '{laugh}',
  },
  {
    id: 'blame.lying',
    kind: 'blame',
    pattern: "{you}(?:'ve| have)? (?:lied|lie|are lying|'re lying|been lying|keep lying|always lie|never tell the truth)(?! (?:down|on|in|back|there)(?!\\p{L}))|(?:don't|dont|do not|stop) (?:you )?(?:dare )?(?:lie|lying) to me",
    weight: 1,
    notInSentence: '{laugh}',
  },
  {
    id: 'blame.ashamed',
    kind: 'blame',
    pattern: '{you} should be ashamed|shame on {you}|are {you} (?:proud of yourself|happy now)|I hope {youre} happy(?=\\s*(?:now)?\\s*(?:[.!]|$))|{youre} (?:so|such) a disappointment',
    weight: 1,
    notInSentence: '{laugh}',
  },
  {
    id: 'blame.if-you-loved',
    kind: 'blame',
    pattern: 'if {you} (?:really |actually |truly )?(?:loved|cared about|cared for|gave a (?:damn|shit) about) (?:me|us|your)',
    weight: 1,
  },
  {
    id: 'blame.only-one',
    kind: 'blame',
    pattern: "{youre} the only one (?:who|with|that)|you were the only one (?:here|home|in the house|who)|I know (?:it's|it is|it was) (?:you|u)(?=\\s*(?:[.!]|$))",
    weight: 0.7,
    notInSentence: '{warm}',
  },
  {
    id: 'blame.sick-of-you',
    kind: 'blame',
    pattern: '(?:sick|tired)(?: to death| and tired| to the back teeth)? of (?:your|ur) (?:excuses|lies|lying|drinking|using|drug use|games|bullshit|crap|shit|drama|attitude|behaviou?r|mess|messes|temper|moods?|nonsense|selfishness|promises|problems|rubbish|face)|(?:sick|tired)(?: to death| and tired)? of (?:you|u)(?=\\s*(?:[.!,]|$))',
    weight: 1,
    notInSentence: '{laugh}',
  },
  {
    id: 'blame.told-you',
    kind: 'blame',
    pattern: 'I told you so|told you this would happen|what did you expect',
    weight: 0.6,
    notInSentence: '{laugh}',
  },
  {
    id: 'blame.about-you',
    kind: 'blame',
    pattern: "{you} (?:make|made|turn|turned|have to make|always make) (?:everything|it all|this|it|every (?:single )?(?:thing|day|conversation|argument)) about (?:you|yourself)|{you}(?:'ve| have)? (?:put|putting|are putting|'re putting) (?:me|us|this family|the family|everyone|your (?:mother|father|mum|mom|dad|family|kids|children|sister|brother)) through (?:hell|so much|enough|all this|this|everything|a lot|the wringer)|{you} (?:clearly |obviously |just |even )?(?:don't|dont|do not|never) (?:even )?give a (?:damn|toss|shit|fuck|monkey's|hoot) about|{you} (?:don't|dont|didn't|didnt|never) even (?:notice|care|ask|listen|try)(?!\\p{L})",
    weight: 1,
    notAfter: '{negated}',
    notInSentence: '{warm}',
  },
  {
    id: 'blame.thanks-to-you',
    kind: 'blame',
    // Thanks that is really blame: "thanks to you we can't pay the rent", "thanks for embarrassing me".
    pattern: "thanks to (?:you|u|your (?:drinking|using|lies|lying|habit|gambling))(?:,)? (?:we|I|the kids|the children|the family|everyone|nobody|no one|your \\p{L}+|mum|dad)(?:'ve| have| had| are|'re|'ll| will)? (?:[\\p{L}']+ )?(?:can't|cant|cannot|couldn't|couldnt|lost|had to|have to|missed|no longer|never|won't|wont|got nothing|have nothing|nothing)|thanks (?:a lot |so much )?for (?:embarrassing|humiliating|showing (?:me|us) up|letting (?:me|us) down|making (?:me|us) look|the lies|the drama|ruining|spoiling|wrecking)",
    weight: 1,
    notInSentence: '{laugh}',
  },
  {
    id: 'blame.like-your',
    kind: 'blame',
    pattern: "{youre} (?:just |exactly |no better than |getting |becoming |turning into )?(?:just )?(?:like|as bad as|the same as) {your} {elder}|{youre} (?:turning into|becoming) {your} {elder}|same as {your} {elder}(?=\\s*(?:[.!,]|$))",
    weight: 1,
    explanation: 'Comparing someone to a relative can cut deep. Naming what happened, and how it felt, is easier to hear.',
    notAfter: '{negated}',
    notInSentence: '{warm}|looks?|look like|eyes|smile|laugh',
  },
  {
    id: 'blame.demand-explain',
    kind: 'blame',
    pattern: "care to explain|explain yourself|(?:^|(?<=[.!?]\\s{1,3}))explain(?=\\s*[.!]|\\s*$)|is there something (?:you want to|you need to|you'd like to|you should) tell me|(?:don't|dont|do not) (?:even )?(?:try to )?deny it|(?:just )?admit it(?=\\s*(?:[.!]|$))|who (?:do|did) you think you(?:'re| are) fooling",
    weight: 0.6,
    explanation: 'A demand to explain can make someone defend themselves. Saying what you noticed, and asking gently, may help.',
    notInSentence: '{warm}',
  },
  {
    id: 'blame.sarcasm',
    kind: 'blame',
    // A one-word "Brilliant." after bad news is sarcasm; it only adds to other cues.
    pattern: "(?:^|(?<=[.!?]\\s{1,3}))(?:just |oh |yeah )?(?:brilliant|great|perfect|fantastic|lovely|wonderful|marvellous|marvelous|typical|of course|sure|classic|nice one|well done|charming|thanks a lot|cheers for that)(?:,? (?:just |really )?(?:brilliant|great|perfect|fantastic|lovely))?(?=\\.)",
    weight: 0.4,
    explanation: 'Sarcasm can sting more than plain words. Saying how you feel may land better.',
  },
  {
    id: 'blame.sarcasm-pointed',
    kind: 'blame',
    pattern: "how convenient(?: that| for you)|funny (?:that|how (?:you|it))|what a surprise|surprise,? surprise|shock horror|so this is what (?:you|u) call|is this what (?:you|u) call",
    weight: 0.6,
    explanation: 'Sarcasm can sting more than plain words. Saying how you feel may land better.',
    notInSentence: '{laugh}',
  },
  {
    id: 'blame.contempt-look',
    kind: 'blame',
    pattern: "look at the state of (?:you|yourself|u)|(?:^|(?<=[.!?]\\s{1,3}))(?:pathetic|disgusting|disgraceful|shameful|selfish)(?=\\s*[.!]|\\s*$)",
    weight: 1,
    notInSentence: '{laugh}',
  },
  {
    id: 'blame.demand-answer',
    kind: 'blame',
    // When someone is scared, a demand can come out sharp; alone it is not enough to nudge.
    pattern: "answer (?:your |the |my )?(?:bloody |damn |fucking |effing )?(?:phone|texts?|calls?|messages?)|answer me(?! (?:this|one|a)(?!\\p{L}))|pick up (?:the|your) (?:bloody |damn |fucking |effing )?phone|where (?:the hell |the fuck |on earth )?are you(?=\\s*[.!?]|\\s*$)|why (?:won't|wont|aren't|arent|don't|dont|can't|cant) you (?:answer|pick up|reply|call (?:me )?back|text (?:me )?back|ring (?:me )?back)",
    weight: 0.5,
    explanation: 'Worry can come out as a sharp demand. Saying you are scared for them may land better.',
    notInSentence: '{warm}',
  },
  {
    id: 'blame.guilt',
    kind: 'blame',
    pattern: "after (?:all|everything) (?:I|we)(?:'ve| have)? (?:done|given up|sacrificed) for (?:you|u)|this is (?:what|the thanks) I get|do {you} (?:even )?know what it(?:'s| is) like|stop taking it out on (?:me|us|the kids|everyone)|{you}(?:'re| are)? (?:always |just )?taking it out on (?:me|us|the kids|everyone)|{you}(?:'ve| have)? (?:turned into|become) (?:someone|somebody|a person|a stranger|a monster)|(?:it's|it is|it feels) like living with (?:a stranger|a ghost|a zombie|a monster|someone I (?:don't|dont) know)|play(?:ing)? the (?:victim|martyr)|{you} (?:don't|dont|do not) get to (?:be|play|decide|tell|act)|(?:I|we) (?:don't|dont|do not) (?:even )?(?:recognise|recognize|know) (?:you|who you are) any ?more|why {cant} {you} (?:just )?be (?:more )?like (?:your|ur) {family}|(?:why can't you|you should) be more like (?:your|ur) \\p{L}+",
    weight: 1,
    notAfter: '{negated}',
    notInSentence: '{warm}',
  },
  {
    id: 'blame.dismissive',
    kind: 'blame',
    pattern: "pull yourself together|man up|toughen up|get over (?:it|yourself)(?=\\s*(?:[.!,]|$| and))|(?:just )?cheer up(?=\\s*(?:[.!,]|$| and))|stop being so (?:sensitive|dramatic|soft|negative|miserable|moody)|(?:it's|it is) all in (?:your|ur) head|(?:just )?get on with it(?=\\s*(?:[.!]|$))",
    weight: 1,
    explanation: 'Being told to cheer up can leave someone feeling unseen. Asking how it is for them may help.',
    notInSentence: '{warm}',
  },
  {
    id: 'blame.whereabouts',
    kind: 'blame',
    pattern: "where (?:the hell |on earth |the fuck )?(?:were|have) you (?:been )?(?:all night|all weekend|all day|last night|till|until|since)|(?:and )?(?:don't|dont|do not) (?:you )?(?:even )?(?:say|tell me|try (?:and|to) tell me|give me) (?:it was|it's|you were|that|some|another|any)(?!\\p{L})|what (?:is it|was it|are you on|have you taken) this time|another (?:night|weekend|day|morning|evening|christmas|birthday) of (?:you|your)(?!\\p{L})",
    weight: 0.7,
    notInSentence: '{warm}',
  },
  {
    id: 'blame.not-your-bank',
    kind: 'blame',
    pattern: "{im} not (?:your|ur) (?:bank|cash ?machine|atm|piggy bank|wallet|personal bank|slave|maid|servant|punching bag|doormat|skivvy|taxi(?: service)?)",
    weight: 1,
    notInSentence: '{laugh}|{warm}',
  },
  {
    id: 'blame.broken-promise',
    kind: 'blame',
    pattern: "{you} promised(?: (?:me|us))? (?:you'd|you would|that you'd|that you would|me you'd|us you'd) (?:stop|quit|never|not|get help|go|change|be home|come home)",
    weight: 1,
    notInSentence: '{warm}',
  },
  {
    id: 'blame.charge',
    kind: 'blame',
    // A charge about how they live, said to them: "you're not even trying", "you haven't showered in a week".
    pattern: "{youre} not even (?:trying|listening|sorry|bothering|pretending|looking)|{you} (?:don't|dont|didn't|didnt) even (?:try|bother|apologi[sz]e|say sorry)|{you} (?:haven't|havent|have not|didn't|didnt) (?:even )?(?:showered|washed|eaten|left (?:the house|your room|bed)|got out of bed|been out|changed your clothes|cleaned) (?:in|for) (?:a week|days|weeks|ages|\\d+ days|two days|three days|a month)|{you} {cant} keep (?:turning up|doing|taking|asking|treating|coming|disappearing|lying|borrowing|using|drinking|expecting|calling|ringing|showing up)|{you} think {youre} (?:fine|ok|okay|in control|hiding it|fooling (?:anyone|us|me|everyone)|so clever|getting away with)|I {cant} believe (?:you|u)(?:'d| would| could| did|'ve| have)? (?:do|did|done|say|said) (?:this|that|something like (?:this|that))|enough (?:with|of) (?:the|your) (?:excuses|lies|lying|drama|games|attitude|nonsense|crap|bullshit|tantrums|sulking)|why (?:does|do|must) (?:everything|it|every(?:thing)? \\p{L}+) (?:always )?(?:have to be|has to be|turn into) (?:a |an |such a )?(?:drama|fight|battle|argument|row|war|about you|so hard|so difficult)|is this what (?:you|u) call (?:sober|clean|recovery|cutting down|trying|getting better|being (?:sober|clean|well|better|responsible|helpful))|(?:{youre}|{you}(?:'re| are)?) (?:just )?never going to (?:pay (?:me|us|it) back|change|stop|grow up|learn|listen|get better|sort (?:it|yourself) out)",
    weight: 1,
    notAfter: '{negated}',
    notInSentence: '{laugh}|{warm}',
  },
  {
    id: 'blame.resentment',
    kind: 'blame',
    pattern: "why (?:do|must|should) I always have to|why am I (?:always )?the (?:only )?one who (?:always )?(?:has to|have to|sorts|picks|cleans|pays|deals|covers|fixes|does)|{im} (?:always )?the only one (?:in this (?:family|house) )?who (?:does|cares|helps|tries|bothers|pays|cleans|visits|sorts)|pick(?:ing)? up the pieces",
    weight: 1,
    explanation: 'Carrying this much is tiring, and your feelings make sense. Saying what you need may be easier to hear.',
    notInSentence: '{laugh}|{warm}',
  },
  {
    id: 'blame.public-shame',
    kind: 'blame',
    pattern: "(?:everyone|everybody|the neighbours|the neighbors|people|the whole (?:street|family|town|school|village)|all your friends)(?:'s| are| is|'re)? (?:talking about|laughing at|gossiping about) (?:you|us|it)(?!\\p{L})|the whole (?:street|town|family|building|neighbourhood|neighborhood|school|village) (?:heard|saw|knows)",
    weight: 1,
    notInSentence: '{laugh}|{warm}|congrat',
  },
  {
    id: 'blame.ridiculous',
    kind: 'blame',
    // Adds to a charge; alone it is everyday ("this queue is ridiculous").
    pattern: "(?:this|it|you)(?:'s| is|'re| are) (?:absolutely |just |getting |so )?(?:ridiculous|a joke|beyond a joke|pathetic|unacceptable)(?=\\s*(?:[.!]|$))|get out of (?:bed|your room|your pit)(?=\\s*[,.!])",
    weight: 0.5,
    notInSentence: '{laugh}|{warm}',
  },
  {
    id: 'blame.hard-word',
    kind: 'blame',
    // A hard word in a sentence said to "you" ("your behaviour was disgusting").
    pattern: "(?:lied|lying|liar|stole|stolen|stealing|thief|betrayed|disgusting|disgusted|disgraceful|disgrace|shameful|ashamed|pathetic|selfish|lazy|useless|worthless|irresponsible|ungrateful|cruel|vile|toxic|abusive|violent|vicious|wrecked|ruined)",
    weight: 1,
    explanation: 'Said to someone, a hard word can feel like an attack. Saying what happened and how it felt may land better.',
    onlyInSentence: "(?<!\\p{L})(?:you|u|your|ur|you're|youre|yourself)(?!\\p{L})",
    notAfter: "{negated}|(?<!\\p{L})(?:nothing|anything)(?:\\s+[\\p{L}']+){0,2}\\s*$|(?:so|such|really|very|a bit|bit of a|feeling|feel|am|i'm|im|felt) $",
    notInSentence: '{warm}|{laugh}|\\?\\s*$',
  },
  {
    id: 'blame.hard-word-mild',
    kind: 'blame',
    // Milder words: they only tip a message that already has another cue.
    pattern: "(?:cheated|abandoned|embarrassed|embarrassing|humiliated|humiliating|hopeless|ridiculous|childish|immature|nasty|excuses|mess|drunk|hungover|stoned|wasted|dealer|booze|debt|owe|promised|screaming|stinks?|reek(?:s|ing)?)",
    weight: 0.5,
    explanation: 'Said to someone, a hard word can feel like an attack. Saying what happened and how it felt may land better.',
    onlyInSentence: "(?<!\\p{L})(?:you|u|your|ur|you're|youre|yourself)(?!\\p{L})",
    notAfter: "{negated}|(?<!\\p{L})(?:nothing|anything)(?:\\s+[\\p{L}']+){0,2}\\s*$|(?:so|such|really|very|a bit|bit of a|feeling|feel|am|i'm|im|felt) $",
    notInSentence: '{warm}|{laugh}|\\?\\s*$',
  },
];

const ultimatum: CueRule[] = [
  {
    id: 'ultimatum.last-chance',
    kind: 'ultimatum',
    pattern: "{your} (?:very )?(?:last|final) (?:chance|warning|strike)|(?:^|(?<=[.!?]\\s{1,3}))(?:last|final) chance(?=\\s*(?:[.!,]|$))|(?:this is|it's|that's) (?:the )?(?:last|final) (?:warning|straw)",
    weight: 1.5,
    notBefore: '^\\s*to (?:buy|book|grab|enter|order|vote|apply|register|sign up|rsvp|get tickets|see|catch|join|claim|save)',
  },
  {
    id: 'ultimatum.last-time',
    kind: 'ultimatum',
    pattern: "for the (?:very )?last time|(?:one|1) more (?:time|chance|drink|lie|excuse)(?:,| and) (?:{youre}|{im}|we(?:'re| are)|that's it|I'll|I will|{you}(?:'ll| will))",
    weight: 1,
    notInSentence: '{laugh}',
  },
  {
    id: 'ultimatum.or-else',
    kind: 'ultimatum',
    pattern: "or else(?=\\s*(?:[.!?…]|$))|or (?:you(?:'re| are| can| will|'ll)? )?(?:move out|get out|leave|out|find (?:somewhere|someplace) else(?: to live)?|pack your (?:bags|things|stuff)|we(?:'re| are) (?:done|through|finished|over)|I(?:'m| am) (?:leaving|done|gone|out)|I(?:'ll| will) (?:leave|go)|(?:you(?:'ll| will) )?lose (?:us|me|your (?:family|kids|children|home|place here)|everything))(?=\\s*(?:[.!,]|$|of (?:this|my|the) house|for good|your choice))|or (?:else )?you(?:'ll| will) (?:be (?:sleeping|out|on your own|gone|on the street)|regret|lose|find yourself|never)(?!\\p{L})",
    weight: 1.2,
  },
  {
    id: 'ultimatum.if-then',
    kind: 'ultimatum',
    // A consequence after "if you…": "If you use again, I'm leaving". Kind offers ("I'll pick you up") don't match.
    pattern: "if (?:{you}|he|she|they|I (?:find|catch|see|smell|hear))(?!\\p{L})[^.!?\\n]{1,80}?(?:,\\s*|\\s+)(?:then\\s+)?(?:{iWill}|we(?:'ll| will|'re| are)(?: going to)?) (?:\\p{L}+ ){0,2}?(?:leave|leaving|call(?:ing)? the (?:police|cops)|kick(?:ing)? you out|throw(?:ing)? you out|cut(?:ting)? you off|stop (?:giving|paying|helping|talking|lending)|chang(?:e|ing) the locks|report(?:ing)? you|walk(?:ing)? away|walk(?:ing)? out|divorc(?:e|ing)|ask you to (?:leave|move out|go)|mov(?:e|ing) out|pack(?:ing)? your|never (?:speak|talk|see|help|give|forgive)|end(?:ing)? (?:this|it|things|us)|tak(?:e|ing) the (?:kids|children)|press(?:ing)? charges|get(?:ting)? a (?:lawyer|restraining order))(?!\\p{L})|if (?:{you}|he|she|they)(?!\\p{L})[^.!?\\n]{1,80}?(?:,\\s*|\\s+)(?:then\\s+)?(?:{im}|we're|we are|{youre}|he's|she's|they're) (?:so |completely )?(?:done|gone|through|finished|out)(?=\\s*(?:[.!,]|$))|if {you}(?!\\p{L})[^.!?\\n]{1,80}?,\\s*(?:then\\s+)?(?:don't|dont|do not) (?:bother|ever|even think about) \\p{L}+|if {you}(?!\\p{L})[^.!?\\n]{1,80}?(?:,\\s*|\\s+)(?:then\\s+)?(?:you (?:can't|cannot|can not) (?:live|stay|come) (?:here|home|with (?:us|me))|you(?:'re| are) not (?:living|staying|welcome) here|you(?:'ll| will) have to (?:leave|go|move out|find somewhere))",
    weight: 1.4,
  },
  {
    id: 'ultimatum.done-with-you',
    kind: 'ultimatum',
    pattern: "{im} (?:so |completely |totally |absolutely |officially |just )?(?:done|finished|through) with {you}(?! (?:for|guys)(?!\\p{L}))|we(?:'re| are) (?:done|through|finished|over)(?=\\s*(?:[.!]|$))|it(?:'s| is) over(?: between us)?(?=\\s*(?:[.!]|$))|{im} leaving you|{im} divorcing you|{im} (?:so |completely |totally |absolutely )?done (?:cleaning up|covering|picking up|making excuses|lying|paying|bailing you|rescuing|putting up with|waiting|helping you|trying)|I want a divorce|{youre} dead to me|I(?:'ve| have|ve) had enough of (?:you|your)",
    weight: 1.5,
    notInSentence: '{laugh}|(?:yay|woo+|🎉|finally|hooray)',
  },
  {
    id: 'ultimatum.im-done',
    kind: 'ultimatum',
    pattern: "{im} (?:so |completely |totally |absolutely |officially |just )?done(?=\\s*(?:[.!]|$))|that's it(?=\\s*(?:[.!,]|$))",
    weight: 0.6,
    notInSentence: '{laugh}|(?:yay|woo+|🎉|finally|hooray|homework|shift|work)',
  },
  {
    id: 'ultimatum.get-out',
    kind: 'ultimatum',
    pattern: "get out of (?:my|this|our) (?:house|home|flat|apartment|life|sight|face)|(?:I want you|you need to be|{youre}|you'll be) out (?:of (?:here|this house|my house|the house|my home)|by (?:friday|monday|tuesday|wednesday|thursday|saturday|sunday|tomorrow|tonight|the weekend|the end of))|find (?:somewhere|someplace|a place) else to (?:live|stay)|pack (?:up )?your (?:bags|things|stuff)(?! (?:for|we're|we are|tonight we))|you have until (?:\\p{L}+ ){0,2}to (?:leave|get out|move out|pack|find somewhere)|stay away from (?:me|us|my (?:children|kids|family|house|home|son|daughter)|this (?:house|family))|{youre} (?:not staying here|no longer welcome|not welcome)|(?:don't|dont|do not|never) (?:bother |ever |even think about )?(?:come|coming) (?:back|home)(?! (?:late|too late|before|until|till|after|without|early|tonight till)(?!\\p{L}))|{youre} out(?=\\s*(?:[.!]|$))",
    weight: 1.4,
    notInSentence: '\\?\\s*$|(?:enjoy|holiday|vacation|trip|party)',
  },
  {
    id: 'ultimatum.never-again',
    kind: 'ultimatum',
    pattern: "(?:never|{dont}) (?:ever )?(?:want to )?(?:see|speak to|talk to|call|text|contact|hear from) (?:you|me) (?:ever )?again|I (?:never|{dont}) (?:ever )?want to (?:see|speak to|talk to|hear from) {you} (?:ever )?again|you(?:'ll| will) never see (?:the|your) (?:kids|children|grandkids|baby) again|{im} (?:taking|keeping) the (?:kids|children)|I(?:'ll| will) take the (?:kids|children)(?! to)",
    weight: 1.5,
  },
  {
    id: 'ultimatum.cut-contact',
    kind: 'ultimatum',
    pattern: "(?:don't|dont|do not) (?:try to|bother trying to|ever try to) (?:find|contact|call|reach|see) (?:me|us)|{im} (?:changing|blocking|going to block) (?:my number|your number|you)|I(?:'ve| have) (?:given you|had) (?:chance after chance|so many chances|enough chances)|{im} not doing this (?:again|any ?more)",
    weight: 1,
    notInSentence: '{laugh}',
  },
  {
    id: 'ultimatum.withdraw',
    kind: 'ultimatum',
    // Pulling away in anger rather than setting a calm limit.
    pattern: "(?:figure|sort|work) it (?:out )?(?:your ?self|on your own)|{youre} on your own (?:now|from now on)|you can sort it (?:out )?yourself|not my problem any ?more|(?:don't|dont|do not) expect me to (?:help|pick up|bail|clean up|come running|rescue|save)",
    weight: 0.6,
    notInSentence: '{laugh}',
  },
  {
    id: 'ultimatum.cut-off',
    kind: 'ultimatum',
    pattern: "{im} (?:cutting|going to cut|gonna cut) you off|(?:{im} not|I won't|I will not|I refuse to) (?:be )?(?:paying|pay|covering|cover|buying|buy|giving you|give you|lending you|lend you|bailing you out|bail you out|funding|fund|cleaning up|clean up|making excuses|make excuses|lying|lie)(?: for)? [^.!?\\n]{0,40}?(?:any ?more|ever again|from now on)|don't you dare|(?:don't|dont|do not) (?:even )?bother (?:calling|coming|texting|asking|trying|ringing)|I(?:'ll| will) cut you off|(?:not|never) (?:giving|lending|sending|paying|bailing) you (?:out )?(?:another|any more|anymore|one more|a single|again)|{im} not bailing you out|no more (?:chances|second chances|bailing you out)",
    weight: 1.3,
  },
  {
    id: 'ultimatum.threat',
    kind: 'ultimatum',
    pattern: "{iWill} (?:be )?(?:call(?:ing)?|phon(?:e|ing)|ring(?:ing)?|report(?:ing)? you to)(?: the)? (?:police|cops|999|911)|{iWill} (?:have|get) you (?:arrested|removed|evicted|sectioned)|{iWill} press(?:ing)? charges|{iWill} (?:kick|throw|put|boot|kicking|throwing|putting|booting) you out|{iWill} chang(?:e|ing) the locks|you(?:'ll| will) regret (?:this|it)",
    weight: 1.2,
    explanation: 'A threat said in anger is hard to take back. A calm boundary about what you will do often lands better. If you are in danger, your safety comes first.',
    notBefore: '^\\s*(?:station|non-?emergency|to report (?:a|my|the)|about (?:the|a|my) (?:lost|stolen)|(?:if|when) you (?:don\'t|dont|do not) (?:come|go|try|book)|not (?:coming|going|trying|booking))',
    notInSentence: '(?:lost|stolen) (?:wallet|bike|phone|car|purse|bag)',
  },
  {
    id: 'ultimatum.move-out',
    kind: 'ultimatum',
    pattern: "{you} (?:should|need to|have to|must|better|'d better|had better|will have to|'ll have to|are going to have to|'re going to have to|gotta|might as well|may as well) (?:just |go and |start looking to |think about )?(?:move out|get out|find (?:your own|a|another|somewhere|someplace) (?:\\p{L}+ )?(?:place|flat|room|home|to live|else to live)|get (?:your own|a) (?:place|flat)|pack (?:up )?your (?:bags|things|stuff)|leave (?:this|my|our|the) (?:house|home|flat))(?!\\p{L})|time (?:for )?{you} (?:to )?(?:found|find|got|get) (?:your own|a|somewhere|someplace) (?:\\p{L}+ )?(?:place|flat|room|home|else)|time (?:for )?{you} (?:to )?(?:moved|move) out|(?:I|we) (?:just |really )?(?:want|need) (?:you|u|him|her|them) (?:out|gone|to (?:leave|go|move out|get out|find somewhere else))(?=\\s*(?:[.!,]|$|now|today|tonight|by|of|this|for good|I mean|and (?:don't|dont|never)))|(?:I|we) (?:honestly |really |just )?(?:don't|dont|do not) want (?:you|him|her|them) (?:back )?(?:here|home|in (?:this|my|our|the) (?:house|home|flat)|around (?:here|me|us|the kids)|anywhere near (?:me|us|the kids))(?=\\s*(?:[.!,]|$|any ?more|ever|again))",
    weight: 1.2,
    explanation: 'Asking someone to leave is a big step. Saying it at a calm moment, as what you need, often lands better.',
    notAfter: '{askingAux}',
    notInSentence: "{laugh}|\\?\\s*$|(?:when|whenever|if) you(?:'re| are)? (?:feel )?(?:ready|want)|no (?:pressure|rush)",
  },
  {
    id: 'ultimatum.bags-packed',
    kind: 'ultimatum',
    pattern: "(?:I've|I have|I|we've|we have) (?:already )?packed (?:a bag|your (?:bags?|things|stuff|cases?)|up your (?:things|stuff))(?: for you)?|your (?:bags?|things|stuff|cases?)(?:'s| is| are) (?:packed|by the door|on the (?:doorstep|step|drive)|outside)",
    weight: 1.2,
    explanation: 'Asking someone to leave is a big step. Saying it at a calm moment, as what you need, often lands better.',
    notInSentence: '(?:holiday|trip|hospital|weekend|sleepover|camp|flight|airport|school|uni|the ward|stay)',
  },
  {
    id: 'ultimatum.until-sorted',
    kind: 'ultimatum',
    pattern: "(?:don't|dont|do not) (?:bother )?(?:come|coming) (?:back|home|round|near (?:me|us|here)) (?:here )?until {you}(?:'ve| have|'re| are| can)?(?: \\p{L}+)? (?:sorted|got|gotten|cleaned|sobered|stopped|quit|dried|been|gone|done|ready|sober|clean|off)(?!\\p{L})|either {you} [^.!?\\n]{1,60}? or (?:you(?:'re| are| can| will|'ll)? )?(?:go|leave|out|move out|get out|find somewhere else|we(?:'re| are) (?:done|through|finished|over)|I(?:'m| am) (?:leaving|done|gone|out))(?=\\s*(?:[.!,]|$))",
    weight: 1.3,
  },
  {
    id: 'ultimatum.had-it',
    kind: 'ultimatum',
    pattern: "I(?:'ve| have|ve)? had it (?:with (?:you|u|this|your)|up to here)|enough is enough",
    weight: 1,
    notInSentence: '{laugh}|(?:weather|rain|traffic|train|bus|printer|laptop|phone|wifi|heat|cold|snow)',
  },
  {
    id: 'ultimatum.mean-it',
    kind: 'ultimatum',
    // Firmness adds to a threat or ask; alone it is just firm.
    pattern: "I (?:really )?mean it(?: this time)?|(?:this|that) is not a (?:joke|threat)|{im} not (?:joking|kidding)(?= about this|\\s*[.!]|\\s*$)",
    weight: 0.4,
    notInSentence: '{warm}',
  },
  {
    id: 'ultimatum.covering',
    kind: 'ultimatum',
    pattern: "(?:{cant}|won't|wont|will not|not going to|refuse to|stop|quit|done|finished|tired of|sick of|fed up (?:of|with)|no more|(?:I'm|im|i am) not)(?: (?:keep|keep on|be|go on|carry on|just|always))? (?:covering|cover|making excuses|make excuses|lying) (?:for|to) (?:you|u|him|her|them|{your} \\p{L}+|(?:my|our|his|her) {family})(?!\\p{L})|(?:{cant}|won't|wont|will not|stop|quit|done|tired of|sick of|no more) (?:keep )?(?:covering|cover) (?:up )?for (?:you|u|him|her|them)",
    weight: 1,
    explanation: 'It is okay to stop covering. Saying it calmly, as what you will do, may land better.',
    notAfter: '{negated}',
    notInSentence: '{laugh}|thanks|thank you',
  },
  {
    id: 'ultimatum.control',
    kind: 'ultimatum',
    pattern: "whether {you} like it or not|and that's final|end of (?:discussion|story|conversation)(?=\\s*[.!]|\\s*$)|(?:I've|I have|we've|we have) booked you (?:in(?:to)?|a place (?:in|at)) (?:rehab|detox|treatment|a clinic|the clinic|therapy)|(?:don't|dont|do not) make me (?:call|ring|phone|come|get|do)|if I have to drag you|{iWill} (?:tell|ring|call|phone|email|speak to|report you to) {your} (?:boss|manager|work|school|probation officer|parole officer|doctor|psychiatrist|sponsor|social worker|gp|dad|father|mum|mom|mother|wife|husband|partner)(?: myself| everything| the truth| about (?:this|you|what)| what you)|(?:is|are) going to hear about this|(?:^|(?<=[.!?]\\s{1,3}))(?:just )?(?:get out|leave|go away|go|out)[.!,]?\\s+now(?=\\s*[.!]|\\s*$)",
    weight: 1,
    notInSentence: '{laugh}|{warm}',
  },
  {
    id: 'ultimatum.cant-with-you',
    kind: 'ultimatum',
    pattern: "I {cant} (?:even )?(?:deal )?with (?:you|u)(?: right now| any ?more| today)?(?=\\s*(?:[.!,]|$))|{im} (?:so |completely |totally |absolutely |just )?done with (?:all (?:of )?(?:it|this)|everything|it all|all this|this)(?=\\s*(?:[.!]|$))",
    weight: 1,
    notInSentence: '{laugh}|(?:yay|woo+|🎉|finally|hooray|homework|shift|work|exams?|ironing|washing|cleaning)',
  },
  {
    id: 'ultimatum.carry-on',
    kind: 'ultimatum',
    pattern: "(?:carry on|carrying on|keep this up|keep it up) (?:like this )?(?:,\\s*|and )?(?:you(?:'ll| will|'re going to|'re gonna| are going to) (?:lose|end up|regret|kill|ruin|never)|you(?:'re| are) (?:out|gone|done)|(?:I|we)(?:'ll| will|'m| am|'re| are) (?:leave|leaving|done|out|gone|call))|{you}(?:'ll| will|'re going to|'re gonna| are going to) lose (?:your job|your flat|your home|your licence|your license|the kids|your kids|everything|us|me|your family|your place)(?!\\p{L})|{you}(?:'ll| will|'re going to|'re gonna| are going to| are gonna) end up (?:dead|homeless|in (?:a ditch|a coffin|the ground|prison|jail|hospital|a cell|the gutter|the morgue|the grave|a&e|rehab)|on the streets|alone|like (?:your|him|her|them))",
    weight: 1.2,
    explanation: 'Fear for them can come out as a warning that sounds like a threat. Saying you are scared for them may land better.',
    notInSentence: '{laugh}|{warm}',
  },
  {
    id: 'ultimatum.put-it-down',
    kind: 'ultimatum',
    pattern: "put (?:the|that|your) (?:bottle|glass|drink|can|pipe|joint|pills) down|{you}(?:'ve| have) had (?:enough|too much|a few too many|one too many|a skinful)(?! (?:of|to eat|cake|food|sun|coffee|sleep|rest|time|fun)(?!\\p{L}))",
    weight: 1,
    explanation: 'Drinking can be a hard subject. Saying what you saw and how you feel can help.',
    notInSentence: '{laugh}|{warm}',
  },
  {
    id: 'ultimatum.pull-back',
    kind: 'ultimatum',
    pattern: "{iWill} (?:stop|not be) (?:answering|picking up|replying to|taking) (?:your|ur) (?:calls|texts|messages|phone calls)|{im} (?:blocking|going to block) you|{im} not (?:going to |gonna )?(?:visit|see|help|come and get|pick you up|bail you out|rescue) (?:you )?(?:in hospital|in prison|in jail|again|this time|any ?more)|(?:don't|dont) (?:even )?think about (?:asking|coming|calling|texting|ringing|showing up|turning up|borrowing)|{you} (?:can't|cannot|can not) (?:live|stay) (?:here|with (?:us|me))(?: any ?more)?(?=\\s*(?:[.!,]|$))|act (?:your age|like (?:it|an adult|a grown-?up|a man|a father|a mother|a parent))(?=\\s*(?:[.!]|$))|in that state|in (?:the|a) state like that",
    weight: 1,
    notInSentence: '{laugh}|{warm}',
  },
];

const label: CueRule[] = [
  {
    id: 'label.said-to-you',
    kind: 'label',
    pattern: "(?:{youre}|you were|you've been|you have been|you're being|you are being|stop being|quit being|{dont} be|stop acting like|you act like|you're acting like|you're behaving like|you behave like|a grown (?:man|woman|adult)|you sound like|you look like|you're nothing but|(?:can|could|would) {you} be) {labelTail}|{you} (?:(?:stupid|lying|useless|selfish|pathetic|fucking|bloody|little|drunken|dirty|absolute|complete|total) ){0,2}(?:{labelNoun})(?!\\p{L})",
    weight: 1.5,
    notAfter: '{negated}',
    notBefore: '^\\s*(?:about|busy|good|fun|talented|fast|strong|for|at|over|keen|on|in love|happy|excited|beautiful|lucky|cute|brave)(?!\\p{L})',
    notInSentence: '{laugh}',
  },
  {
    id: 'label.about-them',
    kind: 'label',
    pattern: "{they} {labelTail}|(?:is|was|are|were|'s|being|become|becoming|turned into|turning into) (?:{fill} ){0,4}(?:a |an |one)? ?(?:addicts?|junkies?|crackheads?|druggies?|alcoholics?|drunks?|psychos?|schizos?|lunatics?|nutcases?)(?!\\p{L})",
    weight: 1.3,
    notAfter: '{negated}|(?:news|adrenaline|gym|fitness|coffee|caffeine|sugar|chocolate|tv|film|movie|music|book|data|tech|speed|tea|crossword|puzzle|shopping|sugar)\\s*$',
    notBefore: '^\\s*(?:about|busy|good|fun|talented|fast|strong|with|for|at|over|keen|on|in love|happy|excited|beautiful|lucky|brave|week|day|film|movie)(?!\\p{L})',
    notInSentence: '{laugh}',
  },
  {
    id: 'label.what-a',
    kind: 'label',
    pattern: 'what (?:a|an) (?:{fill} ){0,4}{labelNoun}(?!\\p{L})',
    weight: 1,
    notBefore: "^\\s*(?:i am|i was|i'm|im|of a)(?!\\p{L})",
    notInSentence: '{laugh}|(?:film|movie|show|game|match|book|episode)',
  },
  {
    id: 'label.your-x',
    kind: 'label',
    pattern: '(?:{your}|my|our|his|her|their|that|this) (?:{labelNoun}|crazy|mental|psycho|schizo|lunatic|alcoholic|drunk|drunken|deadbeat|druggie|junkie|addict) {family}(?!\\p{L})',
    weight: 1.3,
    notInSentence: '{laugh}',
  },
  {
    id: 'label.word',
    kind: 'label',
    // These words are labels wherever they stand, unless about a hobby ("news junkie") or the writer.
    pattern: '(?:addicts?|junkies?|junky|crackheads?|druggies?|druggy|smackheads?|cokeheads?|alkies?|alky|psychos?|schizos?|nutcases?|nutjobs?|nutters?|lunatics?|psychopaths?)',
    weight: 1,
    notAfter: "(?:news|adrenaline|gym|fitness|coffee|caffeine|sugar|chocolate|tv|film|movie|music|book|data|tech|speed|tea|crossword|puzzle|shopping|football|culture|game|gaming|watching|watch|see|saw)\\s*$|(?:{im}|i've been|as) (?:a |an )?(?:[\\p{L}-]+ )?$",
    notBefore: '^\\s*(?:in recovery|in recovery,|recovery|meetings?|anonymous|family group)',
    notInSentence: '{laugh}|hitchcock|the film',
  },
  {
    id: 'label.insult',
    kind: 'label',
    pattern: '(?:fuck|screw|f\\*+k|f\\*+) you|fuck off|piss off|go to hell|drop dead|piece of (?:shit|crap|work)|waste of (?:space|oxygen)',
    weight: 1.3,
    notInSentence: '{laugh}',
  },
  {
    id: 'label.grow-up',
    kind: 'label',
    // Only as a command at the start of a clause, not "when I grow up".
    pattern: 'grow up|get a grip|get over yourself',
    weight: 0.7,
    notAfter: '\\p{L}[\\s\']*$',
    notInSentence: '{laugh}',
  },
  {
    id: 'label.shut-up',
    kind: 'label',
    pattern: 'shut up(?=\\s*(?:[.!,]|$))|shut your (?:mouth|face)',
    weight: 0.7,
    notInSentence: '{laugh}|(?:no way|omg|seriously\\?)',
  },
  {
    id: 'label.point-of-you',
    kind: 'label',
    pattern: "(?:what(?:'s| is) )?the point of (?:you|u)(?=\\s*(?:[.!?]|$))",
    weight: 1.5,
  },
];

const distress: CueRule[] = [
  {
    id: 'distress.crisis',
    kind: 'distress',
    pattern: "I (?:just )?(?:want to|wanna) die|kill(?:ing)? myself|end (?:it all|my life)|I {dont} want to (?:be here|live|be alive|wake up|go on)(?: any ?more)?|(?:everyone|you|they|we|the kids)(?:'d| would) be better off without me|(?:hurt|harm|cut)(?:ing)? myself|no (?:point|reason) (?:in )?(?:living|going on|to live)|(?:I {dont} see (?:the |any )?|there's no |what's the )point (?:in |of )?(?:anything|living|going on|life|any of (?:it|this))",
    weight: 2,
    explanation: 'You matter. If you might hurt yourself, call your local emergency number or a crisis line now.',
    safety: true,
  },
  {
    id: 'distress.afraid-of-them',
    kind: 'distress',
    pattern: "(?:{im} |I feel )?(?:scared|afraid|frightened|terrified) (?:of (?:what )?(?:him|her|them|he'll|she'll|they'll|he might|she might|they might)|(?:he|she|they)(?:'ll| will| might) (?:hurt|hit) (?:me|us|the kids))|(?:he|she|they|you) (?:hit|hurt|pushed|shoved|punched|slapped|kicked|grabbed|choked|strangled|threatened|threw (?:[\\p{L}']+ ){0,3}?at) (?:me|us|the kids|the children)(?!\\p{L})|(?:scared|afraid|frightened|terrified) of (?:my own |our own |my |our )(?:son|daughter|child|kid|husband|wife|partner|boyfriend|girlfriend|brother|sister|dad|father|mum|mom|mother|ex)(?!'s|\\p{L})",
    weight: 1,
    explanation: 'Your safety comes first. If you are in danger, call your local emergency number or a helpline.',
    safety: true,
  },
  {
    id: 'distress.cant-go-on',
    kind: 'distress',
    pattern: "I (?:just |really |honestly |simply |literally |genuinely |seriously |actually )?{cant} (?:do (?:this|it) )?any ?more|I {cant} (?:keep|go on|carry on) (?:doing|living|covering|paying|picking up|cleaning up|making excuses|lying|pretending|holding|bailing|rescuing|waiting|worrying|watching|fighting|going|carrying)(?!\\p{L})|I {cant} (?:keep |go on |carry on )?(?:living|going on|carrying on) like this|I {cant} (?:do|take|handle|deal with|cope with|keep doing|live like|go on like) (?:this|it|any of this|any of it)(?: (?:any ?more|much longer|on my own|alone))|I {cant} (?:take (?:it|this|any more|anymore)|go on|keep going|breathe)(?=\\s*(?:[.!,]|$|like this|any ?more))|I(?:'ve| have|ve) had enough(?=\\s*(?:[.!]|$))|(?:don't|dont|do not) know how (?:much more I can take|to keep going|to go on|much longer I can)",
    weight: 1.1,
    notInSentence: '{laugh}|(?:cute|funny|hilarious|adorable|excited|can\'t wait)',
  },
  {
    id: 'distress.cant-cope',
    kind: 'distress',
    pattern: "I {cant} cope|{im} (?:not|barely|hardly) coping|struggling to cope|{im} at (?:breaking point|the end of my (?:rope|tether)|my wits'? end|my limit(?=\\s*(?:[.!,]|$)))|{im} (?:barely|hardly|only just|just about) (?:holding on|holding (?:it|myself|things) together|coping|surviving|keeping (?:it|my head) together|functioning|hanging on)|{im} (?:really |just |honestly )?not (?:okay|ok|alright|all right|coping|doing (?:well|ok|okay))(?=\\s*(?:[.!,]|$))|I (?:haven't|havent|have not) been (?:okay|ok|alright|well|coping) (?:for|in) (?:a long time|months|weeks|ages|years)|I (?:just )?(?:want|wanna|need) to (?:run away|disappear|escape|get away) from (?:all (?:of )?(?:it|this)|everything|everyone|it all|you all|this family|my life)|I (?:just )?(?:want|wanna) to disappear(?=\\s*(?:[.!,]|$))|I (?:really |just |honestly )?hate (?:my life|myself|who I've become|what I've become)|I (?:don't|dont|do not) (?:even )?want to (?:come home|be (?:here|home|around you|near you|in this house)|see you|talk to you|speak to you|live (?:here|with you))(?: any ?more| ever again)(?!\\p{L})|{im} (?:so |just |completely |totally |utterly |really )?(?:falling apart|losing my mind|drowning|broken|a wreck|desperate)|I feel like {im} losing (?:him|her|them|my (?:son|daughter|child|kid|partner|husband|wife|brother|sister|mum|mom|dad))|{im} failing (?:him|her|them|my (?:son|daughter|kids|children|family)|everyone)|nothing (?:I|we) (?:do|try|say) (?:ever )?(?:helps|works|matters|makes a difference|is (?:ever )?(?:enough|right))|I feel (?:so |completely |totally |really |just )?(?:hopeless|helpless|alone|trapped|broken|worthless|useless|like (?:a failure|I'm failing|giving up|I'm going crazy|I'm drowning|I'm losing my mind|a terrible (?:mother|father|mum|mom|dad|parent|sister|brother|wife|husband|partner|friend)))",
    weight: 1,
    notInSentence: '{laugh}|(?:cute|funny|hilarious|adorable|excited)',
  },
  {
    id: 'distress.worn-out',
    kind: 'distress',
    // Tiredness alone is everyday ("I'm exhausted, long shift"), so it only adds to other cues.
    pattern: "I(?:'ve| have)? (?:cry|cried) (?:in the car |myself to sleep |in the shower )?(?:every (?:day|night|morning)|all the time)|{im} (?:so |really |completely |utterly |just |totally |absolutely |beyond )?(?:exhausted|worn out|worn down|drained|burnt out|burned out|running on empty|terrified|scared|frightened)|(?:{im}|I'm) (?:so |just |really )?(?:sick and tired|sick|tired) of (?:this|it|all (?:of )?this|everything|living like this|covering|cleaning up|picking up|lying|the lies)|I (?:haven't|havent|have not|can't|cant) (?:slept|sleep)(?: properly)?(?: in| for) (?:(?:\\d+|two|three|four|five|six|several|a few|a couple of) )?(?:days|weeks|nights|ages|months)|(?:nobody|no one|no-one) (?:cares|helps|listens|understands|notices|ever helps|ever listens)|(?:going to|gonna|about to) lose my mind|I (?:just )?{dont} know what (?:else )?to do(?: any ?more| about (?:him|her|them|this))",
    weight: 0.5,
    notInSentence: '{laugh}',
  },
  {
    id: 'distress.barely',
    kind: 'distress',
    pattern: "I (?:can|could) (?:barely|hardly) (?:get out of bed|sleep|eat|function|think straight|breathe|keep going|keep my eyes open|face (?:anyone|people|work|the day)|cope|hold (?:it|myself) together)|(?:I've|I have|I) (?:got )?nothing left(?: to give| in me| in the tank)?(?=\\s*(?:[.!,]|$| to give| in))|I feel (?:so )?(?:empty|numb|invisible)(?=\\s*(?:[.!,]|$))",
    weight: 0.6,
    notInSentence: '{laugh}',
  },
  {
    id: 'distress.fed-up',
    kind: 'distress',
    pattern: "{im} (?:so |just |really |absolutely |completely )?(?:sick and tired|sick|fed up|tired) of (?:this|it|all (?:of )?this|everything|all of it|living like this)(?=\\s*(?:[.!,]|$))|I {cant} (?:sleep|eat|think|breathe|focus)(?=\\s*(?:[.!,]|$))|I (?:just )?(?:give up)(?=\\s*(?:[.!]|$))",
    weight: 0.7,
    notInSentence: '{laugh}',
  },
  {
    id: 'distress.fear-for-them',
    kind: 'distress',
    pattern: "(?:scared|afraid|frightened|terrified|worried|worry) (?:that )?(?:you|he|she|they)(?:'re| are| is|'s)? (?:going to|gonna|will|'ll|might|could) (?:die|end up dead|overdose|od|kill (?:yourself|himself|herself|themselves)|not wake up|hurt (?:yourself|himself|herself|themselves))|(?:watch|watching|see|seeing) (?:you|him|her|them) (?:destroy|kill|ruin|throw away)(?:ing)? (?:yourself|himself|herself|themselves|your life|his life|her life|their life)|{you}(?:'re| are) (?:killing|destroying) yourself",
    weight: 1,
    explanation: 'Your fear for them makes sense. If anyone is in danger now, call your local emergency number or a crisis line.',
    safety: true,
  },
  {
    id: 'distress.heavy',
    kind: 'distress',
    pattern: "I {cant} stop (?:shaking|crying|panicking)|(?:my heart|I) {cant} take (?:much )?(?:more|any more|anymore) of (?:this|it|you)|(?:I've|I have|I) failed (?:as an? \\p{L}+|him|her|them|my (?:son|daughter|kids|children|family|boy|girl))|(?:I )?(?:dread|dreading) (?:what (?:you|he|she|they)(?:'ll| will)|(?:coming|going) home|the phone|every (?:call|knock|night|morning))|(?:too )?tired (?:of|to keep) (?:fighting|arguing|begging|trying|asking|pleading) (?:with )?(?:you|him|her|them)",
    weight: 1,
    notInSentence: '{laugh}|{warm}',
  },
];

const topic: CueRule[] = [
  {
    id: 'topic.crisis',
    kind: 'topic',
    pattern: "suicid(?:e|al)|overdos(?:e|ed|ing)|OD'?d|self[- ]harm(?:ing)?|(?:cut|cutting|hurt|hurting|harm|harming|kill|killing) (?:himself|herself|themselves|themself)|(?:end|ending|take|taking) (?:his|her|their) (?:own )?life|took too many pills|(?:a )?danger to (?:himself|herself|themselves|themself|others)",
    weight: 1,
    explanation: 'This is a heavy subject. If anyone is in danger now, call your local emergency number or a crisis line.',
    notInSentence: '(?:prevention|awareness|charity|fundraiser|squad|documentary|podcast)',
    safety: true,
  },
  {
    id: 'topic.mental-health',
    kind: 'topic',
    pattern: "psychos[ie]s|psychotic|(?:he|she|they)(?:'s|'ve| has| have) (?:completely |totally )?lost it|hearing voices|manic|mania|(?:nervous )?breakdown|sectioned|psych ward|mental (?:hospital|health (?:unit|ward|crisis))|crisis team|(?:off|stopped taking|not taking|isn't taking|won't take) (?:his|her|their|your) (?:meds|medication|pills)",
    weight: 0.5,
    explanation: 'This is a hard time. Gentle, plain words can help them feel less alone.',
  },
  {
    id: 'topic.relapse',
    kind: 'topic',
    pattern: 'relaps(?:e|es|ed|ing)|back on (?:the )?(?:drink|booze|bottle|drugs|gear|heroin|meth|coke|pills|it)|(?:drinking|using|drunk|high|wasted|stoned|gambling|hungover) again|fell off the wagon|slipped up|had a slip|stash|(?:found|hidden|hiding|hid) (?:a |the |more |another |empty )?(?:bottles? of \\p{L}+|vodka|booze|pills|drugs|cans)',
    weight: 0.6,
    explanation: 'A setback can feel scary. It is part of many recoveries, and calm words help you both.',
  },
  {
    id: 'topic.using',
    kind: 'topic',
    pattern: "(?:is|was|are|were|been|he's|she's|they're|you're|start(?:ed)?|stop(?:ped)?|keep|kept|still|caught (?:him|her|them|you)) using(?=\\s*(?:[.!?,]|$|drugs|heroin|meth|coke|cocaine|crack|gear|pills|in))|drugs?(?! store)|heroin|fentanyl|crystal meth|meth|cocaine|crack cocaine|smoking crack|(?:doing|on) (?:coke|crack|gear|pills)|ketamine|opioids?|benzos|smack|needles?|(?:got|getting|was|were|is|are|'s|'re) (?:so |completely |totally )?(?:high|stoned|wasted|smashed|hammered|off (?:his|her|their|your|my) (?:face|head))|smoking weed|dealer",
    weight: 0.4,
    explanation: 'Talking about drug use can bring up shame. Saying what you saw and how you feel can help.',
  },
  {
    id: 'topic.drinking',
    kind: 'topic',
    pattern: "drinking(?! (?:coffee|tea|water|juice|milk|smoothies?|hot chocolate|a (?:coffee|tea|latte|cuppa)|enough|fountain|straws?|glass(?:es)?|game))|(?<!non-)alcohol(?!-free)|drunk(?! (?:driver|driving))|booze|boozing|hungover|vodka|whiske?y|empty (?:wine |vodka |beer |gin |whisky )?bottles|bottles? of (?:wine|vodka|whisky|whiskey|gin|rum|cider)|(?:on|for) (?:the )?drink(?=\\s*(?:[.!?,]|$|and))|(?:touch|have) (?:another|a) drink(?= again| ever)|touch another drink",
    weight: 0.3,
    explanation: 'Drinking can be a hard subject. Saying what you saw and how you feel can help.',
  },
  {
    id: 'topic.money',
    kind: 'topic',
    pattern: "money(?:'s| is| has| keeps| kept| was)? (?:going |gone |been )?(?:missing|disappearing|disappeared|vanished|gone)|(?:missing|stolen) (?:money|cash)|(?:money|cash|[$£€]\\s?\\d[\\d,]*|\\d+ (?:quid|pounds|dollars|euros)) (?:is |was |has |went )?(?:missing |gone )?(?:from|out of) (?:my|our|the|your|mum's|mom's|dad's|gran's|grandma's) (?:purse|wallet|account|bag|card|jar|tin|drawer|room)|(?:took|stole|stolen|steal|stealing|nicked|taken|pinched) (?:money|cash|my (?:card|purse|wallet|bank card|jewellery|jewelry|rings?|laptop)|from (?:me|us|my|our|mum|mom|dad|your|the)|it from)|pawn(?:ed|ing)?(?: shop)?|where(?:'s| is| did| has) (?:the|my|all the|all my|our) money (?:gone|go)|the money(?:'s| is) gone|(?:jewellery|jewelry|rings?|necklace|chain|bracelet|earrings|watch|laptop|ipad|tablet|console|tv|bank card|card|purse|wallet|money|cash|savings)(?:'s| is| are| has| have)? (?:gone|missing|disappeared|vanished)|cleared out (?:the|my|our|her|his) (?:account|savings)",
    weight: 0.6,
    explanation: 'Money going missing hurts. Saying what you noticed, without guessing why, can keep the door open.',
  },
  {
    id: 'topic.treatment',
    kind: 'topic',
    pattern: 'rehab|detox|treatment|therapy|therapist|counsell?(?:or|ing)|psychiatrist|psychiatric|meds|medication|(?:AA|NA) meetings?|meetings(?= again)|inpatient|methadone|suboxone|intervention|get help|sober|sobriety',
    weight: 0.3,
    explanation: 'Treatment can be a hard subject. An offer of support tends to land better than a demand.',
  },
  {
    id: 'topic.hospital',
    kind: 'topic',
    pattern: 'hospital|A&E|A and E|emergency room|ICU|intensive care|ambulance|paramedics',
    weight: 0.25,
    explanation: 'Hospital can be a heavy subject. Being gentle with them, and with yourself, helps.',
  },
  {
    id: 'topic.housing',
    kind: 'topic',
    pattern: "(?:kick|kicking|kicked|throw|throwing|thrown|threw|boot|booting|booted) (?:you|him|her|them) out|move out|moving out|moved out|homeless|evict(?:ed|ion|ing)?|sofa-?surfing|couch-?surfing|on the streets",
    weight: 0.3,
    explanation: 'Talk of moving out is big for everyone. It may help to say it when you both feel calm.',
  },
  {
    id: 'topic.police',
    kind: 'topic',
    pattern: 'police|cops|arrest(?:ed)?|probation|in custody|charged with|jail|prison|restraining order|on bail|court (?:date|case|hearing|order)',
    weight: 0.3,
    explanation: 'Police can be a frightening subject. If anyone is in danger now, your safety comes first.',
  },
  {
    id: 'topic.again-using',
    kind: 'topic',
    pattern: "(?:drinking|using|drunk|high|wasted|stoned|hammered|smashed|gambling|hungover|at the (?:bottle|booze)|on the (?:drink|booze|bottle)|off (?:his|her|their|your|ur) (?:meds|medication|pills|face|head)|sectioned|arrested|in (?:a&e|custody|rehab|detox))(?: (?:again|yet again|all over again))|back on (?:the )?(?:drink|booze|bottle|drugs|gear|heroin|meth|coke|pills|it|the stuff)|back in (?:the )?(?:psych ward|ward|mental health unit|a&e|rehab|detox|crisis house|cells?)",
    weight: 1,
    explanation: 'A setback can feel scary. It is part of many recoveries, and calm words help you both.',
    notAfter: "{negated}|(?:prices?|rents?|bills?|temperatures?|temps?|fever|tide|river|water|pollen|numbers?|scores?|costs?|rates?|kids|sugar)(?:\\s+[\\p{L}']+){0,2}\\s*$",
    notInSentence: '{laugh}|(?:proud|well done)',
  },
  {
    id: 'topic.said-to-you',
    kind: 'topic',
    // Drinking or using named as a charge to the person: "you're drunk", "have you been drinking?".
    pattern: "(?:{youre}|you were|you've been|you have been|have you been|are you|were you|you look|you sound|you seem|you smell) (?:so |completely |totally |absolutely |clearly |obviously |still |just |even )?(?:drunk|high|stoned|wasted|hammered|smashed|plastered|pissed(?! off)|off (?:your|ur) (?:face|head|tits|trolley)|out of your (?:head|skull))(?! (?:on|up|school|street|five|chair|heels|tide|sugar|with|of life|spirits)(?!\\p{L}))|{you} (?:were |was |are |'re )?(?:slurring|stumbling|staggering|swaying|falling about|throwing up|paralytic|legless)|(?:{youre}|you were|you've been|you have been|have you been|been|you're still|are you still) (?:drinking|using)(?=\\s*(?:[.!?,]|$|again|haven't|havent|aren't|arent|didn't|weren't|all (?:day|night|weekend)|since|behind|at (?:the|his|her|their|my|our|your|work|gran's)))",
    weight: 1,
    explanation: 'Naming drinking or drug use as a charge can bring up shame. Saying what you saw and how you feel can help.',
    notAfter: '{negated}',
    notInSentence: '{laugh}|(?:water|coffee|tea|enough|proud|well done)',
  },
  {
    id: 'topic.money-taken',
    kind: 'topic',
    pattern: "{you} (?:took|stole|nicked|pinched|spent|blew|gambled|pawned|sold|pocketed|helped yourself to|have taken|'ve taken|'ve been taking|have been taking|been taking|keep taking) {whose} (?:\\p{L}+ ){0,2}?{valuable}|did {you} (?:take|steal|nick|pinch|spend|pawn|sell|borrow) {whose} (?:\\p{L}+ ){0,2}?{valuable}|who (?:took|stole|nicked|pinched|has taken|'s been taking|has been taking|keeps taking|has been in) (?:the |my |our |all the |that )?{valuable}|where(?:'s| is| did| has| have)? (?:all )?(?:the|my|our|all the|all my|that|your) (?:\\p{L}+ )?(?:money|cash|savings|wages|rent|pension)(?: (?:gone|go|went))?|what (?:happened|have you done|did you do) (?:to|with) (?:the|my|our|all the|all my|that) (?:\\p{L}+ )?(?:money|cash|savings|wages|rent|pension)",
    weight: 1,
    explanation: 'Money going missing hurts. Saying what you noticed, without guessing why, can keep the door open.',
    notBefore: '^\\s*(?:charger|case|by mistake|home|back|with you|for the (?:trip|school|milkman|window)|in the (?:tin|jar|envelope) for)',
    notInSentence: '{warm}|(?:raffle|trip|school|milkman|window cleaner|tooth fairy)',
  },
  {
    id: 'topic.money-short',
    kind: 'topic',
    pattern: "(?:rent|account|money|tin|jar|purse|wallet|savings|kitty)(?:'s| is| was| has been| came up)? (?:short|empty|cleared out|drained)|(?:card|bank card|account)(?:'s| has| had| was)? been used|(?:[£$€]\\s?\\d[\\d,]*|(?:\\d+|ten|twenty|thirty|forty|fifty|sixty|a hundred|two hundred|(?:one|two|three|four|five|six|seven|eight|nine) hundred) (?:quid|pounds|dollars|euros|bucks)) (?:\\p{L}+ )?(?:gone|missing|short)",
    weight: 0.6,
    explanation: 'Money going missing hurts. Saying what you noticed, without guessing why, can keep the door open.',
  },
  {
    id: 'topic.meds-stopped',
    kind: 'topic',
    pattern: "{you}(?:'ve| have)? (?:stopped|quit|skipped|been skipping|come off|came off|not taking|aren't taking|arent taking|haven't been taking|haven't taken|havent taken|are off|'re off) (?:taking )?(?:your|ur) (?:meds|medication|pills|tablets|lithium|antidepressants|injections?)|(?:did|have) {you} (?:even|actually|really) (?:take|taken) (?:your|ur) (?:meds|medication|pills|tablets)",
    weight: 1,
    explanation: 'Medication can be a sore subject. Asking how they feel about it may help more than checking up.',
    notInSentence: '{warm}|doctor said|(?:gp|nurse) said',
  },
  {
    id: 'topic.unconscious',
    kind: 'topic',
    pattern: "(?:found|find) (?:him|her|them|you) (?:\\p{L}+ )?(?:unconscious|unresponsive|on the floor|collapsed)|unconscious|unresponsive",
    weight: 1,
    explanation: 'This is a heavy subject. If anyone is in danger now, call your local emergency number or a crisis line.',
    notInSentence: '{laugh}',
    safety: true,
  },
  {
    id: 'topic.passed-out',
    kind: 'topic',
    pattern: "(?:passed|blacked) out(?! (?:the|leaflets|flyers|sweets|cards|programmes)(?!\\p{L}))",
    weight: 0.8,
    explanation: 'This is a heavy subject. If anyone is in danger now, call your local emergency number or a crisis line.',
    notInSentence: '{laugh}|(?:tired|exhausted|knackered|shattered|long day|long shift|marathon|gym|heat)',
    safety: true,
  },
  {
    id: 'topic.hidden',
    kind: 'topic',
    pattern: "why (?:is|are) there (?:a |an |some |more |another |empty |three |two |\\d+ )?(?:\\p{L}+ )?(?:bottles?|cans|vodka|gin|whisky|pills|drugs|needles?|foil|weed|baggies|wraps?|spoons?)(?!\\p{L})|(?:found|find|finding) (?:a |an |the |some |more |another |empty |three |two )?(?:\\p{L}+ )?(?:bottles?|cans|vodka|gin|whisky|pills|drugs|needles?|foil|weed|baggies|wraps?) (?:[\\p{L}']+ ){0,3}?(?:in|under|behind|inside) (?:your|ur|the back of your)|(?:found|find) (?:your|ur) (?:stash|gear|bottles?|pills|drugs|weed|vodka|needles?)|(?:hidden|hiding|stashed|tucked) (?:away )?(?:in|under|behind|at the back of) (?:your|ur|the)",
    weight: 1,
    explanation: 'Finding this can be a shock. Saying what you found and how you feel, without guessing, can keep you talking.',
    notInSentence: '{laugh}|(?:present|gift|surprise|christmas|birthday|easter)',
  },
  {
    id: 'topic.money-spent',
    kind: 'topic',
    pattern: "maxed out (?:another|my|your|the|our|mum's|dad's|two|three)(?: \\p{L}+)? cards?|run up (?:[£$€]\\s?[\\d,]+|debts?|a bill|(?:\\p{L}+ )?(?:thousand|hundred|grand)) (?:[\\p{L}'£$€\\d,]+ ){0,3}?on (?:my|our|the|mum's|dad's|your)|spending money (?:you|we) (?:don't|dont|do not) have|bailiffs|debt collectors|(?:who|someone|somebody|you)(?:'s| has| have|'ve)? (?:been (?:in|through|into)|gone through|went through|going through) (?:my|our|mum's|dad's|gran's|nan's) (?:purse|wallet|bag|handbag|drawer|room|bedroom|account|savings|jewellery box|safe)|(?:money|penny|pound|cash|wages|pay|benefits|it all|everything) (?:I give you |you get |you earn |you have )?(?:goes|went|gone|going) (?:on|to|up (?:your nose|in smoke)) (?:drink|drugs|booze|the pub|gambling|betting|the bookies|weed|coke|the machines|scratchcards)|{you}(?:'ve| have)? (?:spent|blown|wasted|drunk|lost|gambled) (?:away )?(?:every penny|all (?:of )?(?:our|my|the|your|his|her) (?:money|savings|wages|pension)|everything we had|the lot)|(?:gambl\\p{L}*|drinking|spending|blowing|wasting|betting) (?:away )?{whose} (?:\\p{L}+ )?(?:money|rent|savings|wages|pension|benefits)|(?:[£$€]\\s?\\d[\\d,]*|(?:\\d+|ten|twenty|thirty|forty|fifty|sixty|a hundred|two hundred|(?:one|two|three|four|five|six|seven|eight|nine) hundred) (?:quid|pounds|dollars|euros|bucks))(?: is| has| was)? (?:gone|missing)(?! (?:on|for)(?!\\p{L}))|(?:^|(?<=[.!?]\\s{1,3}))explain (?:the|this|that|these|why|how|where|what) (?:[\\p{L}£$€\\d]+ ){0,3}?(?:withdrawals?|money|cash|receipts?|charges?|transactions?|payments?|bottles?|cans|texts?|messages?|bruises?)(?=\\s*[.!]|\\s*$)",
    weight: 1,
    explanation: 'Money going missing hurts. Saying what you noticed, without guessing why, can keep the door open.',
    notInSentence: '{laugh}|{warm}',
  },
  {
    id: 'topic.drink-driving',
    kind: 'topic',
    pattern: "(?:drove|drive|driving|drive home|drove home|driven) (?:[\\p{L}']+ ){0,3}?(?:drunk|high|stoned|over the limit|after drinking)(?!\\p{L})|(?:drink|drunk)[- ]driv\\p{L}*|driving after (?:the pub|drinking|a drink|a few|the party|a session)",
    weight: 1,
    explanation: 'This is frightening to face. Saying you are scared for everyone’s safety may help them hear you.',
    notAfter: '{negated}',
    notInSentence: '{laugh}|(?:campaign|advert|ad|checkpoint|statistics|film)',
  },
  {
    id: 'topic.how-much',
    kind: 'topic',
    pattern: "how (?:much|many) (?:have|did) {you} (?:had|have|drunk|drink|drank|taken|take|smoked|smoke|used|use)(?! to(?!\\p{L}))(?!\\p{L})|(?:drinking|using) (?:in the mornings?|before (?:work|noon|lunch|school)|at breakfast|every (?:day|night)|alone|in secret)|{your} (?:\\p{L}+ )?(?:drinking|using|lying|gambling|behaviou?r|temper|moods?) (?:is|was|are|were) (?:the reason|why|ruining|killing|destroying|tearing)|straight back to it|back to (?:your|his|her|their) old ways",
    weight: 1,
    explanation: 'Drinking can be a hard subject. Saying what you saw and how you feel can help.',
    notInSentence: '{laugh}|{warm}',
  },
];

const shoutingRules: CueRule[] = [
  {
    id: 'shouting.angry-emoji',
    kind: 'shouting',
    pattern: '(?:😡|🤬|👿|💢)+',
    weight: 0.3,
    explanation: 'An angry emoji can say more than you mean. Your own words may carry it better.',
  },
];

/** The English cue lexicon. */
export const lexiconEn: CueLexicon = {
  language: 'en',
  macros,
  explanations: {
    absolute: 'Words like “always” and “never” can make someone defend themselves instead of hearing you.',
    blame: 'Blame can make it hard for someone to hear you. Saying how it felt for you may land more softly.',
    ultimatum: 'A threat said in anger is hard to take back. A calm boundary about what you will do often lands better.',
    label: 'Labels like this can sting and stay. Naming what happened, not who they are, is easier to hear.',
    topic: 'This is a tender subject. A calm moment and a caring first line can help.',
    shouting: 'Capitals and “!!!” can read as shouting, even when you mean it as care.',
    distress: 'This sounds really hard. You matter too. Is there someone who can support you today?',
  },
  rules: [...absolute, ...blame, ...ultimatum, ...label, ...distress, ...topic, ...shoutingRules],
  shouting: {
    acronyms: [
      'OK', 'OKAY', 'LOL', 'LMAO', 'OMG', 'FYI', 'ASAP', 'BTW', 'IDK', 'IMO', 'TBH', 'ETA', 'RSVP', 'AKA', 'DIY',
      // Not "US", "IT" or "AM": in a run of capitals they are far more often "us", "it", "am".
      'USA', 'UK', 'EU', 'NHS', 'GP', 'ER', 'ICU', 'AA', 'AI', 'TV', 'PC', 'ID', 'PIN', 'ATM',
      'NYC', 'CEO', 'HR', 'PM', 'CAMHS', 'ADHD', 'OCD', 'PTSD', 'BPD', 'CBT', 'DBT',
      'MRI', 'DNA', 'COVID', 'GCSE', 'SATS', 'NASA', 'BBC', 'ITV', 'CNN', 'NFL', 'NBA', 'FIFA', 'UEFA', 'DM', 'PS',
      'AUD', 'EUR', 'GBP', 'USD', 'AOK', 'OOO', 'WIP', 'FAQ', 'PDF', 'URL', 'APP', 'IOU', 'SOS', 'VIP', 'MOT',
    ],
    minRun: 2,
    runWeight: 0.6,
    wordWeight: 0.3,
    punctuationWeight: 0.4,
    maxTotal: 0.6,
    explanation: 'Capitals and “!!!” can read as shouting, even when you mean it as care.',
  },
  quotes: {
    pairs: [
      ['“', '”'],
      ['"', '"'],
      ["'", "'"],
      ['«', '»'],
    ],
    replyHeaders: [
      '^On .{1,200}wrote:\\s*$',
      '^-{2,}\\s*Original Message\\s*-{2,}',
      '^-{2,}\\s*Forwarded message\\s*-{2,}',
      '^From: .{1,200}\\n(?:Sent|Date): ',
    ],
  },
  help: helpLexiconEn,
};
