/**
 * The English words around a boundary: the builder's step headings, each field's label and
 * hint, and how the parts read as one sentence. Keys are the parts in
 * shared/domain/toolkit/boundary.ts; the Spanish is `boundary-words-es.ts` beside this file.
 */
import type { BoundaryWords } from '../../domain/toolkit/boundary-words.ts';

export const BOUNDARY_WORDS_EN: BoundaryWords = {
  steps: {
    situation: { title: 'The situation', label: 'When this happens', hint: 'For example: when you ask me for money' },
    feeling: {
      title: 'What you feel',
      label: 'What I feel',
      hint: 'Name the feeling if you can, such as scared, tired or sad. There is no wrong answer. You can leave this empty.',
    },
    action: {
      title: 'What you will do',
      label: 'I will',
      hint: 'Something you will do, not something they must do. For example: say no kindly, and offer to help in another way',
    },
    reason: { title: 'Why it matters to you', label: 'Because', hint: 'For example: I want to support your recovery, not the drinking' },
    words: {
      title: 'The words you will say',
      label: 'My words',
      hint: 'Short and calm works best. For example: I love you. I can’t lend money, and I can drive you to your appointment.',
    },
    holdPlan: {
      title: 'If it is tested',
      label: 'If it is tested',
      hint: 'Most boundaries are tested at least once. What will you do, calmly, each time? For example: say it once more, then leave the room.',
    },
  },
  core: {
    situation: { label: 'When this happens', hint: 'For example: when you ask me for money' },
    action: { label: 'I will', hint: 'Something you will do. For example: say no kindly, and offer to help in another way' },
    reason: { label: 'Because', hint: 'Why it matters to you. For example: I want to support your recovery, not the drinking' },
  },
  sentence: {
    withReason: 'When {when}, I will {will}, because {why}.',
    withoutReason: 'When {when}, I will {will}.',
    leadWhen: /^when\s+/i,
    leadWill: /^i\s+will\s+/i,
    leadWhy: /^because\s+/i,
    openers:
      /^(you|your|my|me|the|a|an|he|she|they|we|it|its|it's|there|this|that|these|those|someone|anyone|our|his|her|their|when|if|say|ask|leave|take|go|stop|not|tell|call|text|pay|answer|step|keep|wait|let|give|offer|drive|walk|hang|end|put|spend|stay|come|only|still|no|never|always)\b/i,
  },
};
