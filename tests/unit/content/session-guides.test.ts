import { describe, expect, it } from 'vitest';
import { AGENDA, SESSION_GUIDES } from '../../../shared/content/session-guides.ts';
import { ROLEPLAY_CARDS_EN } from '../../../shared/content/prompts/roleplay-cards.ts';
import { WEEK_LOADERS } from '../../../shared/content/weeks/index.ts';
import { COURSE_ORDER } from '../../../shared/content/weeks/course-order.ts';
import { sessionSlides } from '../../../shared/domain/classes/session-slides.ts';
import { DEFAULT_AGREEMENTS } from '../../../shared/domain/classes/class-pack.ts';
import { readingGrade } from '../../support/readability.ts';

/** Words VOICE.md asks us never to use about people. */
const AVOID = /\b(addicts?|junkies?|abusers?|schizophrenics|crazy|psycho|insane|committed suicide|clean|dirty|your patient|sufferer)\b/i;

describe('session guides', () => {
  it('has one guide per week, in order, with 3–4 questions and cards that exist', () => {
    expect(SESSION_GUIDES.map((g) => g.week)).toEqual([...COURSE_ORDER]);
    for (const g of SESSION_GUIDES) {
      expect(g.questions.length, `week ${g.week}`).toBeGreaterThanOrEqual(3);
      expect(g.questions.length, `week ${g.week}`).toBeLessThanOrEqual(4);
      expect(g.cards.length, `week ${g.week}`).toBeGreaterThanOrEqual(2);
      for (const id of g.cards) expect(ROLEPLAY_CARDS_EN.some((c) => c.id === id), id).toBe(true);
    }
  });

  it('has an agenda of welcome, check-in, topic, pair practice and wrap-up, about 90 minutes', () => {
    expect(AGENDA.map((a) => a.part)).toEqual(['welcome', 'check-in', 'topic', 'practice', 'wrap-up']);
    expect(AGENDA.reduce((s, a) => s + a.minutes, 0)).toBe(90);
  });

  it('reads at grade 8 or lower, in words VOICE.md allows', () => {
    const tooHard: string[] = [];
    const texts = [
      ...AGENDA.map((a) => ({ where: `agenda ${a.part}`, text: a.how })),
      ...SESSION_GUIDES.flatMap((g) => [
        { where: `week ${g.week} check-in`, text: g.checkIn },
        { where: `week ${g.week} questions`, text: g.questions.join(' ') },
        { where: `week ${g.week} wrap-up`, text: g.wrapUp },
        ...(g.careNote ? [{ where: `week ${g.week} care note`, text: g.careNote }] : []),
      ]),
    ];
    for (const { where, text } of texts) {
      const grade = readingGrade(text);
      if (grade > 8) tooHard.push(`${where}: grade ${grade.toFixed(1)}`);
      expect(text, where).not.toMatch(AVOID);
    }
    expect(tooHard).toEqual([]);
  });

  it('builds slides from content only, with no placeholders left', async () => {
    for (const g of SESSION_GUIDES) {
      const week = await WEEK_LOADERS[g.week]!();
      const slides = sessionSlides(week, g, g.cards.map((id) => ROLEPLAY_CARDS_EN.find((c) => c.id === id)!));
      expect(slides.length).toBe(4 + g.questions.length + 1 + g.cards.length + 1);
      expect(JSON.stringify(slides)).not.toMatch(/\{(person|Person|relation)\}/);
    }
  });

  it('shows the class’s own group agreements, the defaults when there is no class, and none when the class has none', async () => {
    const g = SESSION_GUIDES[0]!;
    const week = await WEEK_LOADERS[1]!();
    const cards = g.cards.map((id) => ROLEPLAY_CARDS_EN.find((c) => c.id === id)!);
    const agreementsSlide = (slides: ReturnType<typeof sessionSlides>) => slides.find((s) => s.title === 'Our group agreements');
    expect(agreementsSlide(sessionSlides(week, g, cards))?.list).toEqual(DEFAULT_AGREEMENTS);
    const own = ['Phones on silent.', 'We start and end on time.'];
    expect(agreementsSlide(sessionSlides(week, g, cards, own))?.list).toEqual(own);
    const none = sessionSlides(week, g, cards, []);
    expect(agreementsSlide(none)).toBeUndefined();
    expect(none).toHaveLength(sessionSlides(week, g, cards).length - 1);
  });
});
