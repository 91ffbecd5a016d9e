import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import {
  detectCues,
  MAX_ANALYSED_CHARS,
  NUDGE_THRESHOLDS,
  precompileLexicon,
  type Cue,
  type CueKind,
  type CueLexicon,
} from '../../../../shared/domain/nudge/cue-detector.ts';
import { scoreLabelled, scoreReadings, type LabelledMessage } from '../../../../shared/domain/nudge/cue-metrics.ts';
import { lexiconEn } from '../../../../shared/content/cues/lexicon-en.ts';
import { readingGrade } from '../../../support/readability.ts';

function loadSet(file: string): LabelledMessage[] {
  return JSON.parse(readFileSync(new URL(`../../../fixtures/messages/${file}`, import.meta.url), 'utf8')) as LabelledMessage[];
}

/** The set the lexicon was first tuned on. */
const LABELLED = loadSet('labelled-messages.json');
/** Written later to tune generalisation on: tuning on it is fine. */
const DEV = loadSet('dev-messages.json');
/**
 * Written before the rules' generalisation work and never tuned on then. Since issue #13
 * it is part of the model's training data (it was read while the rules were tuned, so
 * it can't be held out): the held-out set is now tests/fixtures/messages/split/held-out.jsonl.
 */
const HELD_OUT = loadSet('held-out-messages.json');

/** The cue of this kind whose match is exactly `match`, or undefined. */
function cueOf(text: string, kind: CueKind, match: string): Cue | undefined {
  return detectCues(text).cues.find((c) => c.kind === kind && c.match === match);
}

function kindsOf(text: string): CueKind[] {
  return [...new Set(detectCues(text).cues.map((c) => c.kind))].sort();
}

describe('detectCues: the examples in the issue', () => {
  it('leaves "never mind, see you at 6" and "I always love our walks" alone', () => {
    expect(detectCues('never mind, see you at 6')).toEqual({ nudge: false, help: null, cues: [], score: 0 });
    expect(detectCues('I always love our walks')).toEqual({ nudge: false, help: null, cues: [], score: 0 });
  });

  it('nudges "You never listen, this is your last chance!!!" with absolute, ultimatum and shouting cues', () => {
    const text = 'You never listen, this is your last chance!!!';
    const result = detectCues(text);
    expect(result.nudge).toBe(true);
    expect(result.cues.map(({ kind, start, end, match }) => ({ kind, start, end, match }))).toEqual([
      { kind: 'absolute', start: 0, end: 9, match: 'You never' },
      { kind: 'ultimatum', start: 26, end: 42, match: 'your last chance' },
      { kind: 'shouting', start: 42, end: 45, match: '!!!' },
    ]);
    expect(result.cues[0]!.explanation).toBe('Words like “always” and “never” can make someone defend themselves instead of hearing you.');
  });
});

