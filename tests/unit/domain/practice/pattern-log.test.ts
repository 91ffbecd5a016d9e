import { describe, expect, it } from 'vitest';
import {
  PATTERN_FIELD_MAX,
  activityProblem,
  beforeLine,
  groupByWeek,
  hasActivity,
  isCalendarDay,
  validatePattern,
  weekStart,
  type PatternDraft,
  type PatternEntry,
} from '../../../../shared/domain/practice/pattern-log.ts';
import { readingGrade } from '../../../support/readability.ts';
import { avoidedWordsIn, stringsIn } from '../../../support/voice-words.ts';
import { fieldProblemText, fieldProblemsText } from '../../../../shared/content/field-problems-en.ts';

import { PATTERN_WORDS_EN, weekHeading } from '../../../../shared/content/practice/pattern-words-en.ts';

const ACTIVITY_SUGGESTIONS = PATTERN_WORDS_EN.activityIdeas;
const draft = (over: Partial<PatternDraft> = {}): PatternDraft => ({
  date: '2026-12-03',
  where: '',
  who: '',
  what: '',
  feelings: '',
  happened: 'He went out after the row',
  afterThem: '',
  afterMe: '',
  note: '',
  ...over,
});

const entry = (id: string, date: string, createdAt: number, where = ''): PatternEntry => ({ ...draft({ date, where }), id, createdAt, updatedAt: createdAt });

describe('checking a pattern-log entry', () => {
  it('asks only for what happened, and a real day that has come', () => {
    expect(fieldProblemsText(validatePattern(draft(), '2026-12-05'))).toEqual({});
    expect(fieldProblemsText(validatePattern(draft({ happened: '   ' }), '2026-12-05'))).toEqual({ happened: 'Add a few words about what happened. The rest can wait.' });
    expect(fieldProblemsText(validatePattern(draft({ date: '2026-12-06' }), '2026-12-05')).date).toBe('That day has not come yet. Please pick today or an earlier day.');
    expect(fieldProblemsText(validatePattern(draft({ date: '' }), '2026-12-05')).date).toBe('Please pick the day it happened.');
    expect(fieldProblemsText(validatePattern(draft({ date: '2026-02-30' }), '2026-12-05')).date).toBe('Please pick the day it happened.');
  });

  it('caps every field, with a kind message', () => {
    const long = 'a'.repeat(PATTERN_FIELD_MAX + 1);
    const errors = fieldProblemsText(validatePattern(draft({ where: long, note: long }), '2026-12-05'));
    expect(Object.keys(errors).sort()).toEqual(['note', 'where']);
    expect(errors.where).toMatch(/under 2000 characters/);
    expect(validatePattern(draft({ where: 'a'.repeat(PATTERN_FIELD_MAX) }), '2026-12-05')).toEqual({});
  });

  it('knows real calendar days', () => {
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2026-02-29')).toBe(false);
    expect(isCalendarDay('3 Dec')).toBe(false);
  });

  it('checks an activity: some words, not too many', () => {
    expect(activityProblem('A walk')).toBeUndefined();
    expect(fieldProblemText(activityProblem('  ')!)).toBe('Write the activity in a few words first.');
    expect(fieldProblemText(activityProblem('x'.repeat(301))!)).toMatch(/under 300 characters/);
    expect(fieldProblemText(activityProblem('A walk', 'x'.repeat(301))!)).toMatch(/under 300 characters/);
  });

  it('does not offer an idea already on the list, whatever its case or spaces', () => {
    expect(hasActivity([{ text: ' a walk together ' }], ACTIVITY_SUGGESTIONS[0]!)).toBe(true);
    expect(hasActivity([{ text: 'A walk by the sea' }], ACTIVITY_SUGGESTIONS[0]!)).toBe(false);
  });
});

describe('weeks', () => {
  it('start on Monday, across months and years', () => {
    expect(weekStart('2026-12-05')).toBe('2026-11-30');
    expect(weekStart('2026-11-30')).toBe('2026-11-30');
    expect(weekStart('2026-12-06')).toBe('2026-11-30');
    expect(weekStart('2026-12-07')).toBe('2026-12-07');
    expect(weekStart('2027-01-01')).toBe('2026-12-28');
  });

  it('are headed "Week of 30 November", with the year only when it is not this one', () => {
    expect(weekHeading('2026-11-30', '2026-12-05')).toBe('Week of 30 November');
    expect(weekHeading('2025-12-29', '2026-12-05')).toBe('Week of 29 December 2025');
  });

  it('group entries of one calendar week together, newest week and newest day first', () => {
    const weeks = groupByWeek([
      entry('a', '2026-11-24', 1),
      entry('b', '2026-12-01', 2),
      entry('c', '2026-12-05', 3),
      entry('d', '2026-12-01', 4),
    ]);
    expect(weeks.map((w) => w.monday)).toEqual(['2026-11-30', '2026-11-23']);
    expect(weeks[0]!.entries.map((e) => e.id)).toEqual(['c', 'd', 'b']);
    expect(weeks[1]!.entries.map((e) => e.id)).toEqual(['a']);
  });

  it('put the "before" of an entry on one line, leaving out what was not filled in', () => {
    expect(beforeLine({ where: 'At home ', who: '', what: 'Payday', feelings: 'Bored' })).toBe('At home · Payday · Bored');
    expect(beforeLine({ where: '', who: '', what: '', feelings: '' })).toBe('');
  });
});

describe('the words on the page', () => {
  const all = stringsIn(PATTERN_WORDS_EN, 'pattern log');

  it('read at grade 8 or lower', () => {
    for (const p of [...PATTERN_WORDS_EN.guidance, PATTERN_WORDS_EN.activityGuidance.replace('{person}', 'your son')]) expect(readingGrade(p), p).toBeLessThanOrEqual(8);
  });

  it('use none of the words VOICE.md asks us to avoid', () => {
    for (const { where, text } of all) expect(avoidedWordsIn(text), where).toEqual([]);
  });
});
