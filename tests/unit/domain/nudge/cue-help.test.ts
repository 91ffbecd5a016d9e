import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { detectCues, type HelpNeed } from '../../../../shared/domain/nudge/cue-detector.ts';
import { helpNeeded, withoutToneOnSafety } from '../../../../shared/domain/nudge/cue-help.ts';
import { helpLexiconEn } from '../../../../shared/content/cues/help-lexicon-en.ts';

interface HelpMessage {
  text: string;
  help: HelpNeed | null;
  note: string;
}

/** Despair and danger, safety, and look-alikes, each with the help it should earn. Tuning on it is fine. */
const HELP_SET = JSON.parse(readFileSync(new URL('../../../fixtures/messages/help-messages.json', import.meta.url), 'utf8')) as HelpMessage[];

const CRISIS_EXAMPLE = 'I can’t do this anymore. Sometimes I wish I was dead.';
const SAFETY_EXAMPLE = 'If you touch me again I’m calling the police.';

describe('detectCues: help beyond tone', () => {
  it('has enough messages of each kind, written out, with nothing said twice', () => {
    const count = (help: HelpNeed | null) => HELP_SET.filter((m) => m.help === help).length;
    expect(count('crisis')).toBeGreaterThanOrEqual(40);
    expect(count('safety')).toBeGreaterThanOrEqual(30);
    expect(count(null)).toBeGreaterThanOrEqual(40);
    expect(new Set(HELP_SET.map((m) => m.text.toLowerCase())).size).toBe(HELP_SET.length);
  });

  it.each(HELP_SET.map((m) => [m.help ?? 'no help', m.text, m.help] as const))('%s: %s', (_label, text, help) => {
    expect(detectCues(text).help).toBe(help);
  });

  it('answers the issue’s despair message with crisis help, with curly or straight apostrophes', () => {
    for (const text of [CRISIS_EXAMPLE, CRISIS_EXAMPLE.replace('’', "'")]) {
      const result = detectCues(text);
      expect(result.help).toBe('crisis');
      expect(result.nudge).toBe(true);
    }
  });

  it('answers the issue’s safety boundary with safety help and never calls it a threat', () => {
    for (const text of [SAFETY_EXAMPLE, SAFETY_EXAMPLE.replace('’', "'"), 'IF YOU TOUCH ME AGAIN I AM CALLING THE POLICE!!!']) {
      const result = detectCues(text);
      expect(result.help).toBe('safety');
      expect(result.nudge).toBe(true);
      expect(result.cues.filter((c) => c.kind !== 'distress' && c.kind !== 'topic')).toEqual([]);
    }
    // The same words without the safety part are still read as a threat in anger.
    expect(detectCues('If you come home late again I’m calling the police.').cues.map((c) => c.kind)).toContain('ultimatum');
  });

  it('takes tone cues off the safety sentence only: other sentences keep theirs', () => {
    const text = 'You never listen to anyone. I’m scared of you when you drink.';
    const result = detectCues(text);
    expect(result.help).toBe('safety');
    expect(result.cues.map((c) => c.match)).toContain('You never');
  });

  it('ranks crisis above safety when a message holds both', () => {
    expect(detectCues('He hit me again. I don’t want to be alive any more.').help).toBe('crisis');
    expect(helpNeeded([{ help: 'safety', rule: 's', start: 0, end: 1 }, { help: 'crisis', rule: 'c', start: 2, end: 3 }])).toBe('crisis');
    expect(helpNeeded([])).toBeNull();
  });

  it('finds help in the middle of a long email and in quoted words', () => {
    const filler = 'The car is booked in on Tuesday and Mum says hello. ';
    const text = `${filler.repeat(20)}My son texted me goodbye an hour ago and now I can’t reach him. ${filler.repeat(20)}`;
    expect(detectCues(text).help).toBe('crisis');
    // Quoted words are someone else's, and still news of danger.
    expect(detectCues('She sent me “I want to die” at 2am and now her phone is off.').help).toBe('crisis');
  });

  it('helps at every sensitivity but off, where nothing is read', () => {
    expect(detectCues(CRISIS_EXAMPLE, { sensitivity: 'gentle' }).help).toBe('crisis');
    expect(detectCues(SAFETY_EXAMPLE, { sensitivity: 'gentle' }).nudge).toBe(true);
    expect(detectCues(CRISIS_EXAMPLE, { sensitivity: 'off' })).toEqual({ nudge: false, help: null, cues: [], score: 0 });
  });

  it('reads help the same way when every rule is tried everywhere', () => {
    for (const { text } of HELP_SET) expect(detectCues(text)).toEqual(detectCues(text, { fullScan: true }));
  });

  it('keeps distress and topic cues on a safety sentence, and leaves cue lists without safety findings alone', () => {
    const cues = [
      { kind: 'ultimatum' as const, start: 0, end: 5 },
      { kind: 'distress' as const, start: 0, end: 5 },
      { kind: 'blame' as const, start: 20, end: 25 },
    ];
    const scan = 'aaaaa bbb ccc. ddd. eeeee';
    expect(withoutToneOnSafety(cues, [{ help: 'safety', rule: 'x', start: 6, end: 9 }], scan).map((c) => c.kind)).toEqual(['distress', 'blame']);
    expect(withoutToneOnSafety(cues, [{ help: 'crisis', rule: 'x', start: 6, end: 9 }], scan)).toBe(cues);
  });

  it('has rule ids that say which help they earn, each used by the set', () => {
    for (const rule of helpLexiconEn.rules) expect(rule.id.startsWith(`${rule.help}.`)).toBe(true);
    expect(new Set(helpLexiconEn.rules.map((r) => r.id)).size).toBe(helpLexiconEn.rules.length);
  });
});
