/**
 * Guides for facilitators running a group meeting for each week of the course: an agenda
 * with suggested timings, a check-in question, discussion questions, and role-play cards
 * (by id, from `prompts/roleplay-cards.ts`) for practice in pairs. Our own writing, at grade
 * 8 or lower (see /work/shared/VOICE.md); a unit test checks ids, counts and reading grade.
 */

/** The parts of every meeting, in order. */
export type AgendaPart = 'welcome' | 'check-in' | 'topic' | 'practice' | 'wrap-up';

/** One part of the meeting: what it is, how long it usually takes, and what to do. */
export interface AgendaItem {
  part: AgendaPart;
  title: string;
  minutes: number;
  /** What the facilitator does, in one or two short sentences. */
  how: string;
}

/** The same shape for every meeting: 90 minutes in all. */
export const AGENDA: readonly AgendaItem[] = [
  { part: 'welcome', title: 'Welcome', minutes: 10, how: 'Greet people as they arrive. Read the group agreements together, and say that anyone can pass.' },
  { part: 'check-in', title: 'Check-in round', minutes: 15, how: 'Go around the group. Each person answers the check-in question in a minute or two. No advice yet, just listening.' },
  { part: 'topic', title: 'This week’s topic', minutes: 25, how: 'Go over the key points of the week in your own words. Then use the questions below to get people talking.' },
  { part: 'practice', title: 'Skill practice in pairs', minutes: 25, how: 'Pair people up. One reads what the person they support might say. The other tries a calm answer. Then swap.' },
  { part: 'wrap-up', title: 'Wrap-up', minutes: 15, how: 'Each person names one thing they will try before the next meeting. Thank everyone for coming.' },
];

/** What is special to one week's meeting. */
export interface SessionGuide {
  week: number;
  /** Read out before the meeting starts, for the hardest topics. */
  careNote?: string;
  /** Everyone answers this in the check-in round. */
  checkIn: string;
  /** 3–4 questions for the group. */
  questions: string[];
  /** Ids of role-play cards for practice in pairs. */
  cards: string[];
  /** The question for the wrap-up round. */
  wrapUp: string;
}

