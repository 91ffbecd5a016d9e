/**
 * The prompts the chip's panel offers: which kinds they should fit, and the prompts for
 * those kinds, asked of the background once per page and kept. Its own file because what
 * the prompts fit (the reading's finding, then the model's, then the rules' cues) is a
 * decision worth reading on its own, apart from when the panel opens.
 */
import type { FindingKind } from '../../shared/domain/nudge/cue-finding.ts';
import { send, type ChipPrompt } from '../messages.ts';
import type { ReadCue, Reading } from './message-reading.ts';

/** The kinds the offered prompts should fit, sorted: what the reading found (the model's finding too), not only the rules' cues. */
export function promptKinds(finding: Pick<Reading, 'kinds' | 'general'>, cues: readonly ReadCue[]): FindingKind[] {
  const { kinds, general } = finding;
  const found: FindingKind[] = kinds.length ? kinds : general ? [general] : cues.map((c) => c.kind);
  return [...new Set(found)].sort();
}

/** Prompts by the kinds they fit, fetched from the background once and kept for the page. */
export class ChipPrompts {
  private readonly byKinds = new Map<string, ChipPrompt[]>();

  /** The prompts already fetched for these kinds, if any. */
  known(kinds: readonly FindingKind[]): ChipPrompt[] | undefined {
    return this.byKinds.get(kinds.join(','));
  }

  /** Asks the background for prompts fitting these kinds; 'unavailable' when it can't answer (not kept, so asked again). */
  async fetch(kinds: FindingKind[]): Promise<ChipPrompt[] | 'unavailable'> {
    try {
      const { prompts } = await send('prompts-for-cues', { kinds });
      this.byKinds.set(kinds.join(','), prompts);
      return prompts;
    } catch {
      return 'unavailable';
    }
  }
}
