/**
 * The in-page part, registered only on sites the person turned on (see site-access.ts).
 * Until a message field is focused it is one listener and nothing else: the chip's code
 * loads on that first focus (a dynamic import), and the page's DOM is left untouched until
 * there is something to say. The detector itself is not here: the background runs it
 * (background/read-message.ts). When Alongside is turned off or quiet here, the chip's
 * controller aborts this run's controller, which also removes the listener below.
 */
import { isMessageField } from './field.ts';
import type { ChipController } from './chip-controller.ts';

/** This run: its controller stops everything it started; the chip loads once per run. */
let run: { controller: AbortController; chip?: Promise<ChipController | null> } | undefined;

/** The element that really has focus, looking into open shadow roots (web-component editors). */
function focusTarget(event: Event): EventTarget | undefined {
  return event.composedPath()[0];
}

function handleFocus(current: NonNullable<typeof run>, target: EventTarget | null | undefined): void {
  if (!isMessageField(target)) return;
  current.chip ??= import('./chip-controller.ts').then((m) => m.startChip(current.controller)).catch(() => null);
  void current.chip.then((chip) => chip?.attach(target));
}

function start(): void {
  if (run && !run.controller.signal.aborted) return;
  const current: NonNullable<typeof run> = { controller: new AbortController() };
  run = current;
  document.addEventListener('focusin', (event) => handleFocus(current, focusTarget(event)), { capture: true, signal: current.controller.signal });
  // A field focused before this script ran (autofocus) counts too.
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  handleFocus(current, active);
}

start();

/**
 * Called by the build's loader each time the script is injected, also into a page where it
 * already ran (the module itself runs once per page): after Alongside was turned off here and
 * then on again from the popup, it starts anew without a reload.
 */
export function onExecute(): void {
  start();
}
