/**
 * The background's answers, one handler per message type (the names are the types).
 * Each reads what it needs from the extension's database through the shared repositories:
 * nothing is kept in memory, because Chrome stops the service worker when idle. The one
 * exception is the popup's prep in progress (prep-draft.ts), kept in memory on purpose.
 */
import { guessCountry } from '../../shared/content/crisis/emergency-numbers.ts';
import { PROMPTS_EN } from '../../shared/content/prompts/prompts-en.ts';
import { boundariesRepo } from '../../shared/data/toolkit/boundaries-repo.ts';
import { settingsRepo } from '../../shared/data/settings-repo.ts';
import { favouritesRepo, ownPromptsRepo } from '../../shared/data/toolkit/toolkit-repos.ts';
import type { Sensitivity } from '../../shared/domain/nudge/cue-detector.ts';
import type { MessageType, Reply, RequestOf, ResponseOf } from '../messages.ts';
import { disableSite, listEnabledSites } from '../site-access.ts';
import { siteKey } from '../site-origin.ts';
import { tellOpenTabs } from '../tell-open-tabs.ts';
import { chipHelp } from './help-for-chip.ts';
import { checkMessage } from './message-validation.ts';
import { pickPrompts } from './pick-prompts.ts';
import { forgetPrepDraft, keepPrepDraft, prepDraft } from './prep-draft.ts';
import { readMessage, warmUpDetector } from './read-message.ts';
import { endOfLocalDay } from './reminder-schedule.ts';
import { syncReminders } from './reminders.ts';
import { helpPagePath } from '../help/help-url.ts';
import { answerCourseBridge } from './link-handlers.ts';

/** What a handler knows about who asked, for in-page scripts: the web origin, and the site as Alongside keys it (site-origin.ts). */
interface Context {
  origin: string | undefined;
  site: string | undefined;
}

type Handlers = { [K in MessageType]: (payload: RequestOf<K>, context: Context) => Promise<ResponseOf<K>> };

/** Quiet-site entries that have not ended yet. */
async function currentQuietSites(now: number): Promise<Record<string, number>> {
  const all = await settingsRepo.get('quietSites', {});
  return Object.fromEntries(Object.entries(all).filter(([, until]) => until > now));
}

/**
 * Whether Alongside is on for a site right now, and how readily it nudges there, from what
 * the extension keeps: the sites turned on, quiet-today, and the nudge setting. Never from
 * what the page says.
 */
async function siteNow(site: string | undefined): Promise<{ active: boolean; sensitivity: Sensitivity }> {
  const now = Date.now();
  const [sites, quiet, sensitivity] = await Promise.all([listEnabledSites(), currentQuietSites(now), settingsRepo.get('nudgeSensitivity', 'standard')]);
  const on = site !== undefined && sites.includes(site);
  return { active: on && !(site in quiet) && sensitivity !== 'off', sensitivity };
}

/** The person's country, for help lines: the one chosen in Alongside, else the browser's region. */
async function helpCountry(): Promise<string | undefined> {
  const saved = await settingsRepo.get('country', '');
  return guessCountry(saved || undefined, globalThis.navigator?.languages ?? []);
}

const handlers: Handlers = {
  'prompts-for-cues': async ({ kinds }) => {
    const [boundaries, favourites, own, profile] = await Promise.all([
      // The background never holds the lock's key: sealed words are left out, library prompts stay.
      boundariesRepo.listReadable(),
      favouritesRepo.ids(),
      ownPromptsRepo.listReadable(),
      // Sealed while the lock is on: then prompts are picked without the situation.
      settingsRepo.get('profile', null).catch(() => null),
    ]);
    // The chip's library prompts stay English in every interface language: the chip only
    // speaks up on English text (it is silent on Spanish: shared/domain/nudge/message-language.ts), so its
    // suggestions match the message being written, not the interface.
    return { prompts: pickPrompts(kinds, { boundaries, favourites, own, library: PROMPTS_EN, situation: profile?.situation }) };
  },

  'read-message': async ({ text, caret }, { site }) => {
    // Checked before every read, not only when the page loaded: a tab opened before the
    // person turned this site off or quiet still runs the script. Then the text is not read.
    const here = await siteNow(site);
    if (!here.active) return { stop: true };
    const { nudge, help, cues, kinds, general, language, styleRead } = readMessage(text, caret, here.sensitivity);
    return { stop: false, nudge, help: help ? chipHelp(help, await helpCountry()) : null, cues, kinds, general, language, styleRead };
  },

  'open-help': async ({ for: need }) => {
    // An extension page opened by the background: no site permission and nothing web-accessible needed.
    await chrome.tabs.create({ url: chrome.runtime.getURL(helpPagePath(need)) });
    return { ok: true };
  },

  'site-state': async (_payload, { site }) => {
    const { active } = await siteNow(site);
    // A message field was just focused there: have the detector ready for the first pause.
    if (active) warmUpDetector();
    return { active };
  },

  'site-quiet': async ({ mode }, { site }) => {
    if (!site) throw new Error('no site');
    const now = Date.now();
    const quiet = await currentQuietSites(now);
    if (mode === 'today') quiet[site] = endOfLocalDay(now);
    else delete quiet[site];
    await settingsRepo.set('quietSites', quiet);
    // Other tabs on this site stop too ("never" tells them through disableSite).
    if (mode === 'never') await disableSite(site);
    else await tellOpenTabs();
    return { ok: true };
  },

  'plans-changed': async () => ({ reminders: await syncReminders() }),
  'settings-changed': async () => ({ reminders: await syncReminders() }),

  'prep-draft-save': async ({ draft }) => {
    keepPrepDraft(draft);
    return { ok: true };
  },
  'prep-draft-get': async () => ({ draft: prepDraft() }),
  'prep-draft-clear': async () => {
    forgetPrepDraft();
    return { ok: true };
  },

  'course-link': ({ message }, { origin }) => answerCourseBridge(message, origin),
};

/**
 * The `chrome.runtime.onMessage` listener: checks sender and payload, then answers
 * asynchronously through `sendResponse` (returns true to keep the channel open).
 */
export function handleMessage(message: unknown, sender: chrome.runtime.MessageSender, sendResponse: (reply: Reply<unknown>) => void): boolean {
  const checked = checkMessage(message, sender, chrome.runtime.id, chrome.runtime.getURL(''));
  if (!checked.ok) {
    console.warn('Alongside refused a message:', checked.error);
    sendResponse({ ok: false, error: 'refused' });
    return false;
  }
  const handler = handlers[checked.type] as (payload: unknown, context: Context) => Promise<unknown>;
  handler(checked.payload, { origin: checked.origin, site: checked.origin === undefined ? undefined : siteKey(checked.origin) }).then(
    (value) => sendResponse({ ok: true, value }),
    (error: unknown) => {
      console.warn(`Alongside could not answer ${checked.type}:`, error);
      sendResponse({ ok: false, error: 'failed' });
    },
  );
  return true;
}
