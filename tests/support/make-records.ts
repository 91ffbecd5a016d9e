/**
 * A realistic, deterministic database of any size, in every store: for backup round trips
 * and the bench. The same `total` and `seed` always give the same records.
 */
import type { StoreName } from '../../shared/data/schema.ts';
import type { SafetyPlan } from '../../shared/domain/crisis/safety-plan.ts';
import { v4Fill } from '../fixtures/db-v4.ts';

/** A private safety plan as a person might write it, with the safety question answered (version 6). */
export const SAFETY_PLAN_SAMPLE: SafetyPlan = {
  id: 'mine',
  fields: {
    places: 'Ana’s flat on Mill Road. The 24-hour café by the station.',
    people: 'Ana 07700 900456. Mr Patel next door.',
    codeWord: '“Did you feed the goldfish?”',
    documents: 'Passport and birth certificates in the blue folder at Ana’s.',
    bag: 'At Ana’s: cash, spare keys, my tablets, a charger, clothes for two days.',
  },
  afraid: { answer: 'yes', at: Date.UTC(2026, 7, 3, 21, 40) },
  createdAt: Date.UTC(2026, 7, 3, 21, 40),
  updatedAt: Date.UTC(2026, 7, 4, 7, 15),
};

const LINES = [
  'Called my sister tonight. It helped to say it out loud.',
  'He was quiet at dinner, but he stayed. That felt like something.',
  'I said no to the money and I did not shout. I am proud of that.',
  'Slept badly again. Went for a walk before work — it helped a bit.',
  'Family group on Thursday. Ana said “you are not alone”, and I cried.',
  'She told me about the new medication side effects. I just listened.',
  'Setbacks are part of it. Today was one. Tomorrow is another day.',
  'Note to self: ask before giving advice. Ask what would help.',
  'Ça va mieux. Un petit pas. 💛',
  'We laughed about the dog for ten minutes. First time in weeks.',
];
const CATEGORIES = ['listening', 'validating', 'i-statements', 'calming', 'asking', 'boundaries', 'saying-no', 'repair', 'self-care'] as const;