describe('detectCues: each kind, with the span of the words', () => {
  // [text, kind, the words that should be marked]
  const cases: [string, CueKind, string][] = [
    ['You never call me back.', 'absolute', 'You never'],
    ['Why do you always have to ruin everything?', 'absolute', 'you always'],
    ['u always take his side', 'absolute', 'u always'],
    ["It's your fault we lost the house.", 'blame', "It's your fault"],
    ['Because of you we lost everything.', 'blame', 'Because of you'],
    ['How could you do this to us?', 'blame', 'How could you'],
    ['This is your last chance.', 'ultimatum', 'your last chance'],
    ['Come home now, or else.', 'ultimatum', 'or else'],
    ["If you don't stop drinking I will leave.", 'ultimatum', "If you don't stop drinking I will leave"],
    ["I'm done with you.", 'ultimatum', "I'm done with you"],
    ["You're a junkie.", 'label', "You're a junkie"],
    ['Your brother is a psycho', 'label', 'Your brother is a psycho'],
    ['You are an alcoholic, Dad.', 'label', 'You are an alcoholic'],
    ["You're crazy.", 'label', "You're crazy"],
    ['what a loser', 'label', 'what a loser'],
    ['He relapsed last week.', 'topic', 'relapsed'],
    ["I think she's using again.", 'topic', 'using again'],
    ['Is he drinking much?', 'topic', 'drinking'],
    ["There's money missing from my purse.", 'topic', 'money missing'],
    ['Her treatment starts soon.', 'topic', 'treatment'],
    ["He's in rehab.", 'topic', 'rehab'],
    ["She's in hospital.", 'topic', 'hospital'],
    ['He wants to move out.', 'topic', 'move out'],
    ['The police came.', 'topic', 'police'],
    ['I AM SO DONE WITH THIS', 'shouting', 'I AM SO DONE WITH THIS'],
    ['What?!?!', 'shouting', '?!?!'],
    ['Stop it!!!', 'shouting', '!!!'],
    ["I can't do this anymore.", 'distress', "I can't do this anymore"],
    ["I’m exhausted.", 'distress', "I’m exhausted"],
    ["I can't cope.", 'distress', "I can't cope"],
    ['I can’t keep covering for you.', 'ultimatum', 'can’t keep covering for you'],
    ['Where did the money go this time?', 'topic', 'Where did the money go'],
    ['Maybe you should just move out.', 'ultimatum', 'you should just move out'],
    ["You're drunk again aren't you", 'topic', "You're drunk"],
    ['Have you been drinking?', 'topic', 'Have you been drinking'],
    ['Why is there a bottle of gin in the wardrobe?', 'topic', 'Why is there a bottle'],
    ['You keep lying to me.', 'absolute', 'You keep lying'],
    ['Pull yourself together.', 'blame', 'Pull yourself together'],
    ['Your behaviour at dinner was disgusting.', 'blame', 'disgusting'],
    ["I'm barely holding on.", 'distress', "I'm barely holding on"],
  ];

  it.each(cases)('%j → %s "%s"', (text, kind, match) => {
    const cue = cueOf(text, kind, match);
    expect(cue, JSON.stringify(detectCues(text).cues)).toBeDefined();
    expect(cue!.start).toBe(text.indexOf(match));
    expect(cue!.end).toBe(text.indexOf(match) + match.length);
    expect(text.slice(cue!.start, cue!.end)).toBe(match);
    expect(cue!.explanation.length).toBeGreaterThan(0);
  });

  it('reads capitals of acronyms as ordinary, not shouting', () => {
    expect(kindsOf('NHS GP OK USA')).toEqual([]);
    expect(kindsOf('the GP sent the letter ASAP, FYI')).toEqual([]);
    expect(kindsOf('My son has ADHD and PTSD')).toEqual([]);
  });

  it('does not call "alcoholic" a label when it describes a drink', () => {
    expect(detectCues('Can you pick up some non-alcoholic wine for Gran?').cues).toEqual([]);
    expect(kindsOf('Do they sell alcoholic ginger beer?')).not.toContain('label');
  });

  it('marks crisis words as safety cues, with a way to help', () => {
    const cue = detectCues('Some days I want to die.').cues.find((c) => c.kind === 'distress');
    expect(cue?.safety).toBe(true);
    expect(cue?.explanation).toMatch(/emergency number|crisis line/);
    const topic = detectCues('She overdosed last night.').cues.find((c) => c.kind === 'topic');
    expect(topic?.safety).toBe(true);
    expect(detectCues('I am so tired of this.').cues.every((c) => c.safety === undefined)).toBe(true);
  });
});

describe('detectCues: hard messages in everyday words', () => {
  it.each([
    "I can't keep covering for you",
    'Where did the money go this time?',
    'Maybe you should just move out',
    "You're drunk again aren't you",
  ])('nudges %j', (text) => {
    expect(detectCues(text).nudge, JSON.stringify(detectCues(text).cues)).toBe(true);
  });

  it.each(['Can you grab milk?', 'I never got your text'])('leaves %j alone', (text) => {
    expect(detectCues(text)).toEqual({ nudge: false, help: null, cues: [], score: 0 });
  });

  it('counts "again" beside drinking, money or lies, and not beside keys', () => {
    const card = detectCues('He took my card again.');
    expect(card.cues.map((c) => c.match)).toContain('again');
    expect(card.nudge).toBe(true);
    expect(detectCues('I lost my keys again.').cues).toEqual([]);
    expect(detectCues('Can we start again?').cues).toEqual([]);
  });

  it('marks one shouted word among ordinary ones, lightly', () => {
    const blue = detectCues('Can you bring the BLUE one?');
    expect(blue.cues.map(({ kind, match }) => ({ kind, match }))).toEqual([{ kind: 'shouting', match: 'BLUE' }]);
    expect(blue.nudge).toBe(false);
    // With a charge beside it, the loud word adds to it, and only the word is marked.
    const lied = detectCues("you said you'd stopped. you LIED");
    expect(lied.nudge).toBe(true);
    expect(lied.cues.find((c) => c.kind === 'shouting')?.match).toBe('LIED');
  });

  it('reads a hard word said to "you" as blame, but not when it is negated or warm', () => {
    expect(kindsOf('Your behaviour at dinner was disgusting.')).toEqual(['blame']);
    expect(detectCues("It's not your fault, you did nothing disgusting.").cues).toEqual([]);
    expect(detectCues('You owe me a coffee after that pep talk 😄').nudge).toBe(false);
  });
});

