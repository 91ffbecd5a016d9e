import { describe, expect, it } from 'vitest';
import type { Story } from '../../../../shared/content/course-types.ts';
import { storyFor } from '../../../../shared/domain/course/story-variant.ts';
import { WEEK_LOADERS } from '../../../../shared/content/weeks/index.ts';

const story: Story = {
  title: 'A story',
  variants: { 'mental-illness': ['About depression.'], 'substance-use': ['About drinking.'], both: ['About both.'] },
  byCondition: [
    { condition: 'psychosis', situation: 'mental-illness', blocks: ['About psychosis.'] },
    { condition: 'psychosis', situation: 'both', blocks: ['About psychosis and cannabis.'] },
  ],
};

describe('storyFor', () => {
  it("tells the story written for the reader's condition and situation", () => {
    expect(storyFor(story, 'mental-illness', 'psychosis')).toEqual(['About psychosis.']);
    expect(storyFor(story, 'both', 'psychosis')).toEqual(['About psychosis and cannabis.']);
  });

  it("falls back to the situation's story when no variant fits, or the reader did not say", () => {
    expect(storyFor(story, 'mental-illness', 'anxiety')).toEqual(['About depression.']);
    expect(storyFor(story, 'substance-use', 'psychosis')).toEqual(['About drinking.']);
    expect(storyFor(story, 'mental-illness', 'rather-not-say')).toEqual(['About depression.']);
    expect(storyFor(story, 'mental-illness', undefined)).toEqual(['About depression.']);
    expect(storyFor({ ...story, byCondition: undefined }, 'both', 'psychosis')).toEqual(['About both.']);
  });

  it("meets the parent of a son with psychosis with psychosis in week 1, and each named condition's reader with their own", async () => {
    const week1 = await WEEK_LOADERS[1]!();
    const text = (situation: Parameters<typeof storyFor>[1], condition?: Parameters<typeof storyFor>[2]) => JSON.stringify(storyFor(week1.story, situation, condition));
    expect(text('mental-illness', 'psychosis')).toMatch(/psychosis/);
    expect(text('mental-illness')).not.toMatch(/psychosis/);
    expect(text('both', 'psychosis')).toMatch(/psychosis.*cannabis|cannabis.*psychosis/);
    expect(text('mental-illness', 'bipolar')).toMatch(/bipolar/);
    expect(text('mental-illness', 'depression')).toMatch(/depression/);
    expect(text('both', 'depression')).toMatch(/low|depress/);
    expect(text('both', 'depression')).toMatch(/drink/);
    expect(text('substance-use', 'substance-use')).toMatch(/drinking/);
  });
});
