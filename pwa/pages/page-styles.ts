import { css } from 'lit';

/** Layout every PWA screen shares: a readable measure and a calm title. */
export const pageStyles = css`
  :host { display: block; }
  h1 { font-size: var(--al-font-size-h1); margin-bottom: var(--al-space-3); }
  .lead { font-size: 1.1em; color: var(--al-color-text-muted); max-width: var(--al-measure); }
  .measure { max-width: var(--al-measure); }
`;
