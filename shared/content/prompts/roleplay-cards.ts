/**
 * Role-play cards for practising alone or in pairs: one person reads "they say",
 * the other tries an answer, then compares with "you might answer".
 * Our own writing (see /work/shared/VOICE.md). Ids are stable.
 */
import type { RoleplayCard } from './prompt-types.ts';

/** Every role-play card, in a gentle order: easier moments first. */
export const ROLEPLAY_CARDS_EN: readonly RoleplayCard[] = [
  {
    id: 'rp-im-fine',
    theySay: 'I’m fine. Stop asking.',
    youMightAnswer: ['Okay. I’m here if that changes.', 'I hear you. I’ll ask less, and I’m still around.'],
    skill: 'listening',
    topics: ['everyday'],
  },
  {
    id: 'rp-too-tired',
    theySay: 'I’m too tired to talk about this.',
    youMightAnswer: ['That’s okay. Can we pick a time tomorrow?', 'Sure. Rest up. It can wait.'],
    skill: 'calming',
    topics: ['everyday'],
  },
  {
    id: 'rp-you-dont-care',
    theySay: 'You don’t care about me.',
    youMightAnswer: [
      'It sounds like you feel alone right now. I do care, and I’m here.',
      'I’m sorry it feels that way. Can you tell me more?',
    ],
    skill: 'validating',
    topics: ['everyday', 'boundaries'],
  },
  {
    id: 'rp-always-on-my-case',
    theySay: 'Why are you always on my case?',
    youMightAnswer: [
      'It sounds like you feel watched all the time. That must be hard.',
      'I don’t want to be on your case. Can we start over?',
    ],
    skill: 'listening',
    topics: ['everyday', 'substance-use'],
  },
  {
    id: 'rp-leave-me-alone',
    theySay: 'Just leave me alone!',
    youMightAnswer: ['Okay. I’ll give you some space and check in later.', 'I hear you. I’ll be in the kitchen if you want to talk.'],
    skill: 'calming',
    topics: ['everyday'],
  },
  {
    id: 'rp-no-problem-everyone-drinks',
    theySay: 'I don’t have a problem. Everyone drinks.',
    youMightAnswer: [
      'It sounds like you feel judged. I’d like to hear how you see it.',
      'Okay. What do you like about drinking, and what’s not so good about it?',
    ],
    skill: 'leap',
    topics: ['substance-use', 'treatment'],
    situations: ['substance-use', 'both'],
  },
  {
    id: 'rp-nothing-wrong-with-me',
    theySay: 'I don’t need any treatment. Nothing is wrong with me.',
    youMightAnswer: [
      'It sounds like you feel fine right now. What do you think about it all?',
      'Okay. If things ever got hard again, what would you want to happen?',
    ],
    skill: 'leap',
    topics: ['treatment'],
  },
  {
    id: 'rp-voices-are-real',
    theySay: 'The voices are real. You just don’t get it.',
    youMightAnswer: [
      'I can’t hear them, but I believe they feel very real to you.',
      'That sounds scary. What are they like for you?',
    ],
    skill: 'leap',
    topics: ['treatment'],
    situations: ['mental-illness', 'both'],
  },
  {
    id: 'rp-doctors-dont-know',
    theySay: 'The doctors don’t know what they’re talking about.',
    youMightAnswer: ['It sounds like you didn’t feel heard there.', 'What did you think of what they said?'],
    skill: 'leap',
    topics: ['treatment'],
  },
  {
    id: 'rp-one-drink',
    theySay: 'You’re overreacting. It was one drink.',
    youMightAnswer: [
      'Maybe. I still feel scared when I see you drink, because I care about you.',
      'I feel worried, and I’d like to tell you why.',
    ],
    skill: 'i-statements',
    topics: ['substance-use'],
    situations: ['substance-use', 'both'],
  },
  {
    id: 'rp-lend-me-money',
    theySay: 'Can you lend me some money? Just this once.',
    youMightAnswer: ['I can’t lend money. I can buy some groceries with you this week.', 'No, I won’t lend money. I still want to help in other ways.'],
    skill: 'saying-no',
    topics: ['money', 'boundaries'],
  },
  {
    id: 'rp-get-it-somewhere-else',
    theySay: 'Fine. If you won’t give me money, I’ll get it somewhere else.',
    youMightAnswer: ['That’s your choice. My answer is still no, and I care about you.', 'I can hear you’re upset. My answer is the same.'],
    skill: 'boundaries',
    topics: ['money', 'boundaries'],
  },
  {
    id: 'rp-if-you-loved-me',
    theySay: 'If you really loved me, you’d let me stay.',
    youMightAnswer: ['I do love you. And my answer is still no.', 'I love you, and I’m keeping my boundary. Can we look for another place together?'],
    skill: 'boundaries',
    topics: ['boundaries'],
  },
  {
    id: 'rp-why-should-i-listen',
    theySay: 'Why should I take advice from you?',
    youMightAnswer: ['You don’t have to. What do you think would help?', 'Fair point. I’d rather hear your ideas.'],
    skill: 'asking',
    topics: ['everyday', 'treatment'],
  },
  {
    id: 'rp-used-last-night',
    theySay: 'I messed up again. I used last night.',
    youMightAnswer: ['Thank you for telling me. A setback doesn’t erase your progress.', 'I’m glad you told me. Are you safe right now? What would help today?'],
    skill: 'encouraging-help',
    topics: ['substance-use', 'treatment'],
    situations: ['substance-use', 'both'],
    // Lower tolerance after a break and naloxone: the sources cited at the top of week-6.ts
    // (US Office of Justice Programs, NHS Lothian, SAMHSA, GOV.UK), checked 2026-12-05.
    safetyNote:
      'Keep safe: after a break from using, the body can’t handle what it used to, so the risk of overdose is higher, most of all with opioids or sedatives. Keep naloxone close if opioids could be involved. If they can’t be woken, or their breathing is slow or noisy, call your local emergency number and stay with them.',
  },
  {
    id: 'rp-no-groups',
    theySay: 'I’m not going to some group full of strangers.',
    youMightAnswer: ['That makes sense. It can feel strange at first. What would feel more okay?', 'Fair enough. If you change your mind, I’ll help you look.'],
    skill: 'encouraging-help',
    topics: ['treatment'],
  },
  {
    id: 'rp-handle-it-myself',
    theySay: 'I can handle it on my own.',
    youMightAnswer: [
      'I believe you want to. If you ever want a hand, I’m here.',
      'Okay. The offer stays open, and it’s your choice.',
    ],
    skill: 'encouraging-help',
    topics: ['treatment'],
  },
  {
    id: 'rp-tried-before',
    theySay: 'I tried that before. It didn’t help.',
    youMightAnswer: [
      'You sound let down. What made it hard last time?',
      'Fair. There are other kinds of help too. Want to hear about them some time?',
    ],
    skill: 'encouraging-help',
    topics: ['treatment'],
  },
  {
    id: 'rp-you-ruined-it',
    theySay: 'You ruined everything last night.',
    youMightAnswer: ['You’re right that it went badly. I’m sorry for my part.', 'I’d like to try that talk again. Can we?'],
    skill: 'repair',
    topics: ['everyday'],
  },
  {
    id: 'rp-only-nice-because',
    theySay: 'You’re only being nice because someone told you to.',
    youMightAnswer: ['I’m learning new ways to talk because I care about us.', 'Fair. It might feel odd. I still mean what I say.'],
    skill: 'repair',
    topics: ['everyday'],
  },
  {
    id: 'rp-whats-the-point',
    theySay: 'What’s the point anymore?',
    youMightAnswer: [
      'That sounds really heavy. I need to ask: are you thinking about suicide?',
      'I’m here with you. If you’re in danger, let’s call a crisis line or the local emergency number together.',
    ],
    skill: 'asking',
    topics: ['crisis'],
  },
  {
    id: 'rp-friend-why-put-up',
    theySay: 'A friend asks: why do you still put up with it?',
    youMightAnswer: [
      'I’m doing my best, and I’m learning to look after me too.',
      'It’s not simple. What would help most is you listening.',
    ],
    skill: 'self-care',
    // Said by a friend, not by the person supported: never offered as a reply in a plan's rehearsal.
    topics: [],
  },
];
