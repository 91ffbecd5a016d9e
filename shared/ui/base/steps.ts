import { css, html } from 'lit';

/** Styles for a step-by-step flow: the segmented progress bar and the Back/Next row. */
export const stepStyles = css`
  .progress { display: flex; gap: var(--al-space-1); margin: 0 0 var(--al-space-3); padding: 0; list-style: none; }
  .progress li { flex: 1; height: 6px; border-radius: 3px; background: var(--al-color-border-soft); }
  .progress li.done { background: var(--al-color-primary); }
  .progress li.current { background: var(--al-color-primary); opacity: 0.55; }
  .step-count { display: block; font-size: var(--al-font-size-small); font-weight: 600; color: var(--al-color-text-muted); margin-bottom: var(--al-space-1); }
  .step-heading { font-size: 1.25rem; }
  .step-heading:focus { outline: none; }
  .step-heading:focus-visible { outline: 3px solid var(--al-color-focus); outline-offset: 4px; border-radius: 2px; }
  .nav { display: flex; flex-wrap: wrap; gap: var(--al-space-2); margin-top: var(--al-space-4); }
  .nav .next { margin-left: auto; }
`;

/** A segmented bar for "step `current` (1-based) of `total`"; hidden from screen readers, which hear the step count in the heading. */
export function progressBar(current: number, total: number) {
  return html`<ol class="progress" aria-hidden="true">
    ${Array.from({ length: total }, (_, i) => html`<li class=${i + 1 < current ? 'done' : i + 1 === current ? 'current' : ''}></li>`)}
  </ol>`;
}
