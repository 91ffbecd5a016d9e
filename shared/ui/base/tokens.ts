import { css, unsafeCSS } from 'lit';

/**
 * Design tokens as CSS custom properties: calm, warm and readable, AA contrast in light
 * and dark. Defined on `:root` for pages and on `:host` for closed shadow roots (the
 * extension's in-page chip), so one list serves both.
 */
const tokenBody = `
  color-scheme: light dark;
  --al-font: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Ubuntu, Cantarell, sans-serif;
  --al-font-size: 1.0625rem;
  --al-font-size-small: 0.9375rem;
  --al-font-size-h1: clamp(1.6rem, 1.2rem + 2vw, 2.1rem);
  --al-font-size-h2: 1.35rem;
  --al-line-height: 1.55;
  --al-radius: 12px;
  --al-radius-small: 8px;
  --al-space-1: 0.25rem;
  --al-space-2: 0.5rem;
  --al-space-3: 0.75rem;
  --al-space-4: 1rem;
  --al-space-5: 1.5rem;
  --al-space-6: 2rem;
  --al-measure: 42rem;
  --al-touch: 44px;
  --al-duration: 160ms;

  --al-color-bg: #faf6f1;
  --al-color-surface: #ffffff;
  --al-color-surface-soft: #f3ece3;
  --al-color-text: #2a2420;
  --al-color-text-muted: #5a5048;
  --al-color-border: #8a7d72;
  --al-color-border-soft: #e2d8cc;
  --al-color-primary: #1d6561;
  --al-color-primary-hover: #154d4a;
  --al-color-on-primary: #ffffff;
  --al-color-primary-soft: #e2f0ee;
  --al-color-accent: #9c4722;
  --al-color-danger: #a12d26;
  --al-color-danger-soft: #fbe9e7;
  --al-color-success: #2c6a35;
  --al-color-focus: #1d6561;
  --al-color-help-bg: #fff1e3;
  --al-color-help-text: #7a3414;
  --al-shadow: 0 1px 2px rgb(60 40 20 / 0.08), 0 4px 14px rgb(60 40 20 / 0.07);
`;

const darkBody = `
  --al-color-bg: #1b1917;
  --al-color-surface: #25221f;
  --al-color-surface-soft: #2f2b27;
  --al-color-text: #f2ece5;
  --al-color-text-muted: #cfc4b8;
  --al-color-border: #a2958a;
  --al-color-border-soft: #433d37;
  --al-color-primary: #86d2c9;
  --al-color-primary-hover: #a6e0d8;
  --al-color-on-primary: #0f2220;
  --al-color-primary-soft: #20403d;
  --al-color-accent: #f0a884;
  --al-color-danger: #ff9e92;
  --al-color-danger-soft: #45211e;
  --al-color-success: #9fd8a6;
  --al-color-focus: #86d2c9;
  --al-color-help-bg: #3d2618;
  --al-color-help-text: #ffc9a8;
  --al-shadow: 0 1px 2px rgb(0 0 0 / 0.4);
`;

/** The tokens for a selector (`:root` for a page, `:host` for a shadow root). */
export function tokenCss(selector: string) {
  return css`
    ${unsafeCSS(selector)} { ${unsafeCSS(tokenBody)} }
    @media (prefers-color-scheme: dark) {
      ${unsafeCSS(selector)} { ${unsafeCSS(darkBody)} }
    }
    @media (prefers-reduced-motion: reduce) {
      ${unsafeCSS(selector)} { --al-duration: 0ms; }
    }
  `;
}

/** Page-level styles: tokens on :root plus a calm base for the document. */
export const pageCss = css`
  ${tokenCss(':root')}
  *, *::before, *::after { box-sizing: border-box; }
  html { -webkit-text-size-adjust: 100%; }
  body {
    margin: 0;
    font-family: var(--al-font);
    font-size: var(--al-font-size);
    line-height: var(--al-line-height);
    color: var(--al-color-text);
    background: var(--al-color-bg);
  }
  @media (prefers-reduced-motion: reduce) {
    *, *::before, *::after { animation: none !important; transition: none !important; scroll-behavior: auto !important; }
  }
`;

/** Adds the page-level styles to a document once. */
export function applyPageStyles(doc: Document = document): void {
  const sheet = pageCss.styleSheet;
  if (sheet && !doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}
