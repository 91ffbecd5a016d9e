import type { HelpLexicon, HelpRule } from './lexicon-types.ts';

/*
 * English help rules: phrases that call for help, not a thought about wording (see
 * shared/domain/nudge/cue-help.ts). Data only. Patterns are matched as whole words on lower-cased
 * text, like the cue lexicon's, with the same guards.
 *
 * Safe-messaging: these patterns may name despair and danger in order to find them, but
 * nothing here is ever shown to anyone. What the chip shows is our own caring line and
 * the help lines, never the person's words and never any detail of a method.
 *
 * Tuned against tests/fixtures/messages/help-messages.json (despair and danger, safety, and
 * look-alikes such as "this traffic is killing me", "dead tired", "my phone died"). When a
 * real message is missed, add its family of phrasings here and the message to that set.
 * A missed crisis costs more than a wrong one, but idioms must stay quiet: a chip that
 * answers "I could kill for a coffee" with crisis lines teaches people to ignore it.
 */

const macros: Record<string, string> = {
  // Someone the writer loves or lives with, as the subject of a sentence.
  rel: '(?:son|daughter|boy|girl|kid|child|husband|wife|partner|boyfriend|girlfriend|ex|brother|sister|dad|father|mum|mom|mam|mother|friend|stepson|stepdaughter|nephew|niece|cousin|uncle|aunt|grandson|granddaughter)',
  who: '(?:he|she|they|(?:my |our |your )?{rel})',
  // The subject and the little words that may follow it: "she's", "he has just", "my son keeps".
  whoDid: "(?:{who}|{you})(?:'s|'ve|'d)?(?: (?:has|have|had|is|was|keeps|kept|been|now|just|must|may|might|already|always|then|finally|actually|literally|physically|sometimes|again))*",
  // "He's", "she has", "they are", "my son is": the subject and a verb of being or having.
  whoIs: "(?:(?:he|she)(?:'s| is| has| was)|they(?:'re| are| have| were)|(?:my|our|your) {rel}(?:'s| is| has| was))",
  laugh: '(?:lol|lmao|lmfao|rofl|haha\\w*|hehe\\w*|jk|just kidding|joking|kidding|😂|🤣|😆|💀|😅|🙃)',
  // A negation just before, in the same clause: "I would never…", "I'm not…".
  negated: "(?:(?<!\\p{L})(?:not|never|no)(?!\\p{L})|\\p{L}n't(?!\\p{L})(?!\\s+stop)|(?<!\\p{L})(?:dont|wont|wouldnt|didnt|isnt|wasnt|cant|couldnt)(?!\\p{L})(?!\\s+stop))(?:\\s+[\\p{L}']+){0,2}\\s*$",
  // Idioms of "die" and "kill": of embarrassment, laughing, for a coffee.
  idiom: '(?:embarrass\\p{L}*|cringe|laugh\\p{L}*|hilarious|funny|for (?:a|an|some) (?:coffee|tea|pizza|burger|nap|drink|beer|sleep|holiday|lie-in)|the suspense|jealous|envy|hungry|boring|bored|so cute|too cute|{laugh})',
  // Being hurt by the other person: the verbs of it.
  hurtVerb: "(?:hit|hits|punched|punches|slapped|slaps|kicked|kicks|shoved|shoves|pushed|pushes|choked|chokes|strangled|strangles|beat|beats|beat up|bit|spat at|spits at|headbutted|threw (?:[\\p{L}']+ ){0,3}?at|throws (?:[\\p{L}']+ ){0,3}?at|grabbed|grabs|pinned|hurt|hurts)",
  victim: '(?:me|us|the (?:kids|children|baby)|my (?:son|daughter|kids|children|baby|boy|girl|mum|mom|dad))',
};

/** Not a crisis: "I hurt myself at the gym", "cut myself shaving". */
const ACCIDENT = '(?:shaving|on (?:a|an|the|my)|while|by accident|accidentally|chopping|cooking|at (?:the gym|work|football|training)|in the kitchen|playing|lifting|running|falling|when i fell|with the (?:knife|scissors|tin|can|saw))';

