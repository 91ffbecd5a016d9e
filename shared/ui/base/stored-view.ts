import { html, nothing, type TemplateResult } from 'lit';
import { TaskStatus, type Task } from '@lit/task';
import { problemText, storageProblem } from './problem.ts';

/**
 * The one way a screen shows what it read from storage, with `@lit/task`: a quiet line while
 * the first read runs; what was read, kept on screen while a later read (after a save)
 * refreshes it, so nothing flickers; and, if the read failed, the kind message the data layer
 * gave, in the shared problem box. A task whose answer can be "nothing stored" should say so
 * with `null`, not `undefined`, which is how a task says it has no answer yet.
 */
export function renderStored<T>(task: Task<readonly unknown[], T>, view: { loading?: string; complete: (value: T) => unknown }): unknown {
  // Without words for it, the first read shows nothing: for a part that is quick and may well be empty.
  const loading = view.loading ? html`<p class="muted">${view.loading}</p>` : nothing;
  return task.render({
    initial: () => loading,
    pending: () => (task.value === undefined ? loading : view.complete(task.value)),
    complete: (value) => view.complete(value),
    error: (error) => problemBox(problemText(error)),
  });
}

/**
 * The kind message of a failed read, or '' while the read runs or after it worked: for a
 * screen that shows something useful before and without what it reads (then the failure
 * goes in its problem box, beside the rest).
 */
export function readProblem(task: Task<readonly unknown[], unknown>): string {
  return task.status === TaskStatus.ERROR ? problemText(task.error) : '';
}

/**
 * Runs a change to what a task read (a save, a delete, an undo), then reads again with the
 * task. Resolves to '' when the change worked, or to the kind message to show when it did not;
 * what was stored before is then left as it was, and nothing is read again.
 */
export async function changeStored(task: Task<readonly unknown[], unknown>, work: () => Promise<unknown>): Promise<string> {
  const problem = await storageProblem(async () => void (await work()));
  if (!problem) await task.run();
  return problem;
}

/** Where a problem box stands in a form, and whether focus can be moved to it. */
export interface ProblemBoxOptions {
  /**
   * For a box that fields point to with `aria-describedby`: it is then always there (and
   * hidden while empty), so the reference never dangles.
   */
  id?: string;
  /** Focus can be moved to it (`tabindex="-1"`), for a problem that stops what the person asked for. */
  focusable?: boolean;
}

/**
 * A problem in the shared box (`.problem` in the base styles), read out when it appears;
 * nothing when there is none (unless it has an `id`: then an empty, hidden box).
 */
export function problemBox(message: string | TemplateResult, options: ProblemBoxOptions = {}): TemplateResult | typeof nothing {
  if (!message && !options.id) return nothing;
  return html`<div id=${options.id ?? nothing} class="problem" role="alert" tabindex=${options.focusable ? '-1' : nothing}>${message}</div>`;
}