/** Records for every store, about `total` in all. */
export function makeRecords(total: number, seed = 1): Record<StoreName, object[]> {
  let state = seed >>> 0 || 1;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x1_0000_0000;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const t0 = Date.UTC(2026, 0, 1);
  const when = (i: number) => t0 + i * 3_600_000 + Math.floor(next() * 1000);
  const uuid = (prefix: number, i: number) => `${prefix.toString(16).padStart(8, '0')}-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;

  const fixed = v4Fill.settings.length + v4Fill.progress.length + v4Fill.crisisPlan.length + 1;
  const rest = Math.max(0, total - fixed);
  const share = { journal: 0.45, boundaries: 0.12, plans: 0.1, checkins: 0.1, star: 0.05, ownPrompts: 0.08, favourites: 0.1, patterns: 0.03, activities: 0.01 };
  const count = (k: keyof typeof share) =>
    // The journal takes what rounding leaves, so the total is exact.
    k === 'journal' ? rest - (Object.keys(share) as (keyof typeof share)[]).filter((x) => x !== 'journal').reduce((n, x) => n + Math.round(rest * share[x]), 0) : Math.round(rest * share[k]);

  const journal = Array.from({ length: count('journal') }, (_, i) => {
    const at = when(i);
    const kind = pick(['reflection', 'practice', 'conversation', 'note'] as const);
    return {
      id: kind === 'note' ? uuid(1, i) : `ref:gen-${i}`,
      kind,
      ...(kind === 'note' ? {} : { week: 1 + (i % 8), ref: `gen-${i}` }),
      prompt: kind === 'note' ? 'A note' : `What did you notice this week? (${i})`,
      text: `${pick(LINES)} ${pick(LINES)}`,
      ...(kind === 'practice' ? { plan: { when: 'Saturday morning', what: pick(LINES) }, triedAt: at + 1000 } : {}),
      createdAt: at,
      updatedAt: at + 60_000,
    };
  });
  const boundaries = Array.from({ length: count('boundaries') }, (_, i) => ({
    id: uuid(2, i),
    situation: 'When you ask me for money for rent',
    action: `pay the landlord directly instead of giving cash (${i})`,
    reason: pick(LINES),
    ...(i % 3 === 0 ? { feeling: 'worried', words: 'I love you, and the answer is no.', holdPlan: 'Say it once, calmly.', tries: [{ at: when(i), howItWent: pick(LINES) }] } : {}),
    createdAt: when(i),
    updatedAt: when(i) + 5_000,
  }));
  const plans = Array.from({ length: count('plans') }, (_, i) => ({
    id: uuid(3, i),
    who: pick(['Jo', 'Dad', 'my son', 'Priya', 'Mum']),
    about: `the money from the joint account (${i})`,
    goal: 'Agree how we pay bills',
    timeAndPlace: 'Sunday, on a walk',
    opening: 'I want us to feel okay about money again.',
    keyPoints: ['Bills first', pick(LINES)],
    promptIds: ['boundary-money', 'calm-step-outside'],
    avoid: 'Bringing up last year',
    exitLine: 'Let’s stop here and pick it up tomorrow.',
    afterCare: 'Call my sister',
    ...(i % 2 ? { scheduledAt: when(i) + 86_400_000 } : {}),
    createdAt: when(i),
    updatedAt: when(i) + 1,
  }));
  const checkins = Array.from({ length: count('checkins') }, (_, i) => ({
    id: uuid(4, i),
    week: 1 + (i % 8),
    stress: 1 + Math.floor(next() * 5),
    hope: 1 + Math.floor(next() * 5),
    note: pick(LINES),
    createdAt: when(i),
    updatedAt: when(i),
  }));
  const star = Array.from({ length: count('star') }, (_, i) => ({
    id: uuid(5, i),
    moment: pick(['start', 'middle', 'end', 'any'] as const),
    scores: { wellbeing: 1 + (i % 5), knowledge: 2, communication: 3, boundaries: 1, network: 2, hope: 4, 'own-life': 5 },
    createdAt: when(i),
    updatedAt: when(i),
  }));
  const ownPrompts = Array.from({ length: count('ownPrompts') }, (_, i) => ({
    id: uuid(6, i),
    own: true,
    category: pick(CATEGORIES),
    words: `I need ten minutes. I am not leaving you. [${i}]`,
    whenToUse: 'When my voice starts to rise',
    insteadOf: '',
    tryThis: '',
    tags: ['quick'],
    createdAt: when(i),
    updatedAt: when(i),
  }));
  const favourites = Array.from({ length: count('favourites') }, (_, i) => ({ id: `prompt-${i}`, createdAt: when(i), updatedAt: when(i) }));
  const patterns = Array.from({ length: count('patterns') }, (_, i) => ({
    id: uuid(7, i),
    date: new Date(when(i)).toISOString().slice(0, 10),
    where: pick(['At home', 'At Dan’s flat', 'The pub on Mill Road']),
    who: pick(['Alone', 'Old school friends', 'His cousin']),
    what: `Payday, and a row about the car (${i})`,
    feelings: 'Bored, then tense',
    happened: pick(LINES),
    afterThem: 'Calm that night; missed work the next day.',
    afterMe: pick(LINES),
    ...(i % 4 === 0 ? { note: pick(LINES) } : {}),
    createdAt: when(i),
    updatedAt: when(i) + 2_000,
  }));
  const activities = Array.from({ length: count('activities') }, (_, i) => ({
    id: uuid(8, i),
    text: `${pick(['A walk by the canal', 'Fix the bike together', 'Curry night'])} (${i})`,
    ...(i % 2 ? { when: 'Friday evenings' } : {}),
    createdAt: when(i),
    updatedAt: when(i),
  }));
  return {
    patterns,
    activities,
    settings: v4Fill.settings,
    progress: v4Fill.progress,
    crisisPlan: v4Fill.crisisPlan,
    safetyPlan: [SAFETY_PLAN_SAMPLE],
    journal,
    boundaries,
    plans,
    checkins,
    star,
    ownPrompts,
    favourites,
    tombstones: Array.from({ length: 3 }, (_, i) => ({
      id: `boundaries:gone-${i}`,
      store: 'boundaries',
      recordId: `gone-${i}`,
      deletedAt: when(i),
      createdAt: when(i),
      updatedAt: when(i),
    })),
  };
}

/** How many records in all. */
export function countRecords(fill: Record<string, readonly object[]>): number {
  return Object.values(fill).reduce((n, xs) => n + xs.length, 0);
}
