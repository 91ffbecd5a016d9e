/**
 * Each week's title, summary and length, small enough for the home and outline screens to
 * carry without loading any lesson (`steps` is the lesson player's step count). A unit test keeps it equal to the week files.
 * In reading order (`COURSE_ORDER`): `number` is the week's key, so find a week by it, never by index.
 */
export const COURSE_OUTLINE: readonly { number: number; title: string; summary: string; minutes: number; steps: number }[] = [
  { number: 1, title: 'Hope and the recovery model', summary: 'Recovery is possible, and it is personal. What it means, where you fit in, and the journey families go through too.', minutes: 35, steps: 12 },
  { number: 2, title: 'Understanding what they are living with', summary: "Common conditions and substance use in plain words: how they can feel from the inside, what helps, why 'I'm fine' is so common, and words that help.", minutes: 40, steps: 11 },
  { number: 9, title: 'Treatment: what helps, and how you can help', summary: 'Medicines, therapies and care teams in plain words, side effects and what helps, and how to support care without taking over.', minutes: 35, steps: 13 },
  { number: 3, title: 'The whole person and their strengths', summary: 'Look past the illness to the whole person: their health, home, purpose and community, the strengths they already have, and the goals they choose.', minutes: 30, steps: 11 },
  { number: 4, title: 'Communication that keeps the door open', summary: 'Ways to listen and speak that lower the heat and keep you talking, even when you see things differently.', minutes: 35, steps: 12 },
  { number: 5, title: 'Boundaries with love', summary: 'Clear limits that protect you and keep the relationship possible.', minutes: 35, steps: 13 },
  { number: 6, title: 'When things get hard', summary: 'Setbacks, early warning signs, a crisis plan made in calm times, and what happens when crisis services come.', minutes: 40, steps: 13 },
  { number: 7, title: 'Support networks and community resources', summary: 'Peer support, family groups and local help: what they are, how to find them, and how to speak up.', minutes: 30, steps: 12 },
  { number: 8, title: 'Caring for yourself, and the road ahead', summary: 'Your own wellbeing, a simple self-care plan, noticing small wins, and where to go from here.', minutes: 30, steps: 11 },
];

/** A week's outline entry by its key. */
export function outlineOf(key: number): (typeof COURSE_OUTLINE)[number] | undefined {
  return COURSE_OUTLINE.find((w) => w.number === key);
}
