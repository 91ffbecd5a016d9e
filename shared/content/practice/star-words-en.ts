import type { LadderStep, StarAreaId } from '../../domain/practice/supporter-star.ts';

/**
 * The words of "My supporter star" in English: each area's name and question, and each step
 * of the ladder of change. Keyed by the ids in shared/domain/practice/supporter-star.ts; the
 * Spanish is in star-words-es.ts, with the same keys.
 */
export interface StarWords {
  areas: Readonly<Record<StarAreaId, { label: string; question: string }>>;
  ladder: Readonly<Record<LadderStep, { label: string; detail: string }>>;
}

export const STAR_WORDS_EN: StarWords = {
  areas: {
    wellbeing: { label: 'My wellbeing', question: 'How am I looking after my own body, sleep and mood?' },
    knowledge: { label: 'Knowing about it', question: 'How much do I understand about what they are living with, and about recovery?' },
    communication: { label: 'Talking together', question: 'How well can I talk and listen, even about hard things?' },
    boundaries: { label: 'My boundaries', question: 'How clear am I about what I will and won\u2019t do, and can I hold it calmly?' },
    network: { label: 'My support', question: 'Do I have people and groups I can lean on?' },
    hope: { label: 'Hope', question: 'How hopeful do I feel about the road ahead, for them and for me?' },
    'own-life': { label: 'My own life', question: 'How are my own health, home, purpose and community?' },
  },
  ladder: {
    1: { label: 'Stuck', detail: 'I feel stuck and can\u2019t see a way forward yet.' },
    2: { label: 'Accepting help', detail: 'I know things need to change and I\u2019m open to help.' },
    3: { label: 'Believing', detail: 'I believe things can change and I\u2019m starting to try.' },
    4: { label: 'Learning', detail: 'I\u2019m learning what works for me, with some support.' },
    5: { label: 'Self-reliance', detail: 'I can do this well most of the time, and I know where to get help.' },
  },
};
