/**
 * Tells the background when a plan is saved or deleted on an extension page, so its
 * reminder is set, moved or cleared at once. It listens for the toolkit's own events
 * (`al-plan-saved`, `al-plan-done`), which bubble out of every component to the document.
 */
import { AlPlanDoneEvent, AlPlanSavedEvent } from '../shared/ui/toolkit/toolkit-events.ts';
import { send } from './messages.ts';

/** Starts listening on `target` (the document by default) until `signal` aborts. */
export function syncPlansWithBackground(target: EventTarget = document, signal?: AbortSignal): void {
  const tell = (): void => void send('plans-changed', {}).catch(() => undefined);
  target.addEventListener(AlPlanSavedEvent.type, tell, { signal });
  target.addEventListener(AlPlanDoneEvent.type, (event) => (event as AlPlanDoneEvent).detail.reason === 'deleted' && tell(), { signal });
}