/** One guide per week of the course, in reading order (`COURSE_ORDER`). */
export const SESSION_GUIDES: readonly SessionGuide[] = [
  {
    week: 1,
    checkIn: 'Say your first name, and one word for how you feel as you arrive today.',
    questions: [
      'What does recovery mean to you right now? Has that changed over time?',
      'What have you been trying to carry on your own?',
      '"You did not cause it. You cannot control it. You cannot cure it. You can still help." Which line is the hardest to believe?',
      'Where have you seen a little hope in the last month?',
    ],
    cards: ['rp-im-fine', 'rp-too-tired', 'rp-leave-me-alone'],
    wrapUp: 'What is one thing you will set down this week, even for a day?',
  },
  {
    week: 2,
    checkIn: 'Share one thing that went a bit better this week, or one thing that was hard.',
    questions: [
      'When the person you support says "I am fine", what might be going on for them?',
      'Which words about mental illness or drug use do you hear around you? Which ones hurt, and which ones help?',
      'What is one thing you learned this week that changed how you see things?',
    ],
    cards: ['rp-nothing-wrong-with-me', 'rp-voices-are-real', 'rp-no-problem-everyone-drinks'],
    wrapUp: 'What is one kind word you could use this week in place of a harsh one?',
  },
  {
    // The treatments lesson (key 9), read third.
    week: 9,
    careNote: 'Today we talk about treatment. We share what we have seen and learned, not medical advice. Only the person and their prescriber decide about a medicine. If a question is about one person’s medicine, the best place for it is their prescriber or a pharmacist.',
    checkIn: 'Say your first name, and one word for how you feel about treatment right now.',
    questions: [
      'What has helped the person you support most so far: a medicine, a therapy, a person, or something else?',
      'Side effects can make a person want to stop. What have you noticed, and how could you talk about it without blame?',
      'Where is the line between helping with care and taking it over? Where do you find yourself on it?',
      'What is one question you would like to ask a prescriber or care team?',
    ],
    cards: ['rp-nothing-wrong-with-me', 'rp-doctors-dont-know', 'rp-why-should-i-listen'],
    wrapUp: 'What is one way you will back their care this week while leaving the choices to them?',
  },
  {
    week: 3,
    checkIn: 'Name one thing you like about the person you support.',
    questions: [
      'What strengths does the person you support have, even on hard days?',
      'What did they enjoy before things got hard? Is any of it still there?',
      'What goals do they have for their own life? How could you back them without taking over?',
    ],
    cards: ['rp-doctors-dont-know', 'rp-why-should-i-listen', 'rp-you-dont-care'],
    wrapUp: 'What is one strength of theirs you will notice out loud this week?',
  },
  {
    week: 4,
    checkIn: 'Think of a talk this week that went well, or one you wish had gone another way.',
    questions: [
      'When a talk starts to get heated, what do you notice in your body?',
      'What helps you listen, instead of planning what to say next?',
      'Try an "I" sentence out loud: "I feel … when … because …". How does it feel to say?',
      'When did someone last really listen to you? What did they do?',
    ],
    cards: ['rp-always-on-my-case', 'rp-one-drink', 'rp-you-dont-care'],
    wrapUp: 'Which one listening skill will you try in your next talk?',
  },
  {
    week: 5,
    careNote:
      'This week has a part for people who are afraid of how the person might react. Someone in the room may live with violence at home. Say that safety comes first, and that no one has to share a boundary that could put them at risk. Show where the domestic violence line and the safety plan are in the app.',
    checkIn: 'Share one thing you did for yourself since we last met, however small.',
    questions: [
      'What is one boundary you already hold? How did you learn to hold it?',
      'What makes it hard to say no to someone you love?',
      'A boundary is about what you will do. How is that different from a rule for them?',
      'How could you hold a boundary calmly if it is tested?',
    ],
    cards: ['rp-lend-me-money', 'rp-get-it-somewhere-else', 'rp-if-you-loved-me'],
    wrapUp: 'What is one boundary you would like to try, and the words you might use?',
  },
  {
    week: 6,
    careNote:
      'This week talks about crisis, overdose and suicide. Before you start, show where the crisis lines are in the app. Say that anyone can step out for a break, and that it is fine to pass.',
    checkIn: 'How are you as you arrive today? You can pass if you like.',
    questions: [
      'What early signs tell you that things may be getting harder?',
      'Who could you call on a hard day, for them and for yourself?',
      'What would you want in a crisis plan made in a calm time?',
    ],
    cards: ['rp-used-last-night', 'rp-whats-the-point', 'rp-no-groups'],
    wrapUp: 'What is one step toward a crisis plan you could take this week?',
  },
  {
    week: 7,
    checkIn: 'Who is in your corner right now? It can be one person, a group, or no one yet.',
    questions: [
      'What stops you from asking for help?',
      'What local support have you tried or heard about? What was it like?',
      'If you could speak up about one thing where you live, what would it be?',
    ],
    cards: ['rp-no-groups', 'rp-friend-why-put-up', 'rp-doctors-dont-know'],
    wrapUp: 'Who is one person or group you could reach out to this week?',
  },
  {
    week: 8,
    checkIn: 'Share one small win from the past week.',
    questions: [
      'What helps you rest, even for ten minutes?',
      'What has changed for you since our first meeting?',
      'What will you keep doing after the class ends?',
      'How would you like to stay in touch with this group, if at all?',
    ],
    cards: ['rp-you-ruined-it', 'rp-only-nice-because', 'rp-friend-why-put-up'],
    wrapUp: 'What is one kind thing you will do for yourself this month?',
  },
];

/** The guide for a week, or undefined for a week out of range. */
export function sessionGuide(week: number): SessionGuide | undefined {
  return SESSION_GUIDES.find((g) => g.week === week);
}
