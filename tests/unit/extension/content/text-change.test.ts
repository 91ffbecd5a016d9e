import { describe, expect, it } from 'vitest';
import { changedSubstantially, cueKey, snoozeFor } from '../../../../extension/content/text-change.ts';
import { spaced } from '../../../../extension/content/insert-text.ts';
import { notesFor } from '../../../../extension/content/cue-notes.ts';

const cues = [
  { kind: 'absolute', match: 'You never' },
  { kind: 'ultimatum', match: 'your last chance' },
];

describe('"Not now" and when the chip may come back', () => {
  it('remembers cues by kind and words, not the text', () => {
    const snooze = snoozeFor(45, cues);
    expect(snooze.length).toBe(45);
    expect([...snooze.cues]).toEqual(['absolute:you never', 'ultimatum:your last chance']);
    expect(cueKey({ kind: 'label', match: '  You  ARE a liar ' })).toBe('label:you are a liar');
  });

  it('stays away while the message only changes a little', () => {
    const snooze = snoozeFor(45, cues);
    expect(changedSubstantially(snooze, 48, cues)).toBe(false);
    expect(changedSubstantially(snooze, 40, cues.slice(0, 1))).toBe(false);
    expect(changedSubstantially(snooze, 45, [{ kind: 'absolute', match: 'YOU NEVER' }])).toBe(false);
  });

  it('comes back for a new cue, a much longer or shorter message, or a fresh start', () => {
    const snooze = snoozeFor(45, cues);
    expect(changedSubstantially(snooze, 60, [...cues, { kind: 'label', match: 'you are a liar' }])).toBe(true);
    expect(changedSubstantially(snooze, 45 + 40, cues)).toBe(true);
    expect(changedSubstantially(snoozeFor(200, cues), 90, cues)).toBe(true);
    expect(changedSubstantially(snoozeFor(200, cues), 130, cues)).toBe(false);
    expect(changedSubstantially(snooze, 0, [])).toBe(true);
  });
});

describe('spaced', () => {
  it('adds a space only where words would touch', () => {
    expect(spaced('Hello', 'words', '')).toBe(' words');
    expect(spaced('Hello ', 'words', '')).toBe('words');
    expect(spaced('', 'words', 'then')).toBe('words ');
    expect(spaced('a\n', 'words', ' b')).toBe('words');
    expect(spaced('', 'words', '')).toBe('words');
  });
});

describe('notesFor', () => {
  it('groups cues by their note, quotes words (not "!!!"), and keeps the list short', () => {
    const notes = notesFor([
      { kind: 'absolute', match: 'You never', explanation: 'A' },
      { kind: 'absolute', match: 'you always', explanation: 'A' },
      { kind: 'absolute', match: 'YOU NEVER', explanation: 'A' },
      { kind: 'shouting', match: '!!!', explanation: 'S' },
      { kind: 'blame', match: 'your fault', explanation: 'B' },
      { kind: 'label', match: 'liar', explanation: 'L' },
      { kind: 'topic', match: 'rehab', explanation: 'T' },
    ]);
    expect(notes).toEqual([
      { kind: 'absolute', matches: ['You never', 'you always'], explanation: 'A' },
      { kind: 'shouting', matches: [], explanation: 'S' },
      { kind: 'blame', matches: ['your fault'], explanation: 'B' },
      { kind: 'label', matches: ['liar'], explanation: 'L' },
    ]);
  });
});
