import { css } from 'lit';
import { send } from '../messages.ts';

/** Form styles the options sections share: labelled fields, hints and a saved note. */
export const formStyles = css`
  h2 { font-size: var(--al-font-size-h2); }
  h3 { font-size: 1.05rem; margin-top: var(--al-space-4); }
  label, .label { font-weight: 600; }
  .hint, .muted { color: var(--al-color-text-muted); font-size: var(--al-font-size-small); }
  .field { display: grid; gap: var(--al-space-1); margin-bottom: var(--al-space-3); }
  .row { display: flex; flex-wrap: wrap; gap: var(--al-space-3); align-items: end; }
  input[type='text'], input[type='url'], input[type='number'], input[type='time'], select {
    font: inherit; color: var(--al-color-text); background: var(--al-color-surface);
    min-height: var(--al-touch); padding: 0 var(--al-space-3);
    border: 1px solid var(--al-color-border); border-radius: var(--al-radius-small);
  }
  input[type='number'] { width: 7rem; }
  input[type='url'], input[type='text'] { width: min(100%, 22rem); }
  fieldset { border: none; margin: 0 0 var(--al-space-3); padding: 0; min-width: 0; }
  legend { font-weight: 700; font-size: 1.05rem; padding: 0; margin-bottom: var(--al-space-1); }
  .check { display: flex; align-items: flex-start; gap: var(--al-space-2); min-height: var(--al-touch); padding-top: var(--al-space-2); font-weight: 600; }
  .check input { width: 1.25rem; height: 1.25rem; margin: 0.15rem 0 0; accent-color: var(--al-color-primary); flex: none; }
  .check .detail { font-weight: 400; display: block; color: var(--al-color-text-muted); font-size: var(--al-font-size-small); }
  .error { color: var(--al-color-danger); font-size: var(--al-font-size-small); margin: 0; }
  .saved { color: var(--al-color-success); font-size: var(--al-font-size-small); margin: 0; }
  .saved:not(:empty) { margin-top: var(--al-space-2); }
  ul.plain { padding: 0; list-style: none; display: grid; gap: var(--al-space-2); margin: 0 0 var(--al-space-3); }
  ul.plain li { display: flex; align-items: center; justify-content: space-between; gap: var(--al-space-3); flex-wrap: wrap; }
  .chips { display: flex; flex-wrap: wrap; gap: var(--al-space-2); margin: 0 0 var(--al-space-3); padding: 0; list-style: none; }
`;

/** Tells the background the reminder settings changed, so it re-plans its alarms. */
export async function tellBackground(): Promise<void> {
  await send('settings-changed', {}).catch(() => undefined);
}
