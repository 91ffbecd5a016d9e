import { css } from 'lit';

/** Styles most components share: focus ring, headings, visually-hidden text, buttons. */
export const baseStyles = css`
  :host { font-family: var(--al-font); color: var(--al-color-text); line-height: var(--al-line-height); }
  *, *::before, *::after { box-sizing: border-box; }
  :focus-visible { outline: 3px solid var(--al-color-focus); outline-offset: 2px; }
  .visually-hidden {
    position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px;
    overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
  }
  h1, h2, h3 { line-height: 1.25; margin: 0 0 var(--al-space-3); }
  p { margin: 0 0 var(--al-space-3); }
  a { color: var(--al-color-primary); text-underline-offset: 0.15em; }
  /* Quiet words, such as the line shown while something is read from storage. */
  .muted { color: var(--al-color-text-muted); }
  .btn {
    display: inline-flex; align-items: center; justify-content: center; gap: var(--al-space-2);
    min-height: var(--al-touch); min-width: var(--al-touch); padding: 0 var(--al-space-4);
    font: inherit; font-weight: 600; border-radius: var(--al-radius-small); cursor: pointer;
    border: 2px solid var(--al-color-primary); background: var(--al-color-surface); color: var(--al-color-primary);
    text-decoration: none; transition: background var(--al-duration), color var(--al-duration);
  }
  .btn:hover { background: var(--al-color-primary-soft); }
  .btn.primary { background: var(--al-color-primary); color: var(--al-color-on-primary); }
  .btn.primary:hover { background: var(--al-color-primary-hover); border-color: var(--al-color-primary-hover); }
  .btn.quiet { border-color: transparent; background: transparent; }
  .btn.quiet:hover { background: var(--al-color-primary-soft); }
  .btn.danger { border-color: var(--al-color-danger); color: var(--al-color-danger); }
  .btn.danger:hover { background: var(--al-color-danger-soft); }
  .btn[disabled] { opacity: 0.6; cursor: not-allowed; }
  /* One look for "this did not work" (storage full, a file that could not be read): a box and words, never colour alone. */
  .problem {
    border: 2px solid var(--al-color-danger); background: var(--al-color-danger-soft); border-radius: var(--al-radius-small);
    padding: var(--al-space-3); max-width: var(--al-measure);
  }
  .problem:empty { display: none; }
  /* Focus moves to a box only to bring it into view and be read; the box is not a control. */
  .problem:focus { outline: none; }
`;
