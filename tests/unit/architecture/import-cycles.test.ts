import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, importsOf, sourceFiles } from '../../../scripts/import-graph.ts';

/** The groups of files that import one another in a circle (Tarjan's strongly connected components). */
function circles(files: readonly string[], edges: (file: string) => string[]): string[][] {
  const known = new Set(files);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges(v).filter((f) => known.has(f))) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      group.push(relative(ROOT, w));
    } while (w !== v);
    if (group.length > 1 || edges(v).includes(v)) found.push(group.sort());
  };
  for (const file of files) if (!index.has(file)) visit(file);
  return found;
}

describe('the house has no import circles', () => {
  const files = sourceFiles('shared', 'pwa', 'extension');

  it('reads every source file (so the check below means something)', () => {
    expect(files.length).toBeGreaterThan(200);
    expect(circles(['a', 'b', 'c'], (f) => ({ a: ['b'], b: ['c'], c: ['a'] })[f] ?? [])).toEqual([['a', 'b', 'c']]);
  });

  it('no file reaches itself through imports, type-only imports included', () => {
    expect(circles(files, (file) => importsOf(file, { types: true }))).toEqual([]);
  });
});
