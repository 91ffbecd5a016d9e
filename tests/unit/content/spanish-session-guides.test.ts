import { describe, expect, it } from 'vitest';
import { AGENDA, SESSION_GUIDES, type AgendaItem, type SessionGuide } from '../../../shared/content/session-guides.ts';
import { AGENDA_ES, SESSION_GUIDES_ES, agendaIn, sessionGuideIn } from '../../../shared/content/session-guides-es.ts';

/**
 * Every Spanish session guide mirrors its English one, as the Spanish weeks do
 * (spanish-weeks.test.ts): the same weeks in the same order, the same keys, a care note where
 * the English has one, as many questions, the same role-play cards, and the same agenda parts
 * and minutes. The words are free; what the code keys on is not.
 */
function shapeOf(guide: SessionGuide): unknown {
  return {
    keys: Object.keys(guide).sort(),
    week: guide.week,
    careNote: guide.careNote !== undefined,
    questions: guide.questions.length,
    cards: guide.cards,
    words: [guide.checkIn, guide.wrapUp, guide.careNote ?? 'none', ...guide.questions].map((w) => typeof w === 'string' && w.trim().length > 0),
  };
}

const agendaShape = (agenda: readonly AgendaItem[]) => agenda.map((a) => ({ keys: Object.keys(a).sort(), part: a.part, minutes: a.minutes }));

describe('Spanish session guides', () => {
  it('mirror their English guides: weeks in order, keys, care notes, questions and cards', () => {
    expect(SESSION_GUIDES_ES.map(shapeOf)).toEqual(SESSION_GUIDES.map(shapeOf));
  });

  it('keep the agenda’s parts and minutes', () => {
    expect(agendaShape(AGENDA_ES)).toEqual(agendaShape(AGENDA));
  });

  it('are written anew, not left in English', () => {
    const english = new Set(SESSION_GUIDES.flatMap((g) => [g.checkIn, g.wrapUp, ...g.questions, ...(g.careNote ? [g.careNote] : [])]));
    const left = SESSION_GUIDES_ES.flatMap((g) => [g.checkIn, g.wrapUp, ...g.questions, ...(g.careNote ? [g.careNote] : [])]).filter((t) => english.has(t));
    expect(left).toEqual([]);
    expect(AGENDA_ES.filter((a, i) => a.title === AGENDA[i]!.title || a.how === AGENDA[i]!.how)).toEqual([]);
  });

  it('notice a change of shape', () => {
    const first = SESSION_GUIDES_ES[0]!;
    expect(shapeOf({ ...first, questions: first.questions.slice(1) })).not.toEqual(shapeOf(SESSION_GUIDES[0]!));
    expect(shapeOf({ ...first, cards: [...first.cards].reverse() })).not.toEqual(shapeOf(SESSION_GUIDES[0]!));
    expect(shapeOf({ ...first, careNote: 'Nota.' })).not.toEqual(shapeOf(SESSION_GUIDES[0]!));
  });

  it('are chosen by language, English for English', () => {
    expect(sessionGuideIn(9, 'es')).toBe(SESSION_GUIDES_ES.find((g) => g.week === 9));
    expect(sessionGuideIn(9, 'en')).toBe(SESSION_GUIDES.find((g) => g.week === 9));
    expect(sessionGuideIn(42, 'es')).toBeUndefined();
    expect(agendaIn('es')).toBe(AGENDA_ES);
    expect(agendaIn('en')).toBe(AGENDA);
  });
});