describe('detectCues: ordinary messages', () => {
  const ordinary = [
    'never mind, see you at 6',
    'I always love our walks',
    'you never know!',
    'lol you always make me laugh',
    'Can you pick up milk?',
    'the hospital parking is free after 6',
    'drinking coffee with Sam later?',
    "It's not your fault.",
    'None of this is your fault, I promise.',
    "I don't think you're a bad person.",
    'Do you always take the 7:40 bus?',
    'If you don’t mind, I’ll pick you up at 8.',
    'This is your last chance to order from the Christmas menu!',
    'Or else we could do Sunday?',
    'HAPPY BIRTHDAY MUM!!! LOVE YOU',
    'Treatment starts Monday. I can drive you, if you want.',
    'My brother is a news junkie.',
    "I'm exhausted, long shift. Talk tomorrow x",
    'Are you drinking tonight or driving?',
    'You always know what to say ❤️',
    'Why do you always get the window seat? 😂',
    'Thanks for covering for me on Saturday!',
    'Did the milkman take the money I left out?',
    'Jess is moving out in June, we’ll have her room for guests.',
    'You should move out when you feel ready, no pressure at all.',
    "You're never going to believe what happened at work.",
    'Have you been drinking enough water? It’s so hot.',
    "You're always so thoughtful with presents.",
  ];
  it.each(ordinary)('%j does not nudge', (text) => {
    const result = detectCues(text);
    expect(result.nudge, JSON.stringify(result.cues)).toBe(false);
  });

  it('does not report negated blame at all', () => {
    for (const text of ["It's not your fault.", 'it isn’t your fault', 'This was never your fault.']) {
      expect(detectCues(text).cues.filter((c) => c.kind === 'blame')).toEqual([]);
    }
  });

  it('a single mild topic word is reported but does not nudge', () => {
    const result = detectCues('drinking tea in the hospital garden');
    expect(result.cues.map((c) => c.kind)).toEqual(['topic']);
    expect(result.nudge).toBe(false);
  });

  it('capitals and "!!!" alone never nudge, however loud', () => {
    expect(detectCues('WHAT A GAME!!! UNBELIEVABLE!!! BEST NIGHT EVER!!!').nudge).toBe(false);
  });
});

describe('detectCues: other people’s words', () => {
  it('skips text in quote marks', () => {
    expect(detectCues('He said “you never listen” and we both laughed.').cues).toEqual([]);
    expect(detectCues('He told me "it\'s your fault" and I froze.').cues).toEqual([]);
    expect(detectCues("She said 'you're a junkie' to him.").cues).toEqual([]);
  });

  it('still reads apostrophes inside the writer’s own words', () => {
    expect(detectCues("You're a junkie and you know it.").nudge).toBe(true);
  });

  it('skips "> " quoted lines and the quoted history of a reply', () => {
    expect(detectCues('> You always do this\nI know. Sorry. Can we talk tonight?').cues).toEqual([]);
    const reply =
      'Thanks for sorting the car.\n\nOn Mon, 3 Mar 2025 at 09:12, Sam <sam@example.com> wrote:\n> You never help. This is your last chance.\n';
    expect(detectCues(reply).cues).toEqual([]);
    const angryReply = 'You never help either.\n\nOn Mon, 3 Mar 2025 at 09:12, Sam <sam@example.com> wrote:\n> hi';
    expect(detectCues(angryReply).cues.map((c) => c.match)).toEqual(['You never']);
  });
});

