import type { Block, CrisisCareBlock, CrisisHelpBlock, LinkBlock, Situation, TextBlock } from '../../content/course-types.ts';

/** A block as one reader sees it: by-situation text already chosen. */
export type ShownBlock = TextBlock | CrisisHelpBlock | CrisisCareBlock | LinkBlock;

/** The blocks a reader facing `situation` sees, in order: each by-situation block becomes its variant. */
export function blocksFor(blocks: readonly Block[], situation: Situation): ShownBlock[] {
  return blocks.flatMap((b) => (typeof b === 'object' && 'kind' in b && b.kind === 'by-situation' ? b.variants[situation] : [b]));
}
