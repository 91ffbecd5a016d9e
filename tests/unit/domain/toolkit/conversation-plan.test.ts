import { describe, expect, it } from 'vitest';
import { emptyPlan, fromLocalInputValue, isDueOn, pickedPrompts, planRef, plansDueOn, rehearsalLines, sortPlans, tidyPlan, toLocalInputValue, validatePlan } from '../../../../shared/domain/toolkit/conversation-plan.ts';
import { planTitle, reflectionPromptFor, rehearsalLineLabel } from '../../../../shared/content/toolkit/plan-words-en.ts';
import { fieldProblemsText } from '../../../../shared/content/field-problems-en.ts';

const at = (y: number, mo: number, d: number, h = 12, mi = 0) => new Date(y, mo - 1, d, h, mi).getTime();

describe('validatePlan', () => {
  it('asks kindly for what the talk is about, and nothing else', () => {
    expect(fieldProblemsText(validatePlan(emptyPlan()))).toEqual({ about: 'Add what the talk is about, in a few words.' });
    expect(fieldProblemsText(validatePlan({ ...emptyPlan(), about: 'money' }))).toEqual({});
  });

  it('keeps fields and key points to a sane length', () => {
    const long = 'a'.repeat(2001);
    expect(fieldProblemsText(validatePlan({ ...emptyPlan(), about: 'x', goal: long, keyPoints: [long] }))).toEqual({
      goal: 'Please keep this under 2000 characters.',
      keyPoints: 'Please keep each point under 2000 characters.',
    });
  });
});

describe('tidyPlan', () => {
  it('trims, drops empty key points, keeps at most three, and lists prompts once', () => {
    const tidy = tidyPlan({ ...emptyPlan(), about: '  money ', keyPoints: [' one ', '', 'two', '  ', 'three', 'four'], promptIds: ['a', 'b', 'a'] });
    expect(tidy.about).toBe('money');
    expect(tidy.keyPoints).toEqual(['one', 'two', 'three']);
    expect(tidy.promptIds).toEqual(['a', 'b']);
  });

  it('keeps blank fills only for picked prompts, trimmed, and drops the field when nothing is filled', () => {
    const tidy = tidyPlan({
      ...emptyPlan(),
      about: 'money',
      promptIds: ['a', 'b'],
      promptFills: { a: { ' feeling ': ' worried ', place: '  ' }, b: { x: '' }, removed: { feeling: 'sad' } },
    });
    expect(tidy.promptFills).toEqual({ a: { feeling: 'worried' } });
    const none = tidyPlan({ ...emptyPlan(), about: 'money', promptIds: ['a'], promptFills: { a: { feeling: ' ' }, gone: { feeling: 'sad' } } });
    expect(none).not.toHaveProperty('promptFills');
    expect(tidyPlan({ ...emptyPlan(), about: 'money', promptIds: ['a'] })).not.toHaveProperty('promptFills');
  });

  it('keeps "they might say" and "what to have ready" trimmed and short, and drops them when empty', () => {
    const tidy = tidyPlan({ ...emptyPlan(), about: 'help', theyMightSay: [' I’m fine. ', '', 'Not now.', 'Later.', 'Too many.'], ready: ['  A number to call ', ' ', 'A ride there', 'a', 'b', 'c'] });
    expect(tidy.theyMightSay).toEqual(['I’m fine.', 'Not now.', 'Later.']);
    expect(tidy.ready).toEqual(['A number to call', 'A ride there', 'a', 'b']);
    const empty = tidyPlan({ ...emptyPlan(), about: 'help', theyMightSay: [' '], ready: [] });
    expect(empty).not.toHaveProperty('theyMightSay');
    expect(empty).not.toHaveProperty('ready');
    // Plans saved before these lists keep their shape.
    expect(tidyPlan({ ...emptyPlan(), about: 'help' })).toEqual({ ...emptyPlan(), about: 'help' });
  });

  it('asks for short "they might say" lines and "ready" items', () => {
    const long = 'a'.repeat(301);
    expect(fieldProblemsText(validatePlan({ ...emptyPlan(), about: 'x', theyMightSay: [long], ready: ['ok', long] }))).toEqual({
      theyMightSay: 'Please keep each line under 300 characters.',
      ready: 'Please keep each item under 300 characters.',
    });
  });

  it('keeps each fill to a few words', () => {
    const tidy = tidyPlan({ ...emptyPlan(), about: 'x', promptIds: ['a'], promptFills: { a: { feeling: 'a'.repeat(500) } } });
    expect(tidy.promptFills!['a']!['feeling']).toHaveLength(200);
  });
});