describe('detectCues: sensitivity', () => {
  it('standard nudges on one clear cue; gentle waits for a strong one or more evidence', () => {
    expect(detectCues('You never call.').nudge).toBe(true);
    expect(detectCues('You never call.', { sensitivity: 'gentle' }).nudge).toBe(false);
    expect(detectCues("You're a junkie.", { sensitivity: 'gentle' }).nudge).toBe(true);
    expect(detectCues('You never call. You never help. You always lie.', { sensitivity: 'gentle' }).nudge).toBe(true);
    expect(detectCues('You never listen, this is your last chance!!!', { sensitivity: 'gentle' }).nudge).toBe(true);
  });

  it('gentle nudges on every message where standard scores 1.5 or more, and never where standard does not nudge', () => {
    for (const { text } of LABELLED) {
      const standard = detectCues(text);
      const gentle = detectCues(text, { sensitivity: 'gentle' });
      expect(gentle.cues).toEqual(standard.cues);
      expect(gentle.nudge).toBe(standard.score >= NUDGE_THRESHOLDS.gentle);
      if (!standard.nudge) expect(gentle.nudge).toBe(false);
    }
  });

  it('off never nudges and reads nothing', () => {
    expect(detectCues('You never listen, this is your last chance!!!', { sensitivity: 'off' })).toEqual({ nudge: false, help: null, cues: [], score: 0 });
    expect(detectCues('I want to die', { sensitivity: 'off' }).nudge).toBe(false);
  });
});

describe('detectCues: spans', () => {
  it('every cue in the labelled set points at its match, in order, without overlap within a kind', () => {
    for (const { text } of LABELLED) {
      const { cues } = detectCues(text);
      for (const cue of cues) {
        expect(text.slice(cue.start, cue.end)).toBe(cue.match);
        expect(cue.end).toBeGreaterThan(cue.start);
      }
      for (let i = 1; i < cues.length; i++) expect(cues[i]!.start).toBeGreaterThanOrEqual(cues[i - 1]!.start);
    }
  });

  // Text made of phrases the lexicon knows, joined by odd characters, to shake the
  // offset handling: curly quotes, emoji, "İ" (which grows when lower-cased), new lines.
  const pieces = [
    'You never listen', "it's your fault", 'this is your last chance', "you're a junkie", 'I can’t do this anymore',
    'HOW MANY TIMES', '!!!', '?!?!', '😂', '❤️', 'İstanbul', '“you always”', "'quoted'", '\n> you never\n', 'drinking again',
    'because of you', 'the police', 'lol', 'ﬁne', 'Ωmega', 'ß', 'e\u0301', 'I AM DONE', 'NHS', 'x'.repeat(30),
    'where did the money go', "you've been drinking", 'covering for you', '£50 is gone', 'you should move out', 'LIED',
    'Again.', 'u r drunk', 'how much have you had', 'disgusting', '😄', '🤬🤬', '1,000', 'I’m barely holding on',
  ];
  const messages = fc
    .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 12 }), fc.constantFrom(' ', '. ', ', ', '\n', ' \u00A0')), { maxLength: 40 })
    .map((parts) => parts.join(''));

  it('spans always match the text, for any text', () => {
    fc.assert(
      fc.property(messages, (text) => {
        for (const cue of detectCues(text).cues) {
          if (text.slice(cue.start, cue.end) !== cue.match || cue.start < 0 || cue.end > text.length) return false;
        }
        return true;
      }),
      { numRuns: 400 },
    );
  });

  it('trying rules only where they can start finds exactly what a full scan finds', () => {
    fc.assert(
      fc.property(messages, (text) => {
        expect(detectCues(text)).toEqual(detectCues(text, { fullScan: true }));
      }),
      { numRuns: 400 },
    );
    for (const { text } of [...LABELLED, ...DEV, ...HELD_OUT]) expect(detectCues(text)).toEqual(detectCues(text, { fullScan: true }));
    // A full scan runs every rule at every position, on purpose: slow on a busy machine.
  }, 30_000);
});

