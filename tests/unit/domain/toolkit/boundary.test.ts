import { describe, expect, it } from 'vitest';
import { boundarySentence, validateBoundary } from '../../../../shared/domain/toolkit/boundary.ts';
import { fieldProblemsText } from '../../../../shared/content/field-problems-en.ts';

describe('boundarySentence', () => {
  it('reads the three parts as one sentence', () => {
    expect(boundarySentence({ situation: 'you ask me for money', action: 'say no kindly', reason: 'I care about you' })).toBe(
      'When you ask me for money, I will say no kindly, because I care about you.',
    );
  });

  it('does not repeat the words the labels already say', () => {
    expect(boundarySentence({ situation: 'When you shout.', action: 'I will leave the room', reason: 'Because I need calm' })).toBe(
      'When you shout, I will leave the room, because I need calm.',
    );
  });

  it('keeps "I" and names capitalised, and lowers common openers', () => {
    expect(boundarySentence({ situation: 'Sam calls after midnight', action: 'Text back in the morning', reason: 'I need sleep' })).toBe(
      'When Sam calls after midnight, I will text back in the morning, because I need sleep.',
    );
  });

  it('leaves out "because" when there is no reason', () => {
    expect(boundarySentence({ situation: 'the shouting starts', action: 'step outside', reason: '  ' })).toBe('When the shouting starts, I will step outside.');
  });
});

describe('validateBoundary', () => {
  it('asks kindly for the situation and the action, not for the reason', () => {
    expect(fieldProblemsText(validateBoundary({ situation: ' ', action: '', reason: '' }))).toEqual({
      situation: expect.stringContaining('when'),
      action: expect.stringContaining('your own actions'),
    });
    expect(validateBoundary({ situation: 'x', action: 'y', reason: '' })).toEqual({});
  });

  it('refuses text far longer than a paragraph', () => {
    expect(fieldProblemsText(validateBoundary({ situation: 'x'.repeat(2001), action: 'y', reason: '' })).situation).toMatch(/2000/);
  });
});