describe('pickedPrompts', () => {
  it('fills each picked prompt’s blanks with this plan’s words, leaving the rest to fill', () => {
    const words: Record<string, string> = { p1: 'I can [another way to help] instead.', p2: 'I feel [feeling] when [what happened].' };
    const picked = pickedPrompts({ promptIds: ['p1', 'gone', 'p2'], promptFills: { p1: { 'another way to help': 'drive you there' }, p2: { feeling: 'scared' } } }, (id) => words[id]);
    expect(picked).toEqual([
      { id: 'p1', words: words['p1'], text: 'I can drive you there instead.' },
      { id: 'p2', words: words['p2'], text: 'I feel scared when [what happened].' },
    ]);
    expect(pickedPrompts({ promptIds: ['p1'] }, (id) => words[id])[0]!.text).toBe('I can [another way to help] instead.');
  });
});

describe('planTitle and reflectionPromptFor', () => {
  it('reads as a short sentence from what was filled in', () => {
    expect(planTitle({ who: 'Sam', about: 'money' })).toBe('Talk with Sam about money');
    expect(planTitle({ who: '', about: 'About the car' })).toBe('Talk about the car');
    expect(planTitle({ who: 'my mum', about: '' })).toBe('Talk with my mum');
    expect(planTitle({ who: ' ', about: ' ' })).toBe('A conversation');
  });

  it('asks how the conversation about the topic went', () => {
    expect(reflectionPromptFor({ about: 'money for rent.' })).toBe('How did the conversation about money for rent go?');
    expect(reflectionPromptFor({ about: '' })).toBe('How did the conversation go?');
    expect(planRef('abc')).toBe('plan:abc');
  });
});

describe('dates', () => {
  it('finds plans set for the same local day, earliest first', () => {
    const now = at(2030, 5, 1, 9);
    const plans = [
      { id: 'late', scheduledAt: at(2030, 5, 1, 20) },
      { id: 'none' },
      { id: 'early', scheduledAt: at(2030, 5, 1, 7) },
      { id: 'tomorrow', scheduledAt: at(2030, 5, 2, 0, 0) },
    ];
    expect(plansDueOn(plans, now).map((p) => p.id)).toEqual(['early', 'late']);
    expect(isDueOn({ scheduledAt: at(2030, 4, 30, 23, 59) }, now)).toBe(false);
  });

  it('lists today and later first (soonest first), then the rest by newest change', () => {
    const now = at(2030, 5, 1, 9);
    const plans = [
      { id: 'past', scheduledAt: at(2030, 4, 1), updatedAt: 5 },
      { id: 'unscheduled-new', updatedAt: 9 },
      { id: 'next-week', scheduledAt: at(2030, 5, 8), updatedAt: 1 },
      { id: 'this-morning', scheduledAt: at(2030, 5, 1, 7), updatedAt: 1 },
      { id: 'unscheduled-old', updatedAt: 2 },
    ];
    expect(sortPlans(plans, now).map((p) => p.id)).toEqual(['this-morning', 'next-week', 'unscheduled-new', 'past', 'unscheduled-old']);
  });

  it('round-trips a datetime-local value in local time', () => {
    const t = at(2030, 5, 1, 18, 30);
    expect(toLocalInputValue(t)).toBe('2030-05-01T18:30');
    expect(fromLocalInputValue('2030-05-01T18:30')).toBe(t);
    expect(toLocalInputValue(undefined)).toBe('');
  });

  it('treats empty or impossible dates as no date', () => {
    expect(fromLocalInputValue('')).toBeUndefined();
    expect(fromLocalInputValue('2030-04-31T10:00')).toBeUndefined();
    expect(fromLocalInputValue('tomorrow')).toBeUndefined();
  });
});

describe('rehearsalLines', () => {
  it('orders opening, key points, prompts and exit, leaving out empty or missing parts', () => {
    const words: Record<string, string> = { p1: 'Take your time.', p2: 'I’m listening.' };
    const lines = rehearsalLines(
      { opening: ' Can we talk? ', keyPoints: ['I love you', ' '], promptIds: ['p1', 'gone', 'p2'], exitLine: 'Let’s stop for now.' },
      (id) => words[id],
    );
    expect(lines.map((l) => ({ id: l.id, label: rehearsalLineLabel(l), text: l.text }))).toEqual([
      { id: 'opening', label: 'Opening line', text: 'Can we talk?' },
      { id: 'point-0', label: 'Key point 1', text: 'I love you' },
      { id: 'prompt-p1', label: 'Prompt 1', text: 'Take your time.' },
      { id: 'prompt-p2', label: 'Prompt 2', text: 'I’m listening.' },
      { id: 'exit', label: 'Exit line', text: 'Let’s stop for now.' },
    ]);
    expect(rehearsalLines({ opening: '', keyPoints: [], promptIds: [], exitLine: '' }, () => undefined)).toEqual([]);
  });

  it('practises a prompt with the blanks the person filled in', () => {
    const lines = rehearsalLines(
      { opening: '', keyPoints: [], promptIds: ['p1'], promptFills: { p1: { 'another way to help': 'cook dinner' } }, exitLine: '' },
      () => 'I can’t give money. I can [another way to help] instead.',
    );
    expect(lines).toEqual([{ id: 'prompt-p1', part: 'prompt', n: 1, text: 'I can’t give money. I can cook dinner instead.' }]);
  });
});
