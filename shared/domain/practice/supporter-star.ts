import type { BaseRecord } from '../records.ts';

/** The areas of "My supporter star": the supporter's own journey, not a rating of the person they support. Their words are in shared/content/practice/star-words-*.ts. */
export const STAR_AREA_IDS = ['wellbeing', 'knowledge', 'communication', 'boundaries', 'network', 'hope', 'own-life'] as const;

/** An area of the star; stored as the key of a score, so never renamed. */
export type StarAreaId = (typeof STAR_AREA_IDS)[number];

/** An area of the star, in chart order. */
export interface StarArea {
  id: StarAreaId;
}

/** The areas, in chart order. */
export const STAR_AREAS: readonly StarArea[] = STAR_AREA_IDS.map((id) => ({ id }));

/** The steps of the ladder of change each area is placed on, from 1 to 5. */
export const LADDER = [1, 2, 3, 4, 5] as const;

/** A step of the ladder. */
export type LadderStep = (typeof LADDER)[number];

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