const crisis: HelpRule[] = [
  {
    id: 'crisis.wish-dead',
    help: 'crisis',
    pattern:
      "i (?:just |really |honestly |sometimes |often |still |kind of |kinda |almost |secretly )?(?:wish|wished) (?:i (?:was|were|'d|had|would|could|could just) |i'd (?:just )?)?(?:be |been )?(?:dead|die|died|never been born|never woken up|not wake up|not (?:be )?(?:here|alive)|disappear (?:forever|for good))",
    notInSentence: '{idiom}',
  },
  {
    id: 'crisis.want-to-die',
    help: 'crisis',
    pattern:
      "i (?:just |really |honestly |sometimes |often |still |kind of |kinda |genuinely |actually )?(?:want|wanna|wanted|need|feel like i want) to die|i (?:don't|dont|do not) want to (?:be alive|live|exist|wake up|go on|be here)(?: any ?more| now| tomorrow)?(?=\\s*(?:[.!,]|$|any|now|tomorrow|at all|i|and|but|so|because|cause|cos))|i (?:hate|'m tired of|m tired of|am tired of|'m sick of|am sick of) (?:being alive|living|existing)|tired of (?:living|being alive)|(?:go to sleep|fall asleep|sleep) and (?:never|not) wake up",
    notAfter: '{negated}',
    notBefore: '^\\s*(?:of|from|laughing|happy|old|in (?:a|the) (?:flat|house|place|city|town))',
    notInSentence: '{idiom}|(?:in (?:that|this) (?:flat|house|town|city|place)|with (?:him|her|them|you) any ?more)',
  },
  {
    id: 'crisis.kill-myself',
    help: 'crisis',
    pattern:
      "kill(?:ing)? myself|(?:end|ending|take|taking) my (?:own )?life|(?:end|ending) it all|(?:end|ending) (?:it|things)(?= for good| tonight)|(?:thinking|thought|think) (?:about|of) (?:suicide|ending it|not being here|dying|taking my life|killing myself)|suicidal|(?:attempted|tried to commit) suicide|suicide (?:attempt|note|plan)",
    notAfter: '{negated}|(?:rather|sooner)\\s+$',
    notBefore: "^\\s*(?:laughing|with laughter|for (?:forgetting|not|being|saying|\\p{L}+ing)|(?:if|when) (?:i|you) (?:have|had) to|(?:squad|prevention|awareness))",
    notInSentence: '{idiom}|(?:squad|prevention|awareness|documentary|podcast|film|movie|book|song|lyrics|training|course|charity|fundraiser|character|episode|sponsored)',
  },
  {
    id: 'crisis.better-off',
    help: 'crisis',
    pattern:
      "(?:everyone|everybody|{you}|they|we|the kids|my (?:family|kids|children)|you all|the world|you lot)(?: all)?(?:'d| would|'ll| will)?(?: all)? be better off without me|(?:no|not any|isn't any|isnt any) (?:point|reason) (?:in |to )?(?:living|being alive|going on|to live|to go on|being here|carrying on|waking up)|what's the point (?:of|in) (?:living|being alive|going on|me|waking up)|(?:nobody|no one|no-one|noone) (?:would|will|'d)(?: even)? (?:miss|notice|care) (?:me|if i (?:was|were|died|disappeared|was gone|wasn't here|weren't here))|(?:won't|wont|will not) be (?:around|here) (?:much longer|for much longer|tomorrow|any ?more)|(?:i'm|im|i am) a burden (?:to|on) (?:everyone|you all|my family|you|the family)|(?:i've|ive|i have) (?:written|left) (?:my )?(?:goodbye |last )?(?:notes?|letters?) for (?:everyone|you all|the kids|you)",
    notInSentence: '{laugh}|(?:party|trip|holiday|work|office|meeting|the weekend|leaving do|farewell do|new job)',
  },
  {
    id: 'crisis.self-harm',
    help: 'crisis',
    pattern:
      "i (?:want|wanna|need|feel like|keep wanting|have the urge|had the urge|'m going to|m going to|am going to|might) to (?:cut|hurt|harm|burn) myself|(?:i've|ive|i have|i) (?:been |started |keep |kept |started )(?:cutting|hurting|harming|burning) myself|i (?:cut|hurt|harmed|burned|burnt) myself (?:again|on purpose|deliberately)|self[- ]?harm(?:ing|ed)?|(?:urge|urges) to (?:cut|hurt|harm)(?: myself)?|{whoIs}(?: been| started| tried to)? (?:cutting|hurting|harming|burning|hurt|harm|cut) (?:himself|herself|themselves|themself)(?! (?:shaving|on|while|by accident|accidentally|at|playing|chopping))",
    notAfter: '{negated}',
    notBefore: `^\\s*${ACCIDENT}`,
    notInSentence: '(?:awareness|training|course|policy|module|documentary|leaflet|research|essay)',
  },
  {
    id: 'crisis.loved-one-says',
    help: 'crisis',
    // News that the person they love speaks of ending their life, or tried to.
    pattern:
      "{whoDid} (?:said|says|say|saying|texted|text|messaged|told (?:me|us|her|him)|threatened|threatening|threatens|talking about|talks about|talked about|talks of|talked of|mentioned|wants to|want to|wanted to|tried to|tries to|attempted to|going to|gonna|will|'ll|might) (?:that )?(?:(?:he|she|they|you)(?:'s|'re|'ll|'d| is| are| will| would| might| was)?(?: going to| gonna| wants? to| want to)? )?(?:kill (?:himself|herself|themselves|themself|yourself)|(?:end|take) (?:his|her|their|your) (?:own )?life|end it all|end it(?=\\s*(?:[.!,]|$| tonight| for good))|hurt (?:himself|herself|themselves|themself|yourself)|harm (?:himself|herself|themselves|themself|yourself)|(?:want|wants|wanted) to die|(?:is|was|'s) going to die|suicide|(?:killing|ending|hurting|harming) (?:himself|herself|themselves|themself|yourself|it all|his life|her life|their life)|(?:not|won't|wont) (?:be )?(?:here|around) (?:much longer|tomorrow|any ?more))",
    notAfter: '{negated}',
    notInSentence: '{laugh}|(?:driv\\p{L}*|bike|motorbike|ladder|roof|skateboard|one of these days|if (?:he|she|they|you) (?:keeps?|carr(?:y|ies) on|doesn\'t|don\'t)|drinking like|the way (?:he|she|they|you)|with (?:that|all that|the) (?:drinking|booze|smoking|junk food|work))',
  },
  {
    id: 'crisis.overdose',
    help: 'crisis',
    // Danger now: an overdose, or a lot of pills taken.
    pattern:
      "{whoDid} (?:(?:took|taken|swallowed|downed|had) (?:a |an )?(?:overdose|od)|(?:took|taken|swallowed|downed) (?:all (?:of )?(?:his|her|their|your|my|the|mum's|dad's) |(?:a|the) (?:load|lot|bunch|handful|whole (?:box|bottle|packet|strip)|bottle|box|packet) of |loads of |too many |a heap of |a pile of |lots of |a fistful of |\\d{2,} |twenty |thirty |fifty )(?:\\p{L}+ )?(?:pills|tablets|meds|medication|painkillers|sleeping pills|paracetamol|tylenol))|overdos(?:ed|ing)|od'd",
    notAfter: '{negated}|(?:if|in case|what if|worried|scared|afraid|terrified)\\s+(?:\\p{L}+\\s+){0,3}$',
    notInSentence: '{laugh}|(?:years ago|last year|used to|doing (?:so )?well|recovered|sober (?:for|since)|clean (?:for|since)|anniversary|awareness|training|documentary|film|book)',
  },
  {
    id: 'crisis.wont-wake',
    help: 'crisis',
    // Danger now: someone who won't wake, isn't breathing or has gone blue.
    pattern:
      "(?:won't|wont|will not|can't|cant|cannot|couldn't|could not|isn't|isnt|is not|not) (?:wake (?:him|her|them)(?: up)?|waking (?:up|him|her|them)|wake up|get (?:him|her|them) to wake(?: up)?|rous(?:e|ing) (?:him|her|them))|(?:not|isn't|isnt|stopped|barely|hardly) breathing|unresponsive|unconscious(?! bias)|(?:lips|face|skin) (?:are|is|went|turned|turning|going|look|looks) (?:blue|grey|gray)|turning blue",
    notAfter: '{negated}|(?:if|in case|what if|worried|scared|afraid|terrified)\\s+(?:\\p{L}+\\s+){0,3}$',
    notBefore: "^\\s*(?:up )?(?:for|in time|before|till|until|on time|early|til|at \\d|when (?:the|his|her|my) alarm)",
    notInSentence: '{laugh}|(?:school|work|college|uni|alarm|lazy|lie-?in|snor\\p{L}*|hangover|hungover|weekend|saturday|sunday|teen\\p{L}*|nap|bias|breathing (?:down|heavy|heavily|loud|exercises?)|yoga|meditation|swim\\p{L}*|under ?water|cold|paint|nails)',
  },
  {
    id: 'crisis.goodbye',
    help: 'crisis',
    pattern:
      "(?:sent|texted|messaged|wrote|left|posted|rang to say|called to say|said) (?:me |us |everyone |everybody |his |her |their |a |an |this |some )*(?:goodbye|good-bye|farewell|final|last) (?:text|message|note|letter|post|email|voicemail)s?|(?:texted|messaged|sent) (?:me |us |everyone )?(?:goodbye|good-bye)|(?:goodbye|suicide) (?:text|message|note|letter|voicemail)s?|said (?:goodbye|sorry) (?:to everyone|for everything)|(?:texted|messaged|said|wrote) (?:me |us )?(?:that )?(?:he|she|they)(?:'s| is| are|'re)? sorry for everything",
    notInSentence: '{laugh}|(?:airport|flight|plane|holiday|trip|party|leaving do|lands?|landed|retire\\p{L}*|new job|last day|farewell (?:do|party|drinks)|the (?:shop|office|team|class|school)|colleagues?)',
  },
  {
    id: 'crisis.unreachable',
    help: 'crisis',
    // Can't be reached after words of danger: the words themselves may be in the sentence before.
    pattern: "(?:can't|cant|cannot|can not|couldn't|could not) (?:reach|get hold of|get through to|contact|find) (?:him|her|them|you)|(?:he|she|they|you)(?:'s| is|'re| are| isn't| is not| aren't| are not)? (?:not )?(?:answering|picking up)|(?:phone|mobile)(?:'s| is) (?:off|going straight to voicemail)",
    onlyNearby: 'goodbye|good-bye|sorry for everything|suicid|kill (?:himself|herself|themselves|yourself)|end (?:it all|his life|her life|their life)|want(?:s|ed)? to die|(?:last|final) (?:text|message)|pills',
    notInSentence: '{laugh}',
  },
];

