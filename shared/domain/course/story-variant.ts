import type { Condition, Situation, Story, TextBlock } from '../../content/course-types.ts';

/** The story a reader sees: the one written for their condition and situation, else their situation's. */
export function storyFor(story: Story, situation: Situation, condition?: Condition): TextBlock[] {
  const match = condition && story.byCondition?.find((v) => v.condition === condition && v.situation === situation);
  return match ? match.blocks : story.variants[situation];
}
