/**
 * The one element Alongside adds to a page: a host with a closed shadow root (the page
 * can't read into it, and its styles can't reach in), placed beside the focused field.
 * It is added when there is something to say and removed when there isn't.
 */
import { CHIP_CSS, hostStyle } from './chip-styles.ts';
import { deepActiveElement } from '../../shared/ui/base/deep-active.ts';

/** The host's tag: a valid custom-element name, never defined, so it is a plain element. */
const TAG = 'alongside-chip';
const GAP = 6;
const EDGE = 8;
/** Below this, the panel is too cramped beside the field; it may cover it instead. */
const MIN_PANEL_HEIGHT = 260;
/** Tall enough for the whole panel on most screens; longer content scrolls inside it. */
const MAX_PANEL_HEIGHT = 560;

/** The chip's host element, its closed shadow root and its place on the page. */
export class ChipHost {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private field: HTMLElement | null = null;
  /** The field the host was inserted beside. */
  private placedBy: HTMLElement | null = null;
  private kind: 'chip' | 'panel' = 'chip';
  private frame = 0;
  private focusTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly signal: AbortSignal,
    private readonly onFocusElsewhere: () => void,
  ) {
    const place = () => this.schedulePlace();
    window.addEventListener('scroll', place, { capture: true, passive: true, signal });
    window.addEventListener('resize', place, { passive: true, signal });
    document.addEventListener('focusin', () => this.checkFocusSoon(), { capture: true, signal });
  }

  /** The shadow root to render into, beside `field`; created on first use. */
  mount(field: HTMLElement): ShadowRoot {
    this.field = field;
    if (!this.host || !this.root) {
      const host = document.createElement(TAG);
      host.style.cssText = hostStyle('fixed');
      const root = host.attachShadow({ mode: 'closed' });
      try {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(CHIP_CSS);
        root.adoptedStyleSheets = [sheet];
      } catch {
        const style = document.createElement('style');
        style.textContent = CHIP_CSS;
        root.append(style);
      }
      host.addEventListener('focusout', () => this.checkFocusSoon(), { signal: this.signal });
      this.host = host;
      this.root = root;
    }
    if (!this.host.isConnected || this.placedBy !== field) {
      this.insert(field, this.host);
      this.placedBy = field;
    }
    return this.root;
  }

  /**
   * Right after the field in the DOM, so Tab goes from the field to the chip; at the end
   * of the body when the field's parent is itself editable (an editor's own tree).
   */
  private insert(field: HTMLElement, host: HTMLElement): void {
    const parent = field.parentElement;
    if (parent && !parent.isContentEditable) field.after(host);
    else document.body.append(host);
  }

  /** Takes the chip off the page (the host element goes too). */
  unmount(): void {
    cancelAnimationFrame(this.frame);
    this.host?.remove();
    this.placedBy = null;
  }

  /** Removes everything for good. */
  destroy(): void {
    this.unmount();
    clearTimeout(this.focusTimer);
    this.host = null;
    this.root = null;
    this.field = null;
  }

  /** Moves focus to an element in the shadow root. */
  focus(selector: string): void {
    this.root?.querySelector<HTMLElement>(selector)?.focus();
  }

  /** After focus settles: if it is neither in the field nor in the chip, tell the controller. */
  checkFocusSoon(): void {
    clearTimeout(this.focusTimer);
    this.focusTimer = setTimeout(() => {
      const field = this.field;
      if (!this.host?.isConnected || !field) return;
      const active = deepActiveElement(document);
      if (active !== field && active !== this.host && !field.contains(active)) this.onFocusElsewhere();
    }, 120);
  }

  private schedulePlace(): void {
    if (!this.host?.isConnected) return;
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.place());
  }

  /**
   * Places the chip below the field's right edge (inside the field's corner when there is
   * no room below). The panel goes beside the field when it fits, else below or above it,
   * with its height capped to the room there, so the message stays in view; it covers
   * the field only when the window is too small for anything else.
   */
  place(kind: 'chip' | 'panel' = this.kind): void {
    this.kind = kind;
    const host = this.host;
    const field = this.field;
    if (!host?.isConnected || !field) return;
    const rect = field.getBoundingClientRect();
    const vw = document.documentElement.clientWidth || window.innerWidth;
    const vh = window.innerHeight;
    const offscreen = rect.bottom < 0 || rect.top > vh || rect.width === 0;
    host.style.setProperty('display', offscreen ? 'none' : 'block', 'important');
    if (offscreen) return;
    host.style.removeProperty('--al-panel-max-height');
    // Measure at the top-left first, then move: the size depends on the content.
    this.moveTo(0, 0);
    const size = host.getBoundingClientRect();
    const clampLeft = (x: number) => Math.max(EDGE, Math.min(x, vw - size.width - EDGE));
    const clampTop = (y: number) => Math.max(EDGE, Math.min(y, vh - size.height - EDGE));
    const below = vh - rect.bottom - GAP - EDGE;
    const above = rect.top - GAP - EDGE;
    const enough = Math.min(size.height, MIN_PANEL_HEIGHT);
    let left: number;
    let top: number;
    if (kind === 'chip') {
      left = clampLeft(rect.right - size.width);
      top = below >= size.height ? rect.bottom + GAP : clampTop(rect.bottom - size.height - GAP);
    } else if (vw - rect.right - GAP - EDGE >= size.width) {
      left = rect.right + GAP;
      top = clampTop(rect.top);
    } else if (below >= enough) {
      left = clampLeft(rect.right - size.width);
      top = rect.bottom + GAP;
      this.capHeight(below);
    } else if (above >= enough) {
      left = clampLeft(rect.right - size.width);
      const height = Math.min(size.height, above);
      top = rect.top - GAP - height;
      this.capHeight(above);
    } else {
      left = clampLeft(rect.right - size.width);
      top = clampTop(rect.bottom - size.height);
    }
    this.moveTo(left, top);
    // A transformed ancestor makes "fixed" relative to itself: correct by what we see.
    const now = host.getBoundingClientRect();
    if (Math.abs(now.left - left) > 1 || Math.abs(now.top - top) > 1) this.moveTo(2 * left - now.left, 2 * top - now.top);
  }

  private capHeight(px: number): void {
    this.host!.style.setProperty('--al-panel-max-height', `${Math.floor(Math.min(px, MAX_PANEL_HEIGHT))}px`);
  }

  private moveTo(left: number, top: number): void {
    const style = this.host!.style;
    style.setProperty('left', `${Math.round(left)}px`, 'important');
    style.setProperty('top', `${Math.round(top)}px`, 'important');
    style.setProperty('right', 'auto', 'important');
    style.setProperty('bottom', 'auto', 'important');
  }
}
