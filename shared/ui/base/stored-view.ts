import { html, nothing, type TemplateResult } from 'lit';
import type { Task } from '@lit/task';
import { problemText } from './storage-call.ts';

/**
 * The one way a screen shows what it read from storage, with `@lit/task`: a quiet line while
 * the first read runs; what was read, kept on screen while a later read (after a save)
 * refreshes it, so nothing flickers; and, if the read failed, the kind message the data layer
 * gave, in the shared problem box.
 */
export function renderStored<T>(task: Task<readonly unknown[], T>, view: { loading: string; complete: (value: T) => unknown }): unknown {
  const loading = html`<p class="muted">${view.loading}</p>`;
  return task.render({
    initial: () => loading,
    pending: () => (task.value === undefined ? loading : view.complete(task.value)),
    complete: (value) => view.complete(value),
    error: (error) => problemBox(problemText(error)),
  });
}

/** A problem in the shared box (`.problem` in the base styles), read out when it appears; nothing when there is none. */
export function problemBox(message: string): TemplateResult | typeof nothing {
  return message ? html`<div class="problem" role="alert">${message}</div>` : nothing;
}
