/**
 * The look of `<al-quick-prep>`: a breathing circle that keeps still for reduced motion, big
 * tappable choices, and a calm box for the safety note. Kept apart so the element file holds
 * only its steps and what they do.
 */
import { css } from 'lit';

/** Styles of the quick prep, after the base and step styles. */
export const quickPrepStyles = css`
  :host { display: block; }
  .breathe { display: grid; place-items: center; margin: var(--al-space-4) 0; }
  .circle { width: 7rem; height: 7rem; border-radius: 50%; background: var(--al-color-primary-soft); border: 3px solid var(--al-color-primary); animation: breathe 10s ease-in-out infinite; }
  @keyframes breathe { 0%, 100% { transform: scale(0.7); } 40%, 50% { transform: scale(1); } }
  @media (prefers-reduced-motion: reduce) { .circle { animation: none; transform: none; } }
  fieldset { border: 0; margin: 0; padding: 0; min-width: 0; }
  legend { font-weight: 600; margin-bottom: var(--al-space-2); padding: 0; }
  .option { display: flex; align-items: flex-start; gap: var(--al-space-3); min-height: var(--al-touch); padding: var(--al-space-2) var(--al-space-3); margin-bottom: var(--al-space-2); border: 2px solid var(--al-color-border-soft); border-radius: var(--al-radius-small); background: var(--al-color-surface); cursor: pointer; }
  .option:has(input:checked) { border-color: var(--al-color-primary); background: var(--al-color-primary-soft); }
  .option input { width: 1.3rem; height: 1.3rem; margin: 0.15rem 0 0; flex: none; accent-color: var(--al-color-primary); }
  .option small { display: block; color: var(--al-color-text-muted); font-size: var(--al-font-size-small); }
  .option span { overflow-wrap: anywhere; }
  textarea { display: block; width: 100%; font: inherit; color: inherit; background: var(--al-color-surface); border: 2px solid var(--al-color-border); border-radius: var(--al-radius-small); padding: var(--al-space-2) var(--al-space-3); min-height: var(--al-touch); resize: vertical; }
  .own-field { margin: 0 0 var(--al-space-3); }
  label.field { display: block; font-weight: 600; margin-bottom: var(--al-space-1); }
  .error { color: var(--al-color-danger); font-weight: 600; }
  .ready { margin-bottom: var(--al-space-4); }
  .actions { display: flex; flex-wrap: wrap; align-items: center; column-gap: var(--al-space-2); margin-top: var(--al-space-2); }
  .goal { background: var(--al-color-surface-soft); border-radius: var(--al-radius-small); padding: var(--al-space-2) var(--al-space-3); }
  .note { color: var(--al-color-text-muted); font-size: var(--al-font-size-small); }
  .safety { border: 2px solid var(--al-color-help-text); border-radius: var(--al-radius-small); padding: var(--al-space-3); margin-bottom: var(--al-space-3); }
  al-safety-check { margin-top: var(--al-space-4); }
`;
