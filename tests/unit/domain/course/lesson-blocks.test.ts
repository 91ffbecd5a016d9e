import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../shared/content/course-types.ts';
import { blocksFor } from '../../../../shared/domain/course/lesson-blocks.ts';

const blocks: Block[] = [
  'Everyone reads this.',
  {
    kind: 'by-situation',
    variants: {
      'mental-illness': ['About a mental health condition.'],
      'substance-use': ['About drinking.', { list: ['one', 'two'] }],
      both: ['About both.'],
    },
  },
  { kind: 'crisis-help' },
  { list: ['a', 'b'] },
];

describe('blocksFor', () => {
  it('keeps shared blocks in place and swaps each by-situation block for the reader’s variant', () => {
    expect(blocksFor(blocks, 'mental-illness')).toEqual(['Everyone reads this.', 'About a mental health condition.', { kind: 'crisis-help' }, { list: ['a', 'b'] }]);
    expect(blocksFor(blocks, 'substance-use')).toEqual(['Everyone reads this.', 'About drinking.', { list: ['one', 'two'] }, { kind: 'crisis-help' }, { list: ['a', 'b'] }]);
    expect(blocksFor(blocks, 'both')).toEqual(['Everyone reads this.', 'About both.', { kind: 'crisis-help' }, { list: ['a', 'b'] }]);
  });
});
