import { describe, expect, it } from 'vitest';
import { CRISIS_HELP, FIND_A_LINE_ELSEWHERE, FIND_LOCAL_DEFAULT, HELP_KIND_TITLES, LOCAL_EMERGENCY_ADVICE, WHAT_TO_SAY } from '../../../shared/content/crisis-lines.ts';
import { RIGHT_NOW_CARDS } from '../../../shared/content/right-now.ts';
import { PROMPT_CATEGORIES } from '../../../shared/content/prompts/prompt-types.ts';
import { PROMPTS_EN } from '../../../shared/content/prompts/prompts-en.ts';
import { ROLEPLAY_CARDS_EN } from '../../../shared/content/prompts/roleplay-cards.ts';
import { AGENDA, SESSION_GUIDES } from '../../../shared/content/session-guides.ts';
import { COURSE_OUTLINE } from '../../../shared/content/weeks/outline.ts';
import { PLAN_TEMPLATES } from '../../../shared/content/plan-templates.ts';
import { allLessons } from '../../support/course-lessons.ts';
import { AVOIDED_WORDS, TEACHING_EXAMPLES, avoidedWordsIn, stringsIn } from '../../support/voice-words.ts';

/** Everything written for people to read, outside the lessons (weeks.test.ts checks those, placed or not). */
const CONTENT = {
  prompts: PROMPTS_EN,
  'prompt categories': PROMPT_CATEGORIES,
  'role-play cards': ROLEPLAY_CARDS_EN,
  'session guides': SESSION_GUIDES,
  'meeting agenda': AGENDA,
  'crisis lines': { CRISIS_HELP, LOCAL_EMERGENCY_ADVICE, WHAT_TO_SAY, FIND_A_LINE_ELSEWHERE, FIND_LOCAL_DEFAULT, HELP_KIND_TITLES },
  '"what to do now" cards': RIGHT_NOW_CARDS,
  'course outline': COURSE_OUTLINE,
  'plan templates': PLAN_TEMPLATES,
};

describe("VOICE.md's words to avoid", () => {
  it('catches every word on the list, in the ways people use them', () => {
    const harmful = [
      'He is an addict.',
      'Junkies hang out there.',
      'Drug users are welcome.',
      'It is substance abuse.',
      'My son is a schizophrenic.',
      'She is bipolar.',
      'That sounds crazy.',
      'He is such a mental case.',
      'She has been clean for two years.',
      'He had a dirty test.',
      'He fell off the wagon again.',
      'She failed at recovery again.',
      'Her uncle committed suicide.',
      'Stop, or it is rehab.',
      'How is your patient?',
      'Every sufferer knows this.',
      'He is the town drunk.',
      'My dad is an alcoholic.',
    ];
    expect(harmful.filter((t) => avoidedWordsIn(t).length === 0)).toEqual([]);
    // Every entry of the list is exercised by at least one example above.
    expect(AVOIDED_WORDS.filter(({ pattern }) => !harmful.some((t) => pattern.test(t))).map((w) => w.avoid)).toEqual([]);
  });

  it('leaves plain English alone', () => {
    const fine = [
      'They pay the fine, call the boss, or clean up the mess.',
      'That is a setback, not a failure.',
      'That doesn’t mean it failed.',
      'It is not a sign that you have failed.',
      'That was patient of you.',
      'A person living with bipolar disorder.',
      'A person living with schizophrenia.',
      'He died by suicide.',
      'The dirty dishes can wait.',
      'Are you drunk right now?',
      'A person with a substance use problem.',
    ];
    expect(fine.flatMap((t) => avoidedWordsIn(t).map((w) => `${t} → ${w}`))).toEqual([]);
  });

  it('allows a quoted teaching example only where it is named, and only while it is still used', async () => {
    const lessons = (await allLessons()).map((l) => l.week);
    const everything = [...stringsIn(lessons, 'lessons'), ...stringsIn(CONTENT, 'content')].map((s) => s.text);
    for (const { passage, why } of TEACHING_EXAMPLES) {
      expect(why.length, passage).toBeGreaterThan(20);
      expect(avoidedWordsIn(`They said: ${passage}`), passage).toEqual([]);
      expect(AVOIDED_WORDS.some(({ pattern }) => pattern.test(passage)), `${passage} needs no allowance`).toBe(true);
      expect(everything.some((t) => t.includes(passage)), `${passage} is no longer in the content`).toBe(true);
    }
  });

  for (const [name, content] of Object.entries(CONTENT)) {
    it(`are not used in the ${name}`, () => {
      const found = stringsIn(content, name).flatMap(({ where, text }) => avoidedWordsIn(text).map((w) => `${where}: ${w}`));
      expect(found).toEqual([]);
    });
  }
});
