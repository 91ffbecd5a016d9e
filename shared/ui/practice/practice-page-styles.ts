import { css } from 'lit';

/**
 * What the practice screens that keep a history share (the weekly check-in and the supporter
 * star): a form in a card, then the history as a chart and a table that scrolls sideways on a
 * narrow screen. Each screen adds only what is its own.
 */
export const practicePageStyles = css`
  h2 { font-size: var(--al-font-size-h2); }
  section { margin-top: var(--al-space-6); }
  al-card { max-width: var(--al-measure); }
  .scroll { overflow-x: auto; margin-top: var(--al-space-5); }
  table { border-collapse: collapse; font-size: var(--al-font-size-small); }
  caption { text-align: left; font-weight: 700; font-size: var(--al-font-size); margin-bottom: var(--al-space-2); }
  th, td { text-align: left; vertical-align: top; padding: var(--al-space-2); border-bottom: 1px solid var(--al-color-border-soft); }
  thead th { border-bottom: 2px solid var(--al-color-border); }
  @media (max-width: 30rem) { al-card { --al-card-padding: var(--al-space-4); } }
`;