describe('detectCues: long text', () => {
  const filler = 'We had a lovely walk by the river and the kids fed the ducks. ';

  it('reads only the last part of a very long message, with offsets into the whole text', () => {
    const head = 'You never listen. ';
    const body = filler.repeat(Math.ceil((MAX_ANALYSED_CHARS * 2) / filler.length));
    const tail = 'This is your last chance.';
    const text = head + body + tail;
    const { cues } = detectCues(text);
    expect(cues.map((c) => c.match)).toEqual(['your last chance']);
    expect(cues[0]!.start).toBe(text.lastIndexOf('your last chance'));
  });

  it('reads the part around the caret when it is given', () => {
    const text = `${'You never listen. '}${filler.repeat(Math.ceil((MAX_ANALYSED_CHARS * 2) / filler.length))}This is your last chance.`;
    const { cues } = detectCues(text, { caret: 5 });
    expect(cues.map((c) => c.match)).toEqual(['You never']);
    expect(cues[0]!.start).toBe(0);
  });

  it('finds the cue at the end of 10,000 characters', () => {
    // How fast is the bench's (scripts/bench-detector.ts); here, that nothing is lost in a long text.
    const text = `${filler.repeat(160)}You never listen.`.slice(-10_000);
    expect(detectCues(text).cues.map((c) => c.match)).toContain('You never');
  });
});

describe('lexicons', () => {
  it('keeps every note in plain words (grade 8 or lower), on one line, free of labels', () => {
    const notes = new Set([
      ...Object.values(lexiconEn.explanations),
      lexiconEn.shouting.explanation,
      ...lexiconEn.rules.flatMap((r) => (r.explanation ? [r.explanation] : [])),
    ]);
    for (const note of notes) {
      expect(readingGrade(note), note).toBeLessThanOrEqual(8);
      expect(note).not.toMatch(/\n/);
      expect(note).not.toMatch(/\b(addicts?|junkies?|abusers?|crazy|psycho|insane|clean|dirty)\b/i);
    }
  });

  it('has unique rule ids named after their kind', () => {
    const ids = lexiconEn.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of lexiconEn.rules) expect(rule.id.startsWith(`${rule.kind}.`)).toBe(true);
  });

  it('works with another language’s lexicon, given as data', () => {
    const toy: CueLexicon = {
      language: 'x-test',
      macros: { du: '(?:du|dich)' },
      explanations: { ...lexiconEn.explanations, absolute: 'Test note.' },
      rules: [{ id: 'absolute.immer', kind: 'absolute', pattern: '{du} immer', weight: 1 }],
      shouting: { ...lexiconEn.shouting, acronyms: [] },
      quotes: { pairs: [['„', '“']], replyHeaders: [] },
    };
    precompileLexicon(toy);
    const result = detectCues('Du immer mit deinen Ausreden.', { lexicon: toy });
    expect(result.nudge).toBe(true);
    expect(result.cues).toEqual([{ kind: 'absolute', start: 0, end: 8, match: 'Du immer', explanation: 'Test note.', rule: 'absolute.immer' }]);
    expect(detectCues('Er sagte „du immer“.', { lexicon: toy }).cues).toEqual([]);
  });

  it('names the rule when a pattern is broken', () => {
    const broken: CueLexicon = { ...lexiconEn, rules: [{ id: 'blame.broken', kind: 'blame', pattern: '{nope} x', weight: 1 }] };
    expect(() => detectCues('x', { lexicon: broken })).toThrow(/blame\.broken.*\{nope\}/);
  });

  it('names the rule when a pattern does not parse', () => {
    const broken: CueLexicon = { ...lexiconEn, rules: [{ id: 'blame.unclosed', kind: 'blame', pattern: '(you never', weight: 1 }] };
    expect(() => detectCues('you never', { lexicon: broken })).toThrow(/blame\.unclosed/);
  });
});

