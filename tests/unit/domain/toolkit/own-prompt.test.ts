import { describe, expect, it } from 'vitest';
import { ownPromptSchema } from '../../../../shared/content/prompts/prompt-schema.ts';
import { ownPromptFrom, validateOwnPrompt } from '../../../../shared/domain/toolkit/own-prompt.ts';
import * as v from 'valibot';
import { fieldProblemsText } from '../../../../shared/content/field-problems-en.ts';

describe('validateOwnPrompt', () => {
  it('asks kindly for the words', () => {
    expect(fieldProblemsText(validateOwnPrompt({ words: '  ', whenToUse: '' }))).toEqual({ words: 'Write the words you would like to say.' });
    expect(fieldProblemsText(validateOwnPrompt({ words: 'I’m here, [name].', whenToUse: 'Any time' }))).toEqual({});
  });

  it('spots a blank that was never closed', () => {
    expect(fieldProblemsText(validateOwnPrompt({ words: 'Hi [name, how are you', whenToUse: '' })).words).toMatch(/square brackets/);
    expect(fieldProblemsText(validateOwnPrompt({ words: 'Hi [ ]', whenToUse: '' })).words).toMatch(/square brackets/);
  });

  it('keeps text to a sane length', () => {
    expect(fieldProblemsText(validateOwnPrompt({ words: 'a'.repeat(601), whenToUse: 'b'.repeat(161) }))).toEqual({
      words: 'Please keep this under 600 characters.',
      whenToUse: 'Please keep this to one short line.',
    });
  });
});

describe('ownPromptFrom', () => {
  it('shapes what was typed like a library prompt, marked as own', () => {
    const p = ownPromptFrom({ words: ' I love you,\n  [name]. ', whenToUse: ' Any time ', category: 'repair' });
    expect(p).toEqual({ category: 'repair', words: 'I love you, [name].', whenToUse: 'Any time', insteadOf: '', tryThis: '', tags: [], own: true });
    expect(v.safeParse(ownPromptSchema, { ...p, id: 'x' }).success).toBe(true);
  });

  it('keeps the id and extra fields of the prompt being edited', () => {
    const p = ownPromptFrom({ words: 'New words', whenToUse: '', category: 'listening' }, { id: 'abc', tags: ['mine'], insteadOf: 'Old' });
    expect(p).toMatchObject({ id: 'abc', tags: ['mine'], insteadOf: 'Old', words: 'New words', own: true });
  });
});
