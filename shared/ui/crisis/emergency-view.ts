import { css, html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';

/**
 * The emergency number's look and its call button, wherever they show: the help screens
 * (./help-view.ts) and the fallback that needs nothing else loaded (./emergency-call.ts). One
 * look, so a person who has seen it once knows it again. Light enough for the course's shell.
 */
export const emergencyStyles = css`
  .urgent { background: var(--al-color-help-bg); color: var(--al-color-help-text); border-radius: var(--al-radius); padding: var(--al-space-4); }
  .urgent-text { font-weight: 600; font-size: 1.1em; margin: 0; }
  .call-emergency { margin: var(--al-space-3) 0 0; }
  .big-call {
    display: inline-flex; align-items: center; justify-content: center; min-height: 3.5rem; padding: 0 var(--al-space-5);
    border-radius: var(--al-radius); background: var(--al-color-help-text); color: var(--al-color-help-bg);
    font-weight: 700; font-size: 1.4rem; text-decoration: none;
  }
  .big-call:hover, .big-call:focus-visible { text-decoration: underline; }
`;

/** The big tap-to-call button for an emergency number's `tel:` link ("Call 911"). */
export function callEmergency(emergencyHref: string): TemplateResult {
  return html`<p class="call-emergency"><a class="big-call" href=${emergencyHref}>${msg(str`Call ${emergencyHref.slice(4)}`)}</a></p>`;
}
