/**
 * The English words for the gentle hints on a boundary draft, by key (see
 * shared/domain/toolkit/pitfall-rules.ts). Words only, so they can be tuned, or put into
 * another language beside this file, without touching the checks.
 */
import type { PitfallWords } from '../../domain/toolkit/pitfall-rules.ts';

/** English wording of each hint, and of the suggestions built from the person's own words. */
export const PITFALL_WORDS_EN: PitfallWords = {
  hints: {
    demand: {
      message: 'This reads like a rule for the other person. What they do is up to them, so it is hard to count on.',
      suggestion: 'Try saying what you will do instead: “If there is shouting, I will leave the room.”',
    },
    threat: {
      message: 'This sounds like something said in anger. Threats tend to start a fight, and they are hard to carry out.',
      suggestion: 'Try a calm step you can keep: “If this happens, I will go for a walk, and we can talk tomorrow.”',
    },
    ultimatum: {
      message: 'This sounds like an ultimatum. Even when you mean it, it can land as a threat, and it puts your plans in their hands.',
      suggestion: 'Try saying the step you will take: “If there is drinking at home, I will stay with a friend for a few days.” If you are not safe at home, your safety comes first.',
    },
    control: {
      message: 'This is about their things or their choices. Taking charge of those often starts a fight, and it is hard to keep up.',
      suggestion: 'Try a step about what is yours to decide: “I will keep my car keys with me,” or “I won’t pay for extras right now.”',
    },
    'too-big': {
      message: 'This is a big, lasting step. A boundary works best when you can keep it every time, even on a hard day.',
      suggestion: 'Try something smaller you can keep every time, such as “For now, I won’t lend money.”',
    },
    'no-hold-plan': {
      message: 'You haven’t planned yet what you’ll do if this is tested. That’s okay: most boundaries are tested at least once.',
      suggestion: 'Write one small step you can take every time, such as “I will say my answer once, calmly, and leave the room if it gets loud.”',
    },
    'not-my-action': {
      message: 'This part is about what someone else will do. A boundary is about your own actions, the part you can count on.',
      suggestion: 'Start with what you will do: “I will go to my sister’s for the night.”',
    },
    label: {
      message: 'Words like “{match}” can sting, and they make it harder to be heard.',
      suggestion: 'Describe what happened, not the person: “when you come home after drinking” rather than a label.',
    },
  },
  rewords: {
    'hope-and-offer': 'Try sharing your hope and an offer: “I hope you’ll talk to someone. I can help you find a doctor, if you want.”',
    'if-been': 'Try saying what you will do if it happens: “If you’ve been {act}, I will …”',
    'if-you': 'Try saying what you will do if it happens: “If you {act}, I will …”',
  },
};
