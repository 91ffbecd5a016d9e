/**
 * The chip's styles, inside its shadow root. Page styles can't reach in, and `all:
 * initial` on the wrapper stops inherited page styles (fonts, colours, letter-spacing) at
 * the door. The host's own box is set inline (`HOST_STYLE`), which beats page rules.
 * Sizes are in px, not rem: a page may set any root font size.
 */
// `tokenCss(':host')` from shared/ui/base/tokens.ts, as text made at build time (vite.config.ts):
// importing tokens.ts here would bring all of Lit's element classes into every page.
import tokens from 'virtual:chip-tokens';

const own = `
:host {
  /* The page's root font size is unknown: sizes here are in px. */
  --al-font-size: 15px;
  --al-font-size-small: 13.5px;
  --al-space-1: 4px; --al-space-2: 8px; --al-space-3: 12px; --al-space-4: 16px; --al-space-5: 24px;
}
/* Inherited page styles (fonts, colours, spacing) stop here. */
.wrap {
  all: initial;
  display: block;
  color-scheme: light dark;
  font-family: var(--al-font);
  font-size: var(--al-font-size);
  line-height: 1.45;
  color: var(--al-color-text);
  text-align: start;
  max-width: calc(100vw - 16px);
}
.wrap:focus { outline: none; }
*, *::before, *::after { box-sizing: border-box; }
:focus-visible { outline: 3px solid var(--al-color-focus); outline-offset: 2px; }
button { font: inherit; color: inherit; margin: 0; cursor: pointer; }
.mark { width: 18px; height: 18px; flex: none; fill: var(--al-color-primary); fill-opacity: 0.55; }
.chip {
  display: inline-flex; align-items: center;
  background: var(--al-color-surface); color: var(--al-color-text);
  border: 1px solid var(--al-color-border); border-radius: 999px;
  box-shadow: var(--al-shadow);
  animation: rise var(--al-duration) ease-out;
}
.chip-open {
  display: inline-flex; align-items: center; gap: 8px;
  min-height: 36px; padding: 4px 6px 4px 12px;
  border: 0; border-radius: 999px 0 0 999px; background: transparent;
  font-size: var(--al-font-size-small); font-weight: 600; color: var(--al-color-primary);
  white-space: nowrap;
}
.chip-open:hover, .chip-close:hover { background: var(--al-color-primary-soft); }
.chip-close {
  display: inline-grid; place-items: center; width: 36px; min-height: 36px; padding: 0;
  border: 0; border-left: 1px solid var(--al-color-border-soft); border-radius: 0 999px 999px 0;
  background: transparent; color: var(--al-color-text-muted); font-size: 20px; line-height: 1;
}
.panel {
  width: min(360px, calc(100vw - 16px));
  max-height: var(--al-panel-max-height, min(560px, calc(100vh - 16px)));
  overflow: auto; overscroll-behavior: contain;
  padding: 14px 16px 12px;
  background: var(--al-color-surface); color: var(--al-color-text);
  border: 1px solid var(--al-color-border); border-radius: var(--al-radius);
  box-shadow: 0 2px 6px rgb(40 30 20 / 0.12), 0 12px 32px rgb(40 30 20 / 0.18);
  animation: rise var(--al-duration) ease-out;
}
.head { display: flex; align-items: center; justify-content: space-between; gap: 8px; margin-bottom: 6px; }
h2 { display: flex; align-items: center; gap: 8px; margin: 0; font-size: 17px; line-height: 1.3; font-weight: 700; }
/* The title takes focus so the panel is announced; it is not a control, so no ring. */
h2:focus, h2:focus-visible { outline: none; }
h3 { margin: 14px 0 6px; font-size: 13.5px; font-weight: 700; color: var(--al-color-text-muted); letter-spacing: 0.02em; }
p { margin: 0 0 8px; }
ul { margin: 0; padding: 0; list-style: none; display: grid; gap: 8px; }
.cues li { padding-left: 12px; border-left: 3px solid var(--al-color-border-soft); font-size: var(--al-font-size-small); }
.found { font-weight: 700; overflow-wrap: anywhere; }
.prompts li { padding: 10px 12px; border-radius: var(--al-radius-small); background: var(--al-color-surface-soft); }
.say { margin: 0 0 6px; }
.row { display: flex; align-items: center; justify-content: space-between; gap: 8px; flex-wrap: wrap; }
.source { font-size: 12.5px; color: var(--al-color-text-muted); }
.muted { color: var(--al-color-text-muted); font-size: var(--al-font-size-small); }
.help {
  margin: 4px 0 12px; padding: 10px 12px; border-radius: var(--al-radius-small);
  background: var(--al-color-help-bg); color: var(--al-color-help-text); font-size: var(--al-font-size-small);
}
.btn {
  display: inline-flex; align-items: center; justify-content: center;
  min-height: 40px; padding: 0 14px; border-radius: var(--al-radius-small);
  border: 2px solid var(--al-color-primary); background: var(--al-color-surface); color: var(--al-color-primary);
  font-size: var(--al-font-size-small); font-weight: 600;
}
.btn:hover { background: var(--al-color-primary-soft); }
.btn.small { min-height: 36px; padding: 0 12px; background: var(--al-color-primary); color: var(--al-color-on-primary); }
.btn.small:hover { background: var(--al-color-primary-hover); border-color: var(--al-color-primary-hover); }
.btn.quiet { border-color: transparent; background: transparent; text-decoration: underline; text-underline-offset: 0.15em; }
.btn.quiet:hover { background: var(--al-color-primary-soft); }
.icon {
  display: inline-grid; place-items: center; width: 36px; height: 36px; padding: 0; flex: none;
  border: 0; border-radius: 999px; background: transparent; color: var(--al-color-text-muted); font-size: 22px; line-height: 1;
}
.icon:hover { background: var(--al-color-primary-soft); }
/* Help lines: each a name, its hours and big tap targets that open the dialler. */
.line { padding: 10px 12px; border-radius: var(--al-radius-small); background: var(--al-color-surface-soft); }
.name { margin: 0 0 2px; font-weight: 700; }
.hours { margin: 0 0 6px; font-size: 12.5px; color: var(--al-color-text-muted); }
.calls { display: flex; flex-wrap: wrap; gap: 6px 8px; }
.call {
  display: inline-flex; align-items: center; min-height: 40px; padding: 0 14px;
  border-radius: var(--al-radius-small); background: var(--al-color-primary); color: var(--al-color-on-primary);
  font-size: var(--al-font-size-small); font-weight: 700; text-decoration: none;
}
.call:hover { background: var(--al-color-primary-hover); }
.btn.primary { background: var(--al-color-primary); color: var(--al-color-on-primary); }
.btn.primary:hover { background: var(--al-color-primary-hover); border-color: var(--al-color-primary-hover); }
.actions { display: flex; flex-wrap: wrap; gap: 4px 8px; margin-top: 14px; }
.fine { margin: 10px 0 0; font-size: 12.5px; color: var(--al-color-text-muted); }
@keyframes rise { from { opacity: 0; transform: translateY(4px); } to { opacity: 1; transform: none; } }
@media (prefers-reduced-motion: reduce) { .chip, .panel { animation: none; } }
`;

/** Tokens for the shadow root, then the chip's own rules. */
export const CHIP_CSS = `${tokens}\n${own}`;

/** The host element's inline style: `!important` inline declarations win over any page rule. */
export function hostStyle(position: 'fixed' | 'relative'): string {
  return `all: initial !important; display: block !important; position: ${position} !important; z-index: 2147483646 !important;`;
}
