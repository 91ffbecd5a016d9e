import { describe, expect, it } from 'vitest';
import { clampLines, wrapLines } from '../../../../shared/ui/base/share-image.ts';

/** One unit per character: easy to reason about, like a monospaced font. */
const measure = (s: string) => [...s].length;

describe('share image text', () => {
  it('keeps every line when they all fit, with no ellipsis', () => {
    const lines = wrapLines(measure, 'I said no kindly and we still had dinner.', 20);
    expect(clampLines(measure, lines, 5, 20)).toEqual(lines);
    expect(clampLines(measure, lines, 5, 20).join(' ')).not.toContain('…');
  });

  it('ends the last line it keeps with an ellipsis when it has to cut the text', () => {
    const lines = wrapLines(measure, 'one two three four five six seven eight nine ten', 10);
    const kept = clampLines(measure, lines, 2, 10);
    expect(kept).toHaveLength(2);
    expect(kept[0]).toBe(lines[0]);
    expect(kept[1]!.endsWith('…')).toBe(true);
    for (const line of kept) expect(measure(line)).toBeLessThanOrEqual(10);
  });

  it('shortens a full last line so the ellipsis still fits, without ending on a stray comma', () => {
    expect(clampLines(measure, ['abcd, efgh', 'next'], 1, 10)).toEqual(['abcd…']);
    expect(clampLines(measure, ['abcdefghij', 'next'], 1, 10)).toEqual(['abcdefghi…']);
  });
});
