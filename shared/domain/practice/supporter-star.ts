import type { BaseRecord } from '../records.ts';

/** An area of the supporter's own journey (not a rating of the person they support). */
export interface StarArea {
  id: string;
  label: string;
  question: string;
}

/** The areas of "My supporter star". */
export const STAR_AREAS: readonly StarArea[] = [
  { id: 'wellbeing', label: 'My wellbeing', question: 'How am I looking after my own body, sleep and mood?' },
  { id: 'knowledge', label: 'Knowing about it', question: 'How much do I understand about what they are living with, and about recovery?' },
  { id: 'communication', label: 'Talking together', question: 'How well can I talk and listen, even about hard things?' },
  { id: 'boundaries', label: 'My boundaries', question: 'How clear am I about what I will and won\u2019t do, and can I hold it calmly?' },
  { id: 'network', label: 'My support', question: 'Do I have people and groups I can lean on?' },
  { id: 'hope', label: 'Hope', question: 'How hopeful do I feel about the road ahead, for them and for me?' },
  { id: 'own-life', label: 'My own life', question: 'How are my own health, home, purpose and community?' },
];

/** The ladder of change each area is placed on, from 1 to 5. */
export const LADDER = [
  { step: 1, label: 'Stuck', detail: 'I feel stuck and can\u2019t see a way forward yet.' },
  { step: 2, label: 'Accepting help', detail: 'I know things need to change and I\u2019m open to help.' },
  { step: 3, label: 'Believing', detail: 'I believe things can change and I\u2019m starting to try.' },
  { step: 4, label: 'Learning', detail: 'I\u2019m learning what works for me, with some support.' },
  { step: 5, label: 'Self-reliance', detail: 'I can do this well most of the time, and I know where to get help.' },
] as const;

/** When in the course a star can be taken. */
export const STAR_MOMENTS = ['start', 'middle', 'end', 'any'] as const;

/** When in the course a star was taken. */
export type StarMoment = (typeof STAR_MOMENTS)[number];

/** One time the reader placed themselves on the star. */
export interface StarAssessment extends BaseRecord {
  moment: StarMoment;
  /** Area id → ladder step 1–5. */
  scores: Record<string, number>;
}

/** Points of a radar chart for one assessment, in a square of `size` with centre at size/2. */
export function starPoints(scores: Record<string, number>, size: number): [number, number][] {
  const c = size / 2;
  const r = size / 2 - 4;
  return STAR_AREAS.map((a, i) => {
    const angle = -Math.PI / 2 + (i * 2 * Math.PI) / STAR_AREAS.length;
    const v = Math.max(0, Math.min(5, scores[a.id] ?? 0)) / 5;
    return [c + Math.cos(angle) * r * v, c + Math.sin(angle) * r * v];
  });
}