describe('scoreLabelled', () => {
  it('counts agreements and lists the misses', () => {
    const messages = [
      { text: 'You never listen!', nudge: true },
      { text: 'Can you pick up milk?', nudge: false },
      { text: 'Must be nice to sleep till noon.', nudge: true, note: 'sarcasm' },
      { text: 'Wow you’re always up so early!', nudge: false },
    ];
    // Readings as the rules alone gave them: the sarcasm missed, the "always" nudged.
    const readings = [true, false, false, true].map((nudge) => ({ nudge, help: null, cues: [], kinds: [], general: null, modelScore: 0, modelKind: null }));
    const score = scoreReadings(messages, readings);
    expect({ tp: score.tp, fp: score.fp, fn: score.fn, tn: score.tn }).toEqual({ tp: 1, fp: 1, fn: 1, tn: 1 });
    expect(score.precision).toBe(0.5);
    expect(score.recall).toBe(0.5);
    expect(score.misses.map((m) => [m.expected, m.note])).toEqual([
      [true, 'sarcasm'],
      [false, undefined],
    ]);
  });

  it('scores the combined reader, which hears the sarcasm and lets the cheerful "always" be', () => {
    // The rules alone missed the sarcasm and nudged the compliment (the test above); the
    // model beside them (issue #13) gets both right.
    const score = scoreLabelled([
      { text: 'You never listen!', nudge: true },
      { text: 'Can you pick up milk?', nudge: false },
      { text: 'Must be nice to sleep till noon.', nudge: true, note: 'sarcasm' },
      { text: 'Wow you’re always up so early!', nudge: false },
    ]);
    expect({ tp: score.tp, fp: score.fp, fn: score.fn, tn: score.tn }).toEqual({ tp: 2, fp: 0, fn: 0, tn: 2 });
  });

  it('reads an empty set as perfect rather than dividing by zero', () => {
    expect(scoreLabelled([])).toMatchObject({ precision: 1, recall: 1, tp: 0, fp: 0, fn: 0, tn: 0 });
  });

  it('meets the bar on the labelled messages: precision ≥ 0.9, recall ≥ 0.85', () => {
    expect(LABELLED.length).toBeGreaterThanOrEqual(160);
    const score = scoreLabelled(LABELLED);
    console.log(
      `cue detector on ${LABELLED.length} labelled messages: precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)} ` +
        `(tp ${score.tp}, fp ${score.fp}, fn ${score.fn}, tn ${score.tn})`,
    );
    for (const miss of score.misses) console.log(`  ${miss.expected ? 'missed' : 'false alarm'}: ${JSON.stringify(miss.text)}`);
    expect(score.precision).toBeGreaterThanOrEqual(0.9);
    expect(score.recall).toBeGreaterThanOrEqual(0.85);
  });
});

// Since issue #13 these three sets score the combined reader, and all three are in the
// model's training split (tests/fixtures/messages/split/train.jsonl), so they check that
// it still fits what it learned from. The honest figure is the frozen held-out split, in
// `npm run bench`.
describe('the older hand-written sets (rules tuned on them; the model trained on them)', () => {
  function report(name: string, set: readonly LabelledMessage[]): ReturnType<typeof scoreLabelled> {
    const score = scoreLabelled(set);
    console.log(
      `cue detector on ${set.length} ${name} messages: precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)} ` +
        `(tp ${score.tp}, fp ${score.fp}, fn ${score.fn}, tn ${score.tn})`,
    );
    return score;
  }

  it('keeps the three sets apart, so a score on one says something about the others', () => {
    expect(HELD_OUT.length).toBeGreaterThanOrEqual(150);
    expect(DEV.length).toBeGreaterThanOrEqual(100);
    const norm = (t: string): string => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    const tuned = new Set([...LABELLED, ...DEV].map((m) => norm(m.text)));
    expect(HELD_OUT.filter((m) => tuned.has(norm(m.text))).map((m) => m.text)).toEqual([]);
    // Roughly half should nudge, so recall and precision both mean something.
    for (const set of [DEV, HELD_OUT]) {
      const share = set.filter((m) => m.nudge).length / set.length;
      expect(share).toBeGreaterThan(0.35);
      expect(share).toBeLessThan(0.65);
    }
  });

  it('meets the bar on the dev set: precision ≥ 0.9, recall ≥ 0.9', () => {
    const score = report('dev', DEV);
    expect(score.precision).toBeGreaterThanOrEqual(0.9);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('stays above its floor on the held-out set: precision ≥ 0.9, recall ≥ 0.56', () => {
    // The floor sits a little under what the lexicon reached (0.60 in Nov 2026, from 0.27
    // before the generalisation work), so a rule change that loses what generalised fails
    // here. Raise it when recall rises; never by tuning on this set (see HELD_OUT above).
    const score = report('held-out', HELD_OUT);
    expect(score.precision).toBeGreaterThanOrEqual(0.9);
    expect(score.recall).toBeGreaterThanOrEqual(0.56);
  });
});
