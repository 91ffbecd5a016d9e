import { describe, expect, it } from 'vitest';
import { checkBoundary } from '../../../shared/domain/toolkit/boundary-pitfalls.ts';
import { pitfallWording, type PitfallHint } from '../../../shared/domain/toolkit/pitfall-rules.ts';
import { PITFALL_WORDS_EN } from '../../../shared/content/toolkit/pitfall-words-en.ts';
import { blocksToText, readingGrade } from '../../support/readability.ts';

/** The hint a draft gets, in the words the builder shows. */
const shown = (draft: Parameters<typeof checkBoundary>[0]) => checkBoundary(draft).map((p) => pitfallWording(p, PITFALL_WORDS_EN));

// The sentences the builder showed when the checks still returned sentences: the keys must word them the same.
const BEFORE: Record<PitfallHint, [draft: Parameters<typeof checkBoundary>[0], message: string, suggestion: string]> = {
  demand: [
    { words: 'He must stop drinking.' },
    'This reads like a rule for the other person. What they do is up to them, so it is hard to count on.',
    'Try saying what you will do instead: “If there is shouting, I will leave the room.”',
  ],
  threat: [
    { words: 'This is your last chance.' },
    'This sounds like something said in anger. Threats tend to start a fight, and they are hard to carry out.',
    'Try a calm step you can keep: “If this happens, I will go for a walk, and we can talk tomorrow.”',
  ],
  ultimatum: [
    { words: 'If you don’t stop, I will leave you.' },
    'This sounds like an ultimatum. Even when you mean it, it can land as a threat, and it puts your plans in their hands.',
    'Try saying the step you will take: “If there is drinking at home, I will stay with a friend for a few days.” If you are not safe at home, your safety comes first.',
  ],
  control: [
    { action: 'I will take away your phone.', holdPlan: 'I will say it once.' },
    'This is about their things or their choices. Taking charge of those often starts a fight, and it is hard to keep up.',
    'Try a step about what is yours to decide: “I will keep my car keys with me,” or “I won’t pay for extras right now.”',
  ],
  'too-big': [
    { action: 'I will cut him off for good.', holdPlan: 'I will say it once.' },
    'This is a big, lasting step. A boundary works best when you can keep it every time, even on a hard day.',
    'Try something smaller you can keep every time, such as “For now, I won’t lend money.”',
  ],
  'no-hold-plan': [
    { action: 'I will leave the room.', holdPlan: 'not sure' },
    'You haven’t planned yet what you’ll do if this is tested. That’s okay: most boundaries are tested at least once.',
    'Write one small step you can take every time, such as “I will say my answer once, calmly, and leave the room if it gets loud.”',
  ],
  'not-my-action': [
    { action: 'He stays sober at dinner.', holdPlan: 'I will say it once.' },
    'This part is about what someone else will do. A boundary is about your own actions, the part you can count on.',
    'Start with what you will do: “I will go to my sister’s for the night.”',
  ],
  label: [
    { words: 'When you come home, you are so lazy.' },
    'Words like “lazy” can sting, and they make it harder to be heard.',
    'Describe what happened, not the person: “when you come home after drinking” rather than a label.',
  ],
};

describe('the English words for boundary hints', () => {
  it.each(Object.entries(BEFORE))('words "%s" as before', (_hint, [draft, message, suggestion]) => {
    expect(shown(draft)).toEqual([{ message, suggestion }]);
  });

  it('words a suggestion from the person’s own words as before, with curly apostrophes', () => {
    const suggestion = (words: string) => shown({ words })[0]?.suggestion;
    expect(suggestion('You must stop drinking.')).toBe('Try saying what you will do if it happens: “If you’ve been drinking, I will …”');
    expect(suggestion('You can’t drink in this house!')).toBe('Try saying what you will do if it happens: “If you drink in this house, I will …”');
    expect(suggestion("You can't touch Dad's car.")).toBe('Try saying what you will do if it happens: “If you touch Dad’s car, I will …”');
    expect(suggestion('You should get help.')).toBe('Try sharing your hope and an offer: “I hope you’ll talk to someone. I can help you find a doctor, if you want.”');
  });

  it('speaks gently and plainly in every hint', () => {
    const hints = Object.values(PITFALL_WORDS_EN.hints);
    const own = Object.values(PITFALL_WORDS_EN.rewords).map((r) => r.replace('{act}', 'drink at home'));
    const text = blocksToText([...hints.flatMap((h) => [h.message.replace('{match}', 'lazy'), h.suggestion]), ...own]);
    expect(readingGrade(text)).toBeLessThanOrEqual(8);
    for (const h of hints) expect(`${h.message} ${h.suggestion}`).not.toMatch(/\b(must|have to|wrong|bad)\b/i);
  });
});
