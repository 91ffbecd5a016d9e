import { describe, expect, it } from 'vitest';
import type { TemplateResult } from 'lit/html.js';
import { chipView, type ChipViewActions, type ChipViewState } from '../../../../extension/content/chip-view.ts';
import { GENERAL_NOTES, notesFor } from '../../../../extension/content/cue-notes.ts';
import { detectCues } from '../../../../shared/domain/nudge/cue-detector.ts';

const noop = (): void => undefined;
const actions: ChipViewActions = { open: noop, close: noop, notNow: noop, insert: noop, openHelp: noop, quietToday: noop, never: noop, keydown: noop };

/** The text a template would show (lit templates are plain objects until rendered): markup and attribute values dropped. */
function textOf(value: unknown): string {
  if (Array.isArray(value)) return value.map(textOf).join('');
  if (value && typeof value === 'object' && 'strings' in value) {
    const { strings, values } = value as TemplateResult;
    return strings.map((s, i) => s.replace(/<[^>]*>/g, ' ').replace(/<[^>]*$|^[^<]*>/g, ' ') + (i < values.length && !/=\s*$/.test(s) ? textOf(values[i]) : '')).join('');
  }
  return typeof value === 'string' ? value : '';
}
const shown = (state: ChipViewState): string => textOf(chipView(state, actions)).replace(/\s+/g, ' ');

const prompts = [{ id: 'calm-slow-down', words: 'Let’s both slow down. I’m listening.', source: 'library' as const, note: '' }];
const panel = (state: Partial<ChipViewState>): ChipViewState => ({ mode: 'panel', notes: [], safety: false, prompts, help: null, ...state });

describe('the panel, when only the model found something', () => {
  it('says a tone finding in general terms, with why a pause can help, and points at no words', () => {
    const text = shown(panel({ general: 'tone' }));
    expect(text).toContain('This may land harder than you mean. That happens to all of us when feelings run high.');
    expect(text).toContain('A short pause, and reading it once as they will, can help them hear what you really mean.');
    expect(text).not.toContain('What stood out');
    expect(text).not.toContain('“');
    expect(text).toContain('Let’s both slow down.');
  });

  it('says a topic finding as a hard conversation that a few gentle words can help', () => {
    const text = shown(panel({ general: 'topic' }));
    expect(text).toContain('This may open a hard conversation.');
    expect(text).toContain('A few gentle words at the start can help it go well.');
    expect(text).not.toContain('land harder');
    // With no prompts to offer, a tip that fits a conversation rather than anger.
    expect(shown(panel({ general: 'topic', prompts: 'unavailable' }))).toContain(GENERAL_NOTES.topic.tip);
  });

  it('explains the rules’ words as before when a rule names them, whatever the model said', () => {
    const notes = notesFor(detectCues('You never listen, this is your last chance!!!').cues);
    const text = shown(panel({ general: 'tone', notes }));
    expect(text).toContain('What stood out');
    expect(text).toContain('“You never”');
    expect(text).toContain('This sounds like a hard moment, and your feelings make sense.');
    expect(text).not.toContain('This may land harder than you mean.');
    expect(shown(panel({ notes, prompts: 'unavailable' }))).toContain('A calm “I” sentence often helps');
  });

  it('keeps the general words out of the chip itself and out of a safety panel', () => {
    expect(shown({ ...panel({ general: 'tone' }), mode: 'chip' })).not.toContain('land harder');
    expect(shown(panel({ general: 'tone', safety: true }))).not.toContain('land harder');
  });
});
