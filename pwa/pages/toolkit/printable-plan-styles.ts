import { css } from 'lit';

/**
 * A plan page that is filled in on screen and printed for the fridge or a safe place: on
 * paper the fields and buttons go, and the words show as a plain list (`.print-only`).
 * For the safety plan; the crisis plan page has the same rules and can take these.
 */
export const printablePlanStyles = css`
  section { max-width: var(--al-measure); margin-top: var(--al-space-5); }
  h2 { font-size: var(--al-font-size-h2); }
  .actions { display: flex; flex-wrap: wrap; gap: var(--al-space-2); margin: var(--al-space-4) 0; }
  .print-only { display: none; }
  @media print {
    .actions, .screen-only, al-autosave-field { display: none !important; }
    .print-only { display: block; }
    .print-only dt { font-weight: 700; margin-top: 0.8em; }
    .print-only dd { margin: 0.2em 0 0; white-space: pre-line; min-height: 1.5em; border-bottom: 1px solid #999; }
    section { max-width: none; margin-top: 1em; break-inside: avoid; }
    :host { color: #000; }
  }
`;
