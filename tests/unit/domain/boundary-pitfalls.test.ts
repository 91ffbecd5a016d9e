import { describe, expect, it } from 'vitest';
import {
  checkBoundary,
  PITFALL_RULES,
  type BoundaryDraft,
  type BoundaryDraftField,
  type PitfallKind,
} from '../../../shared/domain/boundary-pitfalls.ts';
import { blocksToText, readingGrade } from '../../support/readability.ts';

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

  // (a) Demands on the other person.
  { name: 'you need to stop', draft: { ...GOOD, action: 'You need to stop drinking' }, expected: ['demand@action'] },
  { name: 'he has to', draft: { ...GOOD, action: 'he has to get a job' }, expected: ['demand@action'] },
  { name: 'make them go', draft: { ...GOOD, action: 'make them go to treatment' }, expected: ['demand@action'] },
  { name: 'not allowed', draft: { ...GOOD, words: 'You are not allowed to bring drugs here.' }, expected: ['demand@words'] },
  { name: 'a demand in the reason', draft: { ...GOOD, reason: 'because you need to learn a lesson' }, expected: ['demand@reason'] },
  { name: '"you will" as an order', draft: { ...GOOD, words: 'You will go to treatment this week.' }, expected: ['demand@words'] },

  // (b) Threats said in anger.
  { name: 'last chance', draft: { ...GOOD, words: 'This is your last chance.' }, expected: ['threat@words'] },
  { name: 'kick you out', draft: { ...GOOD, action: 'I’ll kick you out' }, expected: ['threat@action'] },
  { name: 'never speak again is one hint, not two', draft: { ...GOOD, words: 'Do that again and I’ll never speak to you again.' }, expected: ['threat@words'] },
  { name: 'a threat about him, not my action', draft: { ...GOOD, action: 'He will stop drinking or he is out' }, expected: ['demand@action', 'threat@action'] },
  { name: 'a threat in the action field is one hint', draft: { ...GOOD, action: 'you will regret it' }, expected: ['threat@action'] },
  { name: 'one more time and you’re out', draft: { ...GOOD, holdPlan: 'One more time and you’re out!' }, expected: ['threat@holdPlan'] },
  { name: 'a demand and a threat together', draft: { ...GOOD, words: 'You must stop using or you’ll be sorry.' }, expected: ['demand@words', 'threat@words'] },
  { name: 'stop, or else', draft: { ...GOOD, words: 'Stop drinking or else!' }, expected: ['demand@words', 'threat@words'] },

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
    expect(CASES.length).toBeGreaterThanOrEqual(24);
    expect(CASES.filter((c) => c.expected.length === 0).length).toBeGreaterThanOrEqual(8);
  });

  it.each(CASES)('$name', ({ draft, expected }) => {
    const found = checkBoundary(draft).map((p) => `${p.kind}@${p.field}`);
    expect(found.sort()).toEqual([...expected].sort());
  });

  it('names the words it found, and fills them into the message', () => {
    const [label] = checkBoundary({ words: 'You are so lazy.' });
    expect(label).toMatchObject({ kind: 'label', field: 'words', match: 'lazy' });
    expect(label!.message).toContain('“lazy”');
    const [threat] = checkBoundary({ action: 'This is your LAST CHANCE' });
    expect(threat!.match).toBe('LAST CHANCE');
  });

  it('leaves out `match` for a missing plan', () => {
    const [p] = checkBoundary({ action: 'I will leave the room', holdPlan: '   ' });
    expect(p).toMatchObject({ kind: 'unkeepable', field: 'holdPlan' });
    expect(p).not.toHaveProperty('match');
  });

  it('reads curly and straight apostrophes the same', () => {
    expect(checkBoundary({ action: "I'll kick you out" })).toEqual(checkBoundary({ action: 'I’ll kick you out' }));
  });

  it('speaks gently and plainly in every message', () => {
    const text = blocksToText(PITFALL_RULES.flatMap((r) => [r.message.replace('{match}', 'lazy'), r.suggestion]));
    expect(readingGrade(text)).toBeLessThanOrEqual(8);
    for (const rule of PITFALL_RULES) {
      expect(rule.pattern.global || rule.pattern.sticky, 'a stateful regex would skip matches').toBe(false);
      expect(`${rule.message} ${rule.suggestion}`).not.toMatch(/\b(must|have to|wrong|bad)\b/i);
    }
  });
});
