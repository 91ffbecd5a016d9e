import { css } from 'lit';

/** Labels, fields and rows the facilitator's class editors share. */
export const classFormStyles = css`
  fieldset { border: 1px solid var(--al-color-border-soft); border-radius: var(--al-radius); padding: var(--al-space-4); margin: 0 0 var(--al-space-4); min-width: 0; }
  legend { font-weight: 700; padding: 0 var(--al-space-2); }
  .field { display: flex; flex-direction: column; gap: var(--al-space-1); min-width: 0; }
  .field > label, .label { font-weight: 600; }
  .hint { color: var(--al-color-text-muted); font-size: var(--al-font-size-small); margin: 0 0 var(--al-space-2); }
  input, select, textarea {
    font: inherit; color: inherit; background: var(--al-color-surface); min-height: var(--al-touch);
    border: 2px solid var(--al-color-border); border-radius: var(--al-radius-small); padding: var(--al-space-1) var(--al-space-3); width: 100%;
  }
  textarea { resize: vertical; padding: var(--al-space-2) var(--al-space-3); }
  input:focus-visible, select:focus-visible, textarea:focus-visible { outline: 3px solid var(--al-color-focus); outline-offset: 1px; }
  .row { display: grid; gap: var(--al-space-3); grid-template-columns: repeat(auto-fit, minmax(min(100%, 9.5rem), 1fr)); align-items: end; }
  .buttons { display: flex; flex-wrap: wrap; gap: var(--al-space-2); margin-top: var(--al-space-3); }
`;
