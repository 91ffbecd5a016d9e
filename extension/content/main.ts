/**
 * The in-page part, registered only on sites the person turned on (see site-access.ts).
 * Until a message field is focused it is one listener and nothing else: the detector and
 * the chip load on that first focus (a dynamic import), and the page's DOM is left
 * untouched until there is something to say.
 */
import { isMessageField } from './field.ts';
import type { ChipController } from './chip-controller.ts';

const controller = new AbortController();
let loading: Promise<ChipController | null> | undefined;

/** The element that really has focus, looking into open shadow roots (web-component editors). */
function focusTarget(event: Event): EventTarget | undefined {
  return event.composedPath()[0];
}

function handleFocus(target: EventTarget | null | undefined): void {
  if (!isMessageField(target)) return;
  loading ??= import('./chip-controller.ts').then((m) => m.startChip(controller)).catch(() => null);
  void loading.then((chip) => chip?.attach(target));
}

document.addEventListener('focusin', (event) => handleFocus(focusTarget(event)), { capture: true, signal: controller.signal });
// A field focused before this script ran (autofocus) counts too.
let active: Element | null = document.activeElement;
while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
handleFocus(active);
