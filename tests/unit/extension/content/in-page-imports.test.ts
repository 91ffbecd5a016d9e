import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** Every file the in-page script's entry reaches through static and dynamic imports (type-only imports left out: they vanish in the build). */
function importGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const stack = [resolve(ROOT, entry)];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.[cm]?[jt]s$/.test(file)) continue;
    const source = readFileSync(file, 'utf8');
    const specifiers = [
      ...source.matchAll(/^\s*import\s+(?!type\s)(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm),
      ...source.matchAll(/^\s*export\s+(?!type\s)[^'";]*?\s+from\s+['"]([^'"]+)['"]/gm),
      ...source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
    ].map((m) => m[1]!);
    for (const spec of specifiers) {
      if (!spec.startsWith('.')) continue;
      const target = resolve(dirname(file), spec);
      if (existsSync(target)) stack.push(target);
    }
  }
  return new Set([...seen].map((f) => relative(ROOT, f)));
}

describe('the in-page script', () => {
  const graph = importGraph('extension/content/main.ts');

  it('is read from its entry (so the check below means something)', () => {
    expect(graph.has('extension/content/chip-controller.ts')).toBe(true);
    expect(graph.size).toBeGreaterThan(5);
  });

  it('never reaches the nudge model or its weights: those run in the background only', () => {
    const model = [...graph].filter((f) => /cue-model|cue-reading|cue-detector|lexicon-en|cue-model-en\.json/.test(f));
    expect(model).toEqual([]);
  });

  it('the background does read with the model', () => {
    expect(importGraph('extension/background/service-worker.ts').has('shared/content/cues/cue-model-en.json')).toBe(true);
  });
});
