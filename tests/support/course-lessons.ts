import type { Block, Situation, Week } from '../../shared/content/course-types.ts';
import { WEEK_LOADERS } from '../../shared/content/weeks/index.ts';
import { COURSE_ORDER, weekName } from '../../shared/content/weeks/course-order.ts';
import { blocksFor, type ShownBlock } from '../../shared/domain/course/lesson-blocks.ts';

/** A lesson as the content tests name it in a failure: "Week 3 (key 9)". */
export interface Lesson {
  name: string;
  week: Week;
}

/** Every situation a reader can say they face; each sees its own variants. */
export const SITUATIONS: readonly Situation[] = ['mental-illness', 'substance-use', 'both'];

/** The weeks of the course, in reading order. */
export async function courseWeeks(): Promise<Week[]> {
  return Promise.all(COURSE_ORDER.map((key) => WEEK_LOADERS[key]!()));
}

/** Every lesson a reader may meet, in reading order, named as the reader sees it and by key. */
export async function allLessons(): Promise<Lesson[]> {
  return (await courseWeeks()).map((week) => ({ name: `${weekName(week.number)} (key ${week.number})`, week }));
}

/**
 * The prose of a week as a reader facing `situation` sees it, part by part: the sections the
 * reading-level tests score one by one, in English and in Spanish alike.
 */
export function textsOf(week: Week, situation: Situation): { where: string; blocks: ShownBlock[] }[] {
  const shown = (blocks: readonly Block[]) => blocksFor(blocks, situation);
  return [
    { where: 'welcome', blocks: shown(week.welcome) },
    ...week.sections.map((s) => ({ where: `section ${s.id}`, blocks: shown(s.blocks) })),
    { where: 'story', blocks: week.story.variants[situation] },
    // A condition variant is read only by readers facing its situation, so it answers to the same rules.
    ...(week.story.byCondition ?? []).filter((c) => c.situation === situation).map((c) => ({ where: `story (${c.condition})`, blocks: c.blocks })),
    { where: 'takeaways', blocks: [{ list: week.takeaways }] },
    { where: 'practice', blocks: [...shown(week.practice.intro), { list: week.practice.steps }] },
    { where: 'for you', blocks: shown(week.forYou.blocks) },
  ];
}
