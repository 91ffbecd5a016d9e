import type { ReactiveControllerHost } from 'lit';
import type { JournalEntry } from '../../domain/course/journal.ts';
import { settingsRepo } from '../../data/settings-repo.ts';
import { loadPlanLabels } from '../toolkit/plan-labels.ts';

/**
 * The questions of the practice plans a journal screen shows, in the reader's words: read
 * for the weeks whose entries come into view (each week's content once), and the screen drawn
 * again when they arrive.
 */
export class JournalPlanLabels {
  private labels = new Map<number, Readonly<Record<string, string>>>();

  constructor(private readonly host: ReactiveControllerHost) {}

  /** A week's plan field id → question, once read. */
  of(week: number | undefined): Readonly<Record<string, string>> | undefined {
    return week ? this.labels.get(week) : undefined;
  }

  /** Reads the labels of the practice entries among these whose week has none yet. */
  want(entries: readonly JournalEntry[]): void {
    const weeks = new Set(entries.flatMap((e) => (e.kind === 'practice' && e.week && !this.labels.has(e.week) ? [e.week] : [])));
    if (weeks.size) void this.load([...weeks]);
  }

  private async load(weeks: number[]): Promise<void> {
    const profile = await settingsRepo.get('profile', null).catch(() => null);
    const loaded = await Promise.all(weeks.map(async (w) => [w, await loadPlanLabels(w, profile ?? undefined)] as const));
    this.labels = new Map([...this.labels, ...loaded]);
    this.host.requestUpdate();
  }
}
