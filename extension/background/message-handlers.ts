/**
 * The background's answers, one handler per message type (the names are the types).
 * Each reads what it needs from the extension's database through the shared repositories:
 * nothing is kept in memory, because Chrome stops the service worker when idle.
 */
import { PROMPTS_EN } from '../../shared/content/prompts/prompts-en.ts';
import { boundariesRepo } from '../../shared/data/boundaries-repo.ts';
import { settingsRepo } from '../../shared/data/settings-repo.ts';
import { favouritesRepo, ownPromptsRepo } from '../../shared/data/toolkit-repos.ts';
import type { MessageType, Reply, RequestOf, ResponseOf } from '../messages.ts';
import { disableSite, listEnabledSites } from '../site-access.ts';
import { checkMessage } from './message-validation.ts';
import { pickPrompts } from './pick-prompts.ts';
import { readMessage, warmUpDetector } from './read-message.ts';
import { endOfLocalDay } from './reminder-schedule.ts';
import { syncReminders } from './reminders.ts';

/** What a handler knows about who asked: the web origin, for in-page scripts. */
interface Context {
  origin: string | undefined;
}

type Handlers = { [K in MessageType]: (payload: RequestOf<K>, context: Context) => Promise<ResponseOf<K>> };

/** Quiet-site entries that have not ended yet. */
async function currentQuietSites(now: number): Promise<Record<string, number>> {
  const all = await settingsRepo.get('quietSites', {});
  return Object.fromEntries(Object.entries(all).filter(([, until]) => until > now));
}

const handlers: Handlers = {
  'prompts-for-cues': async ({ kinds }) => {
    const [boundaries, favourites, own, profile] = await Promise.all([
      // The background never holds the lock's key: sealed words are left out, library prompts stay.
      boundariesRepo.listReadable(),
      favouritesRepo.ids(),
      ownPromptsRepo.listReadable(),
      settingsRepo.get('profile', null),
    ]);
    return { prompts: pickPrompts(kinds, { boundaries, favourites, own, library: PROMPTS_EN, situation: profile?.situation }) };
  },

  'read-message': async ({ text, caret, sensitivity }) => readMessage(text, caret, sensitivity),

  'site-state': async (_payload, { origin }) => {
    const now = Date.now();
    const [sites, quiet, sensitivity] = await Promise.all([listEnabledSites(), currentQuietSites(now), settingsRepo.get('nudgeSensitivity', 'standard')]);
    const on = origin !== undefined && sites.includes(origin);
    const active = on && !(origin in quiet) && sensitivity !== 'off';
    // A message field was just focused there: have the detector ready for the first pause.
    if (active) warmUpDetector();
    return { active, sensitivity };
  },

  'site-quiet': async ({ mode }, { origin }) => {
    if (!origin) throw new Error('no site');
    const now = Date.now();
    const quiet = await currentQuietSites(now);
    if (mode === 'today') quiet[origin] = endOfLocalDay(now);
    else delete quiet[origin];
    await settingsRepo.set('quietSites', quiet);
    if (mode === 'never') await disableSite(origin);
    return { ok: true };
  },

  'plans-changed': async () => ({ reminders: await syncReminders() }),
  'settings-changed': async () => ({ reminders: await syncReminders() }),
};

/**
 * The `chrome.runtime.onMessage` listener: checks sender and payload, then answers
 * asynchronously through `sendResponse` (returns true to keep the channel open).
 */
export function handleMessage(message: unknown, sender: chrome.runtime.MessageSender, sendResponse: (reply: Reply<unknown>) => void): boolean {
  const checked = checkMessage(message, sender, chrome.runtime.id);
  if (!checked.ok) {
    console.warn('Alongside refused a message:', checked.error);
    sendResponse({ ok: false, error: 'refused' });
    return false;
  }
  const handler = handlers[checked.type] as (payload: unknown, context: Context) => Promise<unknown>;
  handler(checked.payload, { origin: checked.origin }).then(
    (value) => sendResponse({ ok: true, value }),
    (error: unknown) => {
      console.warn(`Alongside could not answer ${checked.type}:`, error);
      sendResponse({ ok: false, error: 'failed' });
    },
  );
  return true;
}
