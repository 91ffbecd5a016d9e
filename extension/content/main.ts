/**
 * The in-page part, registered only on sites the person turned on (see site-access.ts),
 * built as one classic script (see vite.config.ts). Until a message field is focused it is
 * one listener and nothing else: the chip starts on that first focus, and the page's DOM is
 * left untouched until there is something to say. The detector itself is not here: the
 * background runs it (background/read-message.ts). When Alongside is turned off or quiet
 * here, the chip's controller aborts this run's controller, which also removes the listener below.
 */
import { isMessageField } from './field.ts';
import { startChip, type ChipController } from './chip-controller.ts';
import { deepActiveElement } from '../../shared/ui/base/deep-active.ts';

/** This run: its controller stops everything it started; the chip starts once per run. */
interface Run {
  controller: AbortController;
  chip?: Promise<ChipController | null>;
}

/**
 * What stays of this script between injections into the same page. It lives on the
 * globalThis of the extension's isolated world, which the page's own scripts never see.
 */
interface InPage {
  start(): void;
}

/** The isolated world's global, under a name only this script uses. */
const world = globalThis as typeof globalThis & { alongsideInPage?: InPage };

/** The element that really has focus, looking into open shadow roots (web-component editors). */
function focusTarget(event: Event): EventTarget | undefined {
  return event.composedPath()[0];
}

function handleFocus(current: Run, target: EventTarget | null | undefined): void {
  if (!isMessageField(target)) return;
  current.chip ??= startChip(current.controller).catch(() => null);
  void current.chip.then((chip) => chip?.attach(target));
}

function createInPage(): InPage {
  let run: Run | undefined;
  return {
    start(): void {
      if (run && !run.controller.signal.aborted) return;
      const current: Run = { controller: new AbortController() };
      run = current;
      document.addEventListener('focusin', (event) => handleFocus(current, focusTarget(event)), { capture: true, signal: current.controller.signal });
      // A field focused before this script ran (autofocus) counts too.
      handleFocus(current, deepActiveElement());
    },
  };
}

// The browser runs this whole file again at each injection into a page where it already ran
// (after Alongside was turned off here and then on again from the popup): the first copy
// starts anew, or carries on if it never stopped, without a reload and never twice.
world.alongsideInPage ??= createInPage();
world.alongsideInPage.start();
