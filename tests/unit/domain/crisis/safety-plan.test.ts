import { describe, expect, it } from 'vitest';
import { SAFETY_PLAN_FIELDS } from '../../../../shared/domain/crisis/safety-plan.ts';
import { SAFETY_PLAN_WORDS_EN } from '../../../../shared/content/crisis/safety-plan-words-en.ts';

const { question: SAFETY_QUESTION, saferAdvice: SAFER_ADVICE } = SAFETY_PLAN_WORDS_EN;
import { readingGrade } from '../../../support/readability.ts';
import { avoidedWordsIn } from '../../../support/voice-words.ts';

const sentence = (t: string) => (/[.!?]$/.test(t.trim()) ? t.trim() : `${t.trim()}.`);

describe('the safety plan’s words', () => {
  const texts = [
    SAFETY_QUESTION,
    ...SAFETY_PLAN_FIELDS.flatMap((f) => [SAFETY_PLAN_WORDS_EN.fields[f.id].label, SAFETY_PLAN_WORDS_EN.fields[f.id].hint]),
    SAFER_ADVICE.first,
    ...SAFER_ADVICE.how,
    SAFER_ADVICE.timeAndPlace,
    SAFER_ADVICE.words,
    SAFER_ADVICE.exitLine,
    SAFER_ADVICE.holdPlan,
  ];

  it('read at grade 8 or lower, as VOICE.md asks, with none of the words it asks us to avoid', () => {
    const all = texts.map(sentence).join(' ');
    expect(readingGrade(all)).toBeLessThanOrEqual(8);
    expect(avoidedWordsIn(all)).toEqual([]);
  });

  it('ask for what domestic-violence safety planning asks for: places, people, a code word, documents, a bag', () => {
    const ids = SAFETY_PLAN_FIELDS.map((f) => f.id);
    for (const id of ['places', 'people', 'codeWord', 'documents', 'bag']) expect(ids).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