const safety: HelpRule[] = [
  {
    id: 'safety.hurt-by',
    help: 'safety',
    // Being hurt by the other person, told as it is.
    pattern: "{whoDid} {hurtVerb} {victim}(?! (?:up|out|with (?:the|a) (?:news|bill|question)|to it|at (?:chess|cards|pool|darts|tennis|\\p{L}+ing)|in (?:a|the) (?:race|game|match)|a (?:coffee|drink|sandwich|bite)|some|one|lunch|dinner|breakfast|to (?:the|my|do|go|be|it)|into|away|too far|over the edge|along|round|around|hard (?:to|on)|feelings|when you said|by (?:saying|not)|with (?:your|his|her|their) words))",
    notAfter: '{negated}',
    notInSentence: '{laugh}|(?:game|match|football|hockey|rugby|chess|tag|pillow fight|snowball|play fight|tickl\\p{L}*|ball|frisbee|swing|dodgeball|by accident|accidentally|didn\'t mean)',
  },
  {
    id: 'safety.marks',
    help: 'safety',
    pattern:
      "(?:{you}|{who}) (?:gave|left) me (?:a |with )?(?:black eye|bruises?|split lip|marks)|{you} broke my (?:arm|nose|wrist|ribs?|jaw|finger|hand|tooth)|(?:{who}|{you}) (?:strangled|choked|throttled) (?:me|her|him)|(?:covered|covered me) in bruises|bruises (?:from|where) (?:he|she|they|you)",
    notInSentence: '{laugh}|(?:hockey|football|rugby|fell|gym|training|match|bike|climbing)',
  },
  {
    id: 'safety.if-you-touch',
    help: 'safety',
    // A boundary that protects: "If you touch me again…", "Don't you ever hit me".
    pattern:
      "if (?:{you}|he|she|they) (?:ever )?(?:touch(?:es)?|hits?|hurts?|lay a hand on|lays a hand on|put your hands on|puts (?:his|her|their) hands on|lay a finger on|lays a finger on|come near|comes near|go near|goes near|threaten|threatens|push|pushes|grab|grabs|shove|shoves|raise your hand to|raises (?:his|her) hand to) {victim} (?:ever )?again|(?:don't|dont|do not|never) (?:you )?(?:ever |dare )?(?:touch|hit|hurt|lay a hand on|lay a finger on|put your hands on|raise your hand to|threaten|come near) (?:me|us|the kids|the children|my (?:kids|children|son|daughter))(?: again| ever again)?(?=\\s*(?:[.!,]|$|again|or|ever))|(?:keep|stay) away from (?:me|us) and (?:the|my) (?:kids|children|baby)",
    notInSentence: '{laugh}|(?:phone|stuff|things|food|chips|cake|laptop|car|hair|make-?up|remote)',
  },
  {
    id: 'safety.afraid-of',
    help: 'safety',
    pattern:
      "(?:i'm|im|i am|i was|i've been|ive been|i feel|i get|i got|we're|we are|we were|the (?:kids|children) are|my (?:kids|children) are|(?:my )?(?:son|daughter) is) (?:so |really |very |getting |a bit |honestly |genuinely |actually |too |always |still |properly |physically |becoming |more and more |absolutely )?(?:scared|afraid|frightened|terrified|petrified) (?:of (?:you|him|her|them|what (?:you|he|she|they)(?:'ll|'d| will| would| might| could| is going to| are going to|'s going to|'re going to)? (?:do|does) (?:to|next|when|if|in)|my (?:own )?(?:husband|wife|partner|boyfriend|girlfriend|ex|son|daughter|dad|father|mum|mom|mother|brother|sister|stepdad|stepfather)|your temper|his temper|her temper|their temper|(?:your|his|her) (?:rages|anger|violence))(?! (?:leaving|going|getting|being|not|moving|dying|relaps\\p{L}*|finding|seeing|hating|thinking|changing|losing|forgetting|missing|ending up|hurting (?:yourself|himself|herself|themselves)|will (?:leave|go)|might (?:leave|go))(?!\\p{L}))|(?:that |)(?:you|he|she|they)(?:'ll| will| might| could|'d| would|'re going to|'s going to| is going to| are going to) (?:hurt|hit|kill|attack|beat) {victim}|to (?:be|stay) (?:alone )?(?:at home |in the house |in the flat |in a room )?(?:alone )?with (?:you|him|her|them)|(?:to (?:come|go) home|of going home) (?:when|because|while) (?:you|he|she|they)|for my (?:life|safety|kids' safety|children's safety))",
    notAfter: '{negated}',
    notInSentence: '{laugh}|(?:film|movie|horror|spider|dog|clown|heights|dentist|ghost|needles?)',
  },
  {
    id: 'safety.not-safe',
    help: 'safety',
    pattern:
      "(?:i|we|the kids|the children|my kids) (?:don't|dont|do not|no longer|never|can't|cant|cannot) feel safe (?:with|around|near) (?:you|him|her|them)|(?:i|we|the kids|the children|my kids) (?:don't|dont|do not|no longer|never|can't|cant|cannot) feel safe (?:at home|in (?:my|our|this|the) (?:own )?(?:home|house|flat)|when (?:you|he|she|they))|(?:i'm|im|i am|we're|we are|the kids are|the children are|the kids aren't|(?:i|we|the kids) (?:was|were)) (?:not |aren't |never )?safe (?:with|around|near) (?:you|him|her|them)|(?:it's|it is|it isn't|it is not|its) not safe for (?:me|us|the kids|the children|me and (?:the|my) (?:kids|children|baby)) (?:here|at home|with (?:you|him|her|them)|to (?:stay|be|come home|live))",
    notInSentence: '{laugh}|(?:driv\\p{L}*|roads?|snow|ice|traffic|neighbourhood|neighborhood|area|streets?)',
  },
  {
    id: 'safety.threatened',
    help: 'safety',
    pattern:
      "{whoDid} (?:threatened|threatening|threatens|swore|swears) (?:to )?(?:kill|hurt|hit|beat|stab|shoot|burn|get) (?:me|us|the kids|the children|my (?:kids|children|son|daughter)|the dog)|(?:{who}|{you}) (?:said|says|told me|texted|messaged) (?:that )?(?:he|she|they|you)(?:'d| would|'ll| will|'s going to| is going to| was going to|'re going to| are going to| were going to) (?:kill|hurt|beat|stab|shoot|come after|come for|find) (?:me|us|the kids|the children)|(?:pulled|held|waved|pointed|came at me with|held up) (?:a |the )?(?:knife|gun|weapon|blade)(?: on| at| to)?(?: me| us| my| the kids)?|came at (?:me|us) with|(?:held|pinned) me (?:down|against)|(?:won't|wont|doesn't|doesnt) let me (?:leave|go out|out of the house|see my (?:family|friends)|have (?:my )?(?:own )?money|have my phone)",
    notAfter: '{negated}',
    notInSentence: '{laugh}|(?:late|homework|curfew|mess|dishes|tidy|if (?:i|we) (?:ever )?(?:forget|forgot|(?:am|was|\'m|were) late|don\'t (?:call|tidy|clean)|scratch\\p{L}*|break|broke|lose|lost|spill\\p{L}*|spilt|dent\\p{L}*|crash\\p{L}*|eat|ate|miss|missed|wake (?:him|her|them)|tell (?:mum|dad|anyone) about the)|spoil\\p{L}*|film|movie|game|episode|chef|kitchen|cooking|butter|cake|bread)',
  },
  {
    id: 'safety.kept-away',
    help: 'safety',
    // Keeping oneself or the children away from the other person, as a safety step.
    pattern:
      "(?:don't|dont|do not|never) (?:ever )?(?:come|coming|turn up|show up|try to come) (?:here|there|round|over|back|near (?:us|me|here|the house|the kids)|to (?:my|the|her|his|our) \\p{L}+(?:'s)?|looking for (?:us|me))|(?:don't|dont|do not) (?:try to |bother trying to |ever )?(?:find|look for|follow|contact|come after) (?:us|me|the kids)",
    onlyNearby:
      "(?:took|taken|brought|moved|got|get|getting|taking) (?:the (?:kids|children|baby)|me and the kids)|(?:the kids|the children|we|i)(?:'re| are|'m| am) (?:safe|staying (?:with|at)|at (?:a|the) (?:shelter|refuge))|scared|afraid|frightened|terrified|not safe|feel safe|police|restraining|protection order|non-molestation|bruise|hit me|hurt me|hurt us|touch me|threat|violen|abus",
    notInSentence: '{laugh}',
  },
  {
    id: 'safety.protecting',
    help: 'safety',
    pattern:
      "(?:the kids|the children|we|i)(?:'re| are|'m| am) (?:safe now|somewhere safe|safe at|at (?:a|the) (?:shelter|refuge|women's refuge|women's shelter))|(?:i(?:'ve| have)?|we(?:'ve| have)?) (?:got|applied for|have|took out|taken out|getting|applying for|asked for) (?:a |an )?(?:restraining|protection|protective|non-molestation|no[- ]contact|emergency protection) order|domestic (?:violence|abuse)|(?:women's|womens) (?:refuge|shelter)|(?:i(?:'ve| have)?|we(?:'ve| have)?) (?:left|gone|fled|got out)(?: with the (?:kids|children|baby))? (?:to keep (?:us|them|me|the kids) safe|because i(?:'m| am|m| was) (?:scared|afraid|frightened))",
    notInSentence: '{laugh}|(?:documentary|film|movie|book|training|awareness|course|charity|podcast|article|volunteer\\p{L}*|fundrais\\p{L}*|donat\\p{L}*|report|statistics|policy)',
  },
];

/** The English help rules, carried by the English cue lexicon. */
export const helpLexiconEn: HelpLexicon = {
  macros: { ...macros, you: '(?:you|u)' },
  rules: [...crisis, ...safety],
};
