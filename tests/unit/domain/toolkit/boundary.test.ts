import { describe, expect, it } from 'vitest';
import { boundarySentence, validateBoundary } from '../../../../shared/domain/toolkit/boundary.ts';
import { BOUNDARY_WORDS_ES } from '../../../../shared/content/toolkit/boundary-words-es.ts';
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

describe('boundarySentence in Spanish', () => {
  const es = (b: { situation: string; action: string; reason: string }) => boundarySentence(b, BOUNDARY_WORDS_ES.sentence);

  it('reads the three parts as one sentence, without repeating the labels', () => {
    expect(es({ situation: 'Cuando me pides dinero.', action: 'Voy a decir que no con cariño', reason: 'Porque me importas' })).toBe(
      'Cuando me pides dinero, voy a decir que no con cariño, porque me importas.',
    );
  });

  it('keeps names capitalised, lowers common openers, and leaves out "porque" with no reason', () => {
    expect(es({ situation: 'Sam llama después de medianoche', action: 'Contestar por la mañana', reason: ' ' })).toBe(
      'Cuando Sam llama después de medianoche, voy a contestar por la mañana.',
    );
    expect(es({ situation: 'Él grita', action: 'Salir a caminar', reason: 'Necesito calma' })).toBe('Cuando él grita, voy a salir a caminar, porque necesito calma.');
  });

  it('keeps a "$" the person typed', () => {
    expect(es({ situation: 'me pides $50', action: 'decir que no', reason: '' })).toBe('Cuando me pides $50, voy a decir que no.');
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
