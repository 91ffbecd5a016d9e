import { describe, expect, it } from 'vitest';
import { checkBoundary, type BoundaryDraft, type BoundaryDraftField, type PitfallKind } from '../../../../shared/domain/toolkit/boundary-pitfalls.ts';
import { PITFALL_RULES_EN } from '../../../../shared/content/toolkit/pitfall-rules-en.ts';

/** A complete, kind boundary; each case below changes one or two fields of it. */
const GOOD: Required<BoundaryDraft> = {
  situation: 'If you come home after drinking',
  feeling: 'Scared and very tired',
  action: 'I will go to my sister’s for the night',
  reason: 'I need to feel safe and get some sleep',
  words: 'If you come home after drinking, I’ll go to my sister’s for the night. I love you, and I need to feel safe.',
  holdPlan: 'I’ll keep a bag packed, and leave calmly without arguing.',
};

type Found = `${PitfallKind}@${BoundaryDraftField}`;

const CASES: { name: string; draft: BoundaryDraft; expected: Found[] }[] = [
  // Good boundaries: no hints at all.
  { name: 'the sister’s-house boundary', draft: GOOD, expected: [] },
  {
    name: 'no lending, still driving',
    draft: { ...GOOD, situation: 'When you ask me for money', action: 'I will not lend money, and I will still drive you to your appointments' },
    expected: [],
  },
  {
    name: 'whole sentence in the action field',
    draft: { ...GOOD, action: 'If you come home after drinking, I will go to my sister’s for the night' },
    expected: [],
  },
  { name: 'action typed under the "I will" label, without "I will"', draft: { ...GOOD, action: 'go for a walk and come back in an hour' }, expected: [] },
  {
    name: 'leaving the room when there is shouting',
    draft: { ...GOOD, situation: 'When there is shouting', action: 'leave the room', words: 'If there is shouting, I’ll leave the room. I’ll come back when we’re both calm.' },
    expected: [],
  },
  { name: '"whatever you need to" is not a demand', draft: { ...GOOD, words: 'Take whatever time you need to. I will be here when you’re ready.' }, expected: [] },
  { name: '"if you feel you need to" is not a demand', draft: { ...GOOD, words: 'If you feel you need to leave, I will respect that.' }, expected: [] },
  { name: 'a question is not a demand', draft: { ...GOOD, words: 'Do you need to talk? I’m here until nine, then my phone goes off.' }, expected: [] },
  { name: '"love you forever" is not a permanent cut-off', draft: { ...GOOD, words: 'I will love you forever, and I won’t lend money.' }, expected: [] },
  { name: '"make you dinner" is not control', draft: { ...GOOD, action: 'I will make you dinner on Sundays, and I won’t give cash' }, expected: [] },
  { name: 'making sure of a ride is help, not control', draft: { ...GOOD, words: 'I’ll make sure you have a ride to your first visit.' }, expected: [] },
  { name: '"home drunk" describes, it does not label', draft: { ...GOOD, situation: 'When you come home drunk' }, expected: [] },
  {
    name: 'the writer’s own hurt in the feeling field',
    draft: { ...GOOD, feeling: 'Useless, and like I’m going crazy', reason: 'It is driving me crazy and I need rest' },
    expected: [],
  },
  { name: 'an empty draft: nothing to check yet', draft: {}, expected: [] },
  { name: 'no action yet, so no plan is needed yet', draft: { situation: 'When you ask for money', holdPlan: '' }, expected: [] },
  {
    name: 'leaving the room and coming back later',
    draft: { ...GOOD, action: 'If you shout, I will leave the room and come back later', words: 'If you shout, I will leave the room and come back later.' },
    expected: [],
  },
  { name: 'no money, but groceries', draft: { ...GOOD, action: 'I will not give money, but I will buy groceries' }, expected: [] },
  { name: '"I need time" is about me', draft: { ...GOOD, action: 'I need time for myself on Sundays', words: 'I need time for myself on Sundays.' }, expected: [] },
  { name: '"I want us to talk" is a wish for both', draft: { ...GOOD, words: 'I want us to talk when we’re both calm.' }, expected: [] },
  { name: '"I want you to know" is a kind wish', draft: { ...GOOD, words: 'I want you to know I love you. I’ll be at my sister’s tonight.' }, expected: [] },
  { name: '"don’t worry" is comfort, not an order', draft: { ...GOOD, words: 'Don’t worry, I will be here in the morning.' }, expected: [] },
  { name: '"leave you alone" is space, not an ultimatum', draft: { ...GOOD, words: 'If you don’t want to talk, I will leave you alone for now.' }, expected: [] },
  { name: '"I won’t stop you" respects their choice', draft: { ...GOOD, words: 'I won’t stop you from leaving. I will keep your room ready.' }, expected: [] },
  { name: '"I know you can’t" is kindness', draft: { ...GOOD, words: 'I know you can’t always help it. I will step out for a while.' }, expected: [] },
  { name: '"when you can’t talk" describes, it does not forbid', draft: { ...GOOD, words: 'When you’re tired and you can’t talk, I will call back tomorrow.' }, expected: [] },
  { name: 'my own keys, not theirs', draft: { ...GOOD, action: 'I will keep my car keys with me and lock away my own medicines' }, expected: [] },
  { name: 'reading the messages they sent me', draft: { ...GOOD, words: 'If you text after midnight, I will read your messages in the morning.' }, expected: [] },
  { name: '"take your time" is not taking their things', draft: { ...GOOD, words: 'Take your time. I will be here when you are ready.' }, expected: [] },

  // (a) Demands on the other person.
  { name: 'you need to stop', draft: { ...GOOD, action: 'You need to stop drinking' }, expected: ['demand@action'] },
  { name: 'he has to', draft: { ...GOOD, action: 'he has to get a job' }, expected: ['demand@action'] },
  { name: 'make them go', draft: { ...GOOD, action: 'make them go to treatment' }, expected: ['demand@action'] },
  { name: 'not allowed', draft: { ...GOOD, words: 'You are not allowed to bring drugs here.' }, expected: ['demand@words'] },
  { name: 'a demand in the reason', draft: { ...GOOD, reason: 'because you need to learn a lesson' }, expected: ['demand@reason'] },
  { name: '"you will" as an order', draft: { ...GOOD, words: 'You will go to treatment this week.' }, expected: ['demand@words'] },
  { name: 'I want you to stop', draft: { ...GOOD, words: 'I want you to stop drinking.' }, expected: ['demand@words'] },
  { name: 'I need you to stop', draft: { ...GOOD, action: 'I need you to stop drinking' }, expected: ['demand@action'] },
  { name: 'I expect you to', draft: { ...GOOD, words: 'I expect you to be home by ten.' }, expected: ['demand@words'] },
  { name: 'I’d like him to', draft: { ...GOOD, action: 'I’d like him to move out by May' }, expected: ['demand@action'] },
  { name: 'you can’t', draft: { ...GOOD, words: 'You can’t drink in this house.' }, expected: ['demand@words'] },
  { name: 'you can’t, after a "when" clause', draft: { ...GOOD, words: 'When you come home, you can’t drink.' }, expected: ['demand@words'] },
  { name: 'you can’t, in the action', draft: { ...GOOD, action: 'You can’t drink in this house' }, expected: ['demand@action'] },
  { name: 'you should', draft: { ...GOOD, words: 'You should get help.' }, expected: ['demand@words'] },
  { name: 'she should', draft: { ...GOOD, holdPlan: 'She should stop calling me at work' }, expected: ['demand@holdPlan'] },
  { name: 'an order at the start', draft: { ...GOOD, words: 'Don’t ever speak to me like that again.' }, expected: ['demand@words'] },
  { name: 'an order after a kind start', draft: { ...GOOD, words: 'I love you. Do not bring drugs into this house.' }, expected: ['demand@words'] },

  // (b) Threats said in anger.
  { name: 'last chance', draft: { ...GOOD, words: 'This is your last chance.' }, expected: ['threat@words'] },
  { name: 'kick you out', draft: { ...GOOD, action: 'I’ll kick you out' }, expected: ['threat@action'] },
  { name: 'never speak again is one hint, not two', draft: { ...GOOD, words: 'Do that again and I’ll never speak to you again.' }, expected: ['threat@words'] },
  { name: 'a threat about him, not my action', draft: { ...GOOD, action: 'He will stop drinking or he is out' }, expected: ['demand@action', 'threat@action'] },
  { name: 'a threat in the action field is one hint', draft: { ...GOOD, action: 'you will regret it' }, expected: ['threat@action'] },
  { name: 'one more time and you’re out', draft: { ...GOOD, holdPlan: 'One more time and you’re out!' }, expected: ['threat@holdPlan'] },
  { name: 'a demand and a threat together', draft: { ...GOOD, words: 'You must stop using or you’ll be sorry.' }, expected: ['demand@words', 'threat@words'] },
  { name: 'stop, or else', draft: { ...GOOD, words: 'Stop drinking or else!' }, expected: ['demand@words', 'threat@words'] },
  { name: 'an ultimatum: change or I leave you', draft: { ...GOOD, words: 'If you don’t stop, I will leave you.' }, expected: ['threat@words'] },
  { name: 'an ultimatum in the action', draft: { ...GOOD, action: 'If you won’t get help, I’ll end this' }, expected: ['threat@action'] },
  { name: 'unless you…, I’ll cut you off', draft: { ...GOOD, words: 'Unless you go to treatment, I’m going to cut you off.' }, expected: ['threat@words'] },
  { name: 'don’t you dare', draft: { ...GOOD, words: 'Don’t you dare!' }, expected: ['threat@words'] },

  // (b2) Taking charge of their things or choices.
  { name: 'taking away their phone', draft: { ...GOOD, action: 'I will take away your phone' }, expected: ['control@action'] },
  { name: 'taking his keys away, typed without "I will"', draft: { ...GOOD, action: 'take his car keys away' }, expected: ['control@action'] },
  { name: 'pouring out their drink', draft: { ...GOOD, words: 'If you drink, I will pour out your beer.' }, expected: ['control@words'] },
  { name: 'reading their messages', draft: { ...GOOD, holdPlan: 'I’ll check his phone every night' }, expected: ['control@holdPlan'] },
  { name: 'going through their messages', draft: { ...GOOD, action: 'I will go through your texts every night' }, expected: ['control@action'] },
  { name: 'stopping them from seeing friends', draft: { ...GOOD, action: 'I will stop you from seeing those friends' }, expected: ['control@action'] },
  { name: 'deciding who they see', draft: { ...GOOD, words: 'From now on I decide who you can see.' }, expected: ['control@words'] },
  { name: 'an ultimatum about their things is one hint', draft: { ...GOOD, words: 'If you don’t stop, I will take away your car.' }, expected: ['threat@words'] },

  // (c) Too big to keep, or no plan to hold it.
  { name: 'never again', draft: { ...GOOD, action: 'I will never give you money again' }, expected: ['unkeepable@action'] },
  { name: 'disown', draft: { ...GOOD, action: 'I will disown you' }, expected: ['unkeepable@action'] },
  { name: 'cut off completely', draft: { ...GOOD, action: 'I’ll cut you off completely' }, expected: ['unkeepable@action'] },
  { name: 'leave for good', draft: { ...GOOD, action: 'I’ll leave for good.' }, expected: ['unkeepable@action'] },
  { name: 'no hold plan yet', draft: { ...GOOD, holdPlan: '' }, expected: ['unkeepable@holdPlan'] },
  { name: 'hold plan "I don’t know"', draft: { ...GOOD, holdPlan: 'I don’t know' }, expected: ['unkeepable@holdPlan'] },
  { name: 'hold plan "not sure"', draft: { ...GOOD, holdPlan: 'Not sure.' }, expected: ['unkeepable@holdPlan'] },
  { name: 'control and too big at once', draft: { ...GOOD, action: 'I’ll make sure you never drink again' }, expected: ['demand@action', 'unkeepable@action'] },

  // (d) The "I will" part is about someone else.
  { name: 'their action, not mine', draft: { ...GOOD, action: 'he sleeps somewhere else' }, expected: ['not-my-action@action'] },
  { name: 'their action after an "if"', draft: { ...GOOD, action: 'If you drink, you sleep in the car' }, expected: ['not-my-action@action'] },
  { name: 'a house rule', draft: { ...GOOD, action: 'No more drinking in this house' }, expected: ['not-my-action@action'] },

  // (e) Labels and shaming words.
  { name: 'two labels, one hint', draft: { ...GOOD, words: 'You’re an addict and you’re lazy.' }, expected: ['label@words'] },
  { name: 'a label in the situation', draft: { ...GOOD, situation: 'When he acts like a junkie' }, expected: ['label@situation'] },
  { name: 'selfish in the reason', draft: { ...GOOD, reason: 'Because you are being selfish' }, expected: ['label@reason'] },
];

