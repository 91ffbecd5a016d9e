import { WEEK_LOADERS } from '../../content/weeks/index.ts';
import { personalise, type Profile } from '../../domain/course/profile.ts';

const cache = new Map<number, Promise<Record<string, string>>>();

/** A readable fallback for a plan field id: "small-help" → "Small help". */
export function humaniseId(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : id;
}

/**
 * The questions of a week's "try this" plan, field id → label in the reader's words. Loads
 * that one week's content on demand (and once); an unknown week gives no labels.
 */
export async function loadPlanLabels(week: number, profile?: Profile): Promise<Record<string, string>> {
  let raw = cache.get(week);
  if (!raw) {
    const load = WEEK_LOADERS[week];
    raw = load
      ? load().then(
          (w) => Object.fromEntries(w.practice.plan.map((f) => [f.id, f.label])),
          () => ({}), // Offline before this week was cached: the fallback labels still read well.
        )
      : Promise.resolve({});
    cache.set(week, raw);
  }
  const labels = await raw;
  return Object.fromEntries(Object.entries(labels).map(([id, label]) => [id, personalise(label, profile)]));
}
