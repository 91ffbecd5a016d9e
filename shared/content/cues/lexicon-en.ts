import type { CueLexicon, CueRule } from './lexicon-types.ts';

/*
 * English cue lexicon. Data only; the matching rules are in shared/domain/cue-detector.ts.
 * Weights: 1 nudges on its own at standard sensitivity, 1.5 at gentle (see lexicon-types.ts).
 * Tuned against tests/fixtures/messages/labelled-messages.json; run
 * `npx tsx scripts/bench-detector.ts` after a change to see precision and recall.
 *
 * Be honest about what a phrase list can do: on fresh messages written after tuning
 * (four rounds, Nov 2025), precision stayed around 0.9 but recall was only about 0.3.
 * It catches the phrasings it knows. When you meet a new one, add the family of
 * phrasings it belongs to (not the exact sentence), add the message to the labelled
 * set, and check the bench.
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
  fill: '(?:so|such|all|just|really|a|an|total|complete|completely|totally|absolute|absolutely|utter|utterly|fucking|fuckin|bloody|effing|being|acting|like|nothing but|a bit|a little|literally|clearly|obviously|pathetic|useless|hopeless|stupid|raging|drunken|lying|worthless|selfish|lazy|dirty|little|old|sad|sorry)',
  labelNoun:
    '(?:addicts?|junkies?|junky|crackheads?|druggies?|druggy|smackheads?|cokeheads?|potheads?|stoners?|alkies?|alky|lush|psychos?|psychopaths?|sociopaths?|schizos?|nutcases?|nutjobs?|nutters?|lunatics?|maniacs?|losers?|failures?|liars?|thief|thieves|waste of (?:space|oxygen|time)|disgrace|disappointment|embarrassment|monsters?|idiots?|(?:bad|terrible|awful|useless|shit|crap|rubbish|horrible|lousy|pathetic|(?:sorry|poor) excuse for an?) (?:person|mother|father|mum|mom|dad|son|daughter|parent|brother|sister|husband|wife|partner|friend|human being)|piece of (?:shit|crap|work)|deadbeats?|freaks?|basket case|head ?case|mental case|drama queen|leech|parasite|scrounger)',
  // Nouns that are only labels with an article: "a drunk", but "he's drunk" is a state.
  labelNounA: '(?:drunk|alcoholic|mess|wreck|failure|joke)',
  // What follows "you're" or "he's" when it is a label.
  labelTail:
    '(?:(?:{fill} ){0,2}(?:a|an) (?:{fill} ){0,3}{labelNounA}|(?:{fill} ){0,4}(?:{labelNoun}|{labelAdj})|(?:{fill} ){0,2}the (?:most|biggest|worst) (?:{labelAdj}|{labelNoun}|(?:mother|father|mum|mom|dad|son|daughter|brother|sister|partner|husband|wife|person))|(?:acting|behaving) like (?:a |an )?(?:spoil(?:ed|t) |little |big |stupid )?(?:child|kid|baby|brat|teenager|toddler|animal))(?!\\p{L})',
  labelAdj:
    '(?:crazy|mental|nuts|insane|psycho|schizo|bipolar|unhinged|deranged|delusional|paranoid|hysterical|selfish|useless|pathetic|worthless|disgusting|embarrassing|evil|lazy|stupid|not right in the head|sick in the head|off (?:your|his|her|their) (?:head|rocker|meds)|out of control|out of (?:your|his|her|their) mind)',
  // Third person before an adjective: "he's", "your mother is".
  they: "(?:(?:he|she|they)(?:'s|'re| is| are| was| were| has been| have been)|(?:{your}|my|our|his|her|their) {family}(?:'s| is| was| has been| are| were))",
  laugh: '(?:lol|lmao|lmfao|rofl|haha\\w*|hehe\\w*|jk|just kidding|joking|kidding|😂|🤣|😆|😜|😝|😹|🙃|😅)',
  // Warmth in the sentence turns "you always…" into a compliment.
  warm: "(?:love|loved|lovely|laugh|smile|smiling|proud|best|amazing|great|wonderful|awesome|brilliant|beautiful|gorgeous|thank you|thanks(?! for nothing)|grateful|welcome|happy|glad|cheer|brighten|fun|funny|cute|adorable|surprise|perfect|❤️|❤|💕|💖|😊|🥰|😍|🙂|☺️|🤗|(?<!\\p{L})x{1,4}(?!\\p{L})|{laugh})",
  // Past tense after "you never": "you never replied" is about one time, not a habit.
  past: "(?:\\p{L}*[^\\se]ed|told|said|sent|gave|came|went|got|took|made|paid|brought|left|rang|wrote|thought|knew|bought|showed|kept|saw|met|found|forgot|spoke|ate|drove|ran|sat|slept|understood|heard|lost|won|meant|felt|taught|caught|wore|woke|did|had|was|were)(?!\\p{L})",
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
    notBefore: '^\\s*(?:know|can tell|cease|fail|have to|need to|had to|will have to|ever have to|alone|too (?:old|late)|mind|looked better|disappoint|let (?:me|us) down)(?!\\p{L})',
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
    pattern: 'because of {you}(?! guys)|because of {your} (?:drinking|using|drug use|drugs|lies|lying|habit|addiction|temper|behaviou?r|choices|gambling)|{youre} the reason',
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
    pattern: "I (?:blame|will never forgive|'ll never forgive|can't forgive|cant forgive|won't forgive|wont forgive|will never forget) {you}|{you} (?:only )?have yourself to blame|{you} brought (?:this|it) on yourself|look (?:at )?what {you}(?:'ve| have)? (?:done|did)|{you} did this(?: to (?:us|me|this family|yourself))?(?=\\s*(?:[.!?]|$))|this is (?:what|how) {you} (?:do|repay|thank|treat)|how {you} repay me",
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
    pattern: "I wish {you}(?:'d| had| would)? (?:never been born|were dead|was dead|would die|would disappear|weren't my|wasn't my)|I wish I(?:'d| had) never had {you}|(?:drink|drug|smoke) yourself to death|{youre} (?:not|no longer) my {family}(?: any ?more)?",
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
    pattern: "{you} (?:lied|lie|are lying|'re lying|keep lying|always lie|never tell the truth)(?! (?:down|on|in|back|there)(?!\\p{L}))|(?:don't|dont|do not|stop) (?:you )?(?:dare )?(?:lie|lying) to me",
    weight: 0.8,
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
    pattern: '(?:sick|tired)(?: to death| and tired)? of (?:your|ur) (?:excuses|lies|lying|drinking|using|drug use|games|bullshit|crap|shit|drama|attitude|behaviou?r|mess|messes|temper|moods?|nonsense|selfishness|promises|problems|rubbish|face)|(?:sick|tired)(?: to death| and tired)? of (?:you|u)(?=\\s*(?:[.!,]|$))',
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
    pattern: "if (?:{you}|he|she|they)(?!\\p{L})[^.!?\\n]{1,80}?(?:,\\s*|\\s+)(?:then\\s+)?(?:{iWill}|we(?:'ll| will|'re| are)(?: going to)?) (?:\\p{L}+ ){0,2}?(?:leave|leaving|call(?:ing)? the (?:police|cops)|kick(?:ing)? you out|throw(?:ing)? you out|cut(?:ting)? you off|stop (?:giving|paying|helping|talking|lending)|chang(?:e|ing) the locks|report(?:ing)? you|walk(?:ing)? away|walk(?:ing)? out|divorc(?:e|ing)|ask you to (?:leave|move out|go)|mov(?:e|ing) out|pack(?:ing)? your|never (?:speak|talk|see|help|give|forgive)|end(?:ing)? (?:this|it|things|us)|tak(?:e|ing) the (?:kids|children)|press(?:ing)? charges|get(?:ting)? a (?:lawyer|restraining order))(?!\\p{L})|if (?:{you}|he|she|they)(?!\\p{L})[^.!?\\n]{1,80}?(?:,\\s*|\\s+)(?:then\\s+)?(?:{im}|we're|we are|{youre}|he's|she's|they're) (?:so |completely )?(?:done|gone|through|finished|out)(?=\\s*(?:[.!,]|$))|if {you}(?!\\p{L})[^.!?\\n]{1,80}?,\\s*(?:then\\s+)?(?:don't|dont|do not) (?:bother|ever|even think about) \\p{L}+",
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
    pattern: 'what (?:a|an) (?:{fill} ){0,2}{labelNoun}(?!\\p{L})',
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
    pattern: "(?:{im} |I feel )?(?:scared|afraid|frightened|terrified) (?:of (?:what )?(?:him|her|them|he'll|she'll|they'll|he might|she might|they might)|(?:he|she|they)(?:'ll| will| might) (?:hurt|hit) (?:me|us|the kids))|(?:he|she|they) (?:hit|hurt|pushed|threatened) (?:me|us|the kids)",
    weight: 1,
    explanation: 'Your safety comes first. If you are in danger, call your local emergency number or a helpline.',
    safety: true,
  },
  {
    id: 'distress.cant-go-on',
    kind: 'distress',
    pattern: "I (?:just |really |honestly |simply )?{cant} (?:do (?:this|it) )?any ?more|I {cant} (?:keep |go on |carry on )?(?:living|going on|carrying on) like this|I {cant} (?:do|take|handle|deal with|cope with|keep doing|live like|go on like) (?:this|it|any of this|any of it)(?: (?:any ?more|much longer|on my own|alone))|I {cant} (?:take (?:it|this|any more|anymore)|go on|keep going|breathe)(?=\\s*(?:[.!,]|$|like this|any ?more))|I(?:'ve| have|ve) had enough(?=\\s*(?:[.!]|$))|(?:don't|dont|do not) know how (?:much more I can take|to keep going|to go on|much longer I can)",
    weight: 1.1,
    notInSentence: '{laugh}|(?:cute|funny|hilarious|adorable|excited|can\'t wait)',
  },
  {
    id: 'distress.cant-cope',
    kind: 'distress',
    pattern: "I {cant} cope|{im} (?:not|barely|hardly) coping|struggling to cope|{im} at (?:breaking point|the end of my (?:rope|tether)|my wits'? end)|{im} (?:so |just |completely |totally |utterly |really )?(?:falling apart|losing my mind|drowning|broken|a wreck|desperate)|I feel like {im} losing (?:him|her|them|my (?:son|daughter|child|kid|partner|husband|wife|brother|sister|mum|mom|dad))|{im} failing (?:him|her|them|my (?:son|daughter|kids|children|family)|everyone)|nothing (?:I|we) (?:do|try|say) (?:ever )?(?:helps|works|matters|makes a difference|is (?:ever )?(?:enough|right))|I feel (?:so |completely |totally |really |just )?(?:hopeless|helpless|alone|trapped|broken|worthless|useless|like (?:a failure|I'm failing|giving up|I'm going crazy|I'm drowning|I'm losing my mind|a terrible (?:mother|father|mum|mom|dad|parent|sister|brother|wife|husband|partner|friend)))",
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
    pattern: "money(?:'s| is| has| keeps| kept| was)? (?:going |gone |been )?(?:missing|disappearing|disappeared|vanished|gone)|(?:missing|stolen) (?:money|cash)|(?:money|cash|[$£€]\\s?\\d[\\d,]*|\\d+ (?:quid|pounds|dollars|euros)) (?:is |was |has |went )?(?:missing |gone )?(?:from|out of) (?:my|our|the|your|mum's|mom's|dad's|gran's|grandma's) (?:purse|wallet|account|bag|card|jar|tin|drawer|room)|(?:took|stole|stolen|steal|stealing|nicked|taken|pinched) (?:money|cash|my (?:card|purse|wallet|bank card|jewellery|jewelry|rings?|laptop)|from (?:me|us|my|our|mum|mom|dad|your|the)|it from)|pawn(?:ed|ing)?(?: shop)?|where(?:'s| is| did| has) (?:the|my|all the|all my|our) money (?:gone|go)|the money(?:'s| is) gone|(?:jewellery|jewelry|rings?|necklace|laptop|tv|bank card|card|purse|wallet|money|cash|savings)(?:'s| is| are| has| have)? (?:gone|missing|disappeared)|cleared out (?:the|my|our|her|his) (?:account|savings)",
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
};
