import { describe, expect, it } from 'vitest';
import { importGraph } from '../../../../scripts/import-graph.ts';

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