describe('checkBoundary', () => {
  it('has enough examples, good and bad', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    expect(CASES.filter((c) => c.expected.length === 0).length).toBeGreaterThanOrEqual(20);
  });

  it.each(CASES)('$name', ({ draft, expected }) => {
    const found = checkBoundary(draft).map((p) => `${p.kind}@${p.field}`);
    expect(found.sort()).toEqual([...expected].sort());
  });

  it('names the words it found, as typed', () => {
    const [label] = checkBoundary({ words: 'You are so lazy.' });
    expect(label).toEqual({ kind: 'label', field: 'words', hint: 'label', match: 'lazy' });
    const [threat] = checkBoundary({ action: 'This is your LAST CHANCE' });
    expect(threat!.match).toBe('LAST CHANCE');
  });

  it('gives an ultimatum its own wording, though it is a threat', () => {
    const [p] = checkBoundary({ words: 'If you don’t stop, I will leave you.' });
    expect(p).toMatchObject({ kind: 'threat', hint: 'ultimatum' });
  });

  it('turns the person’s own words round when it is simple', () => {
    const reword = (words: string) => checkBoundary({ words }).find((p) => p.kind === 'demand')?.reword;
    expect(reword('You must stop drinking.')).toEqual({ kind: 'if-been', act: 'drinking' });
    expect(reword('I need you to stop shouting at me or I’ll go.')).toEqual({ kind: 'if-been', act: 'shouting at me' });
    expect(reword('Stop drinking or else!')).toEqual({ kind: 'if-been', act: 'drinking' });
    expect(reword('You can’t drink in this house!')).toEqual({ kind: 'if-you', act: 'drink in this house' });
    expect(reword('You must not bring drugs here.')).toEqual({ kind: 'if-you', act: 'bring drugs here' });
    expect(reword('You are not allowed to smoke inside.')).toEqual({ kind: 'if-you', act: 'smoke inside' });
    expect(reword('Don’t ever speak to me like that again.')).toEqual({ kind: 'if-you', act: 'speak to me like that' });
  });

  it('offers a hope, not an "If you…", when the order is to get help', () => {
    for (const words of ['You should get help.', 'You need to go to rehab.', 'I want you to see a doctor.']) {
      expect(checkBoundary({ words })[0]?.reword, words).toEqual({ kind: 'hope-and-offer' });
    }
  });

  it('keeps the general suggestion when the own words would read oddly or hurt', () => {
    const demand = (words: string) => checkBoundary({ words }).find((p) => p.kind === 'demand');
    for (const words of [
      'You must stop being such a lazy junkie.',
      'You need to stop drinking beer with your old school friends in the park.',
      'He must stop drinking.',
      'You need to get a job.',
      'You can’t do this 2 times.',
    ]) {
      expect(demand(words), words).toBeDefined();
      expect(demand(words), words).not.toHaveProperty('reword');
    }
  });

  it('leaves out `match` for a missing plan', () => {
    const [p] = checkBoundary({ action: 'I will leave the room', holdPlan: '   ' });
    expect(p).toMatchObject({ kind: 'unkeepable', field: 'holdPlan', hint: 'no-hold-plan' });
    expect(p).not.toHaveProperty('match');
  });

  it('reads curly and straight apostrophes the same', () => {
    expect(checkBoundary({ action: "I'll kick you out" })).toEqual(checkBoundary({ action: 'I’ll kick you out' }));
  });

  it('applies the rule set it is given', () => {
    const onlyLabels = { ...PITFALL_RULES_EN, rules: PITFALL_RULES_EN.rules.filter((r) => r.kind === 'label') };
    expect(checkBoundary({ words: 'You must stop, you are so lazy.' }, onlyLabels).map((p) => p.kind)).toEqual(['label']);
    expect(checkBoundary({ words: 'You must stop drinking.' }, { ...PITFALL_RULES_EN, rules: [] })).toEqual([]);
  });

  it('has no stateful patterns, which would skip matches', () => {
    for (const rule of PITFALL_RULES_EN.rules) expect(rule.pattern.global || rule.pattern.sticky).toBe(false);
  });
});
