import { css } from 'lit';

/** Form pieces the backup, lock and privacy screens share: labelled fields, checkboxes, notes. */
export const trustStyles = css`
  .field { margin-bottom: var(--al-space-4); }
  .field label { display: block; font-weight: 600; margin-bottom: var(--al-space-1); }
  .field .hint { display: block; color: var(--al-color-text-muted); font-size: var(--al-font-size-small); margin: 0 0 var(--al-space-2); }
  .field input, .field select {
    display: block; width: 100%; max-width: 24rem; font: inherit; color: inherit; background: var(--al-color-surface);
    border: 2px solid var(--al-color-border); border-radius: var(--al-radius-small); padding: var(--al-space-2) var(--al-space-3); min-height: var(--al-touch);
  }
  .field input[aria-invalid='true'] { border-color: var(--al-color-danger); }
  .field input[type='file'] { padding: var(--al-space-2); max-width: 100%; }
  label.check { display: flex; gap: var(--al-space-3); align-items: flex-start; min-height: var(--al-touch); padding-top: var(--al-space-2); }
  label.check input { flex: none; width: 1.25rem; height: 1.25rem; margin-top: 0.15rem; accent-color: var(--al-color-primary); }
  .check-hint { color: var(--al-color-text-muted); font-size: var(--al-font-size-small); margin: 0 0 var(--al-space-4) calc(1.25rem + var(--al-space-3)); }
  fieldset { border: none; padding: 0; margin: 0 0 var(--al-space-4); }
  legend { font-weight: 700; margin-bottom: var(--al-space-2); padding: 0; }
  .actions { display: flex; flex-wrap: wrap; gap: var(--al-space-2); align-items: center; margin-top: var(--al-space-3); }
  .problem:empty { display: none; }
  .note { border-left: 4px solid var(--al-color-accent); background: var(--al-color-surface-soft); padding: var(--al-space-3) var(--al-space-4); border-radius: var(--al-radius-small); }
  .warning { border-left: 4px solid var(--al-color-danger); background: var(--al-color-danger-soft); padding: var(--al-space-3) var(--al-space-4); border-radius: var(--al-radius-small); }
  .done { color: var(--al-color-success); font-weight: 600; }
  dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: var(--al-space-2) var(--al-space-4); margin: 0 0 var(--al-space-3); }
  dl.facts dt { font-weight: 600; }
  dl.facts dd { margin: 0; }
  ul.counts { margin: 0 0 var(--al-space-3); padding-left: 1.25rem; }
`;
