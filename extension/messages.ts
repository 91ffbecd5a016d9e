/**
 * Every message between the extension's parts, with its request and response types, and
 * the one typed `send()`. The background service worker answers them
 * (`background/message-handlers.ts`), after checking who sent them and what they hold.
 *
 * What the person is typing in a web page goes to one place only: the background's cue
 * detector (`read-message`), inside the browser, read in memory and never stored or logged.
 * Only positions, the lexicon's own notes and, when the message calls for it, help lines
 * come back. Prompts are asked for by kind of cue.
 * The popup's 60-second prep in progress (`prep-draft-*`) is kept the same way: in the
 * background's memory only, for a few minutes, never written or logged.
 */
import type { CueKind, HelpNeed } from '../shared/domain/nudge/cue-detector.ts';
import type { FindingKind, GeneralFinding } from '../shared/domain/nudge/cue-finding.ts';
import type { QuickPrepDraft } from '../shared/domain/nudge/quick-prep-draft.ts';
import type { MessageLanguage } from '../shared/domain/nudge/message-language.ts';

/** One thing to say, as the in-page panel shows it. */
export interface ChipPrompt {
  /** A library or own prompt id, or `boundary:<id>`. */
  id: string;
  /** The words, ready to insert. */
  words: string;
  /** Where it comes from, so the panel can say "Your boundary" or "Your favourite". */
  source: 'boundary' | 'favourite' | 'own' | 'library';
  /** One line on when it fits. */
  note: string;
}

/**
 * The most of a message the in-page script sends to be read: around the caret when longer.
 * The detector reads at most 20,000 characters of it (MAX_ANALYSED_CHARS), a pasted thread
 * of a hundred pages is not what the person is about to say.
 */
export const MAX_MESSAGE_CHARS = 50_000;

/** One thing the detector found: where it is, and the lexicon's note on it. No words of the message. */
export interface FoundCue {
  kind: CueKind;
  /** Offsets into the text that was sent. */
  start: number;
  end: number;
  explanation: string;
  /** The cue touches suicide, self-harm or overdose: the panel shows where to get help. */
  safety?: true;
}

/** A tap target: a `tel:` or `sms:` link that opens the dialler or the messages app. */
export interface ChipContact {
  /** As people read it: "Call or text 988". */
  label: string;
  href: string;
}

/** A help line as the chip shows it: help data only, never the person's words. */
export interface ChipHelpLine {
  name: string;
  /** When it is open: "Free and open all day, every day." */
  hours: string;
  contacts: ChipContact[];
}

/**
 * The help a message calls for (crisis or safety), with the lines for the person's country
 * (their chosen country, else their browser's region). No lines when the country is not one
 * we list, or has none of this kind yet: the panel then names the emergency number, or the
 * local one, and the help page.
 */
export interface ChipHelp {
  need: HelpNeed;
  /** "the United States", when the country is known. */
  inCountry: string | null;
  /** The emergency number as a tap target ("Call 911"), when the country is known. */
  emergency: ChipContact | null;
  lines: ChipHelpLine[];
}

/** What the in-page script needs to know about its own site. */
export interface SiteState {
  /** False when the site is quiet today, turned off, or nudges are off: the script stays idle. */
  active: boolean;
}

/**
 * What reading a message gives back. `stop`: Alongside is no longer on for this site (turned
 * off, quiet today, or nudges off), so the text was not read and the in-page script stops.
 */
export type MessageReading =
  | { stop: true }
  | {
      stop: false;
      nudge: boolean;
      help: ChipHelp | null;
      cues: FoundCue[];
      /** What the offered prompts should fit (see cue-finding.ts). */
      kinds: FindingKind[];
      /** The model's finding where no rule names words: the chip says it in general terms. */
      general: GeneralFinding;
      /** The language the message seemed to be in (null when not read); the in-page script ignores it. */
      language: MessageLanguage | null;
      /**
       * False when the wording was not read because the message is in Spanish or another
       * language (only help was looked for): no nudge then, unless it earns help. Ignored by the panel.
       */
      styleRead: boolean;
    };

/**
 * Extension pages and the background → the in-page scripts of open tabs: a site was turned
 * off or quiet, or nudges changed; ask `site-state` again. It says nothing of which site.
 */
export const SITES_CHANGED = 'alongside-sites-changed';

/** Each message's request (`payload`) and response. */
export interface MessageMap {
  /** In-page script → background: prompts that fit these kinds of cue (never the text). */
  'prompts-for-cues': { request: { kinds: FindingKind[] }; response: { prompts: ChipPrompt[] } };
  /**
   * In-page script → background: read this message for cues (in memory only; never stored or
   * logged), if Alongside is still on for the sender's site, as readily as the stored setting says.
   */
  'read-message': { request: { text: string; caret: number | null }; response: MessageReading };
  /** In-page script → background: is Alongside on here? The site is the sender's. */
  'site-state': { request: Record<string, never>; response: SiteState };
  /** In-page script → background: open the extension's help page, for crisis or for safety, in a new tab. */
  'open-help': { request: { for: HelpNeed }; response: { ok: true } };
  /** In-page script → background: quiet on the sender's site until tomorrow, or never again here. */
  'site-quiet': { request: { mode: 'today' | 'never' }; response: { ok: true } };
  /** Extension page → background: a plan was saved or deleted; re-plan its reminders. */
  'plans-changed': { request: Record<string, never>; response: { reminders: number } };
  /** Options page → background: reminder settings changed; re-plan the reminders. */
  'settings-changed': { request: Record<string, never>; response: { reminders: number } };
  /** Popup → background: keep the prep in progress, in memory only, for a few minutes (background/prep-draft.ts). */
  'prep-draft-save': { request: { draft: QuickPrepDraft }; response: { ok: true } };
  /** Popup → background: the prep in progress, if one is still kept. */
  'prep-draft-get': { request: Record<string, never>; response: { draft: QuickPrepDraft | null } };
  /** Popup → background: let the prep go (Done, Start again). */
  'prep-draft-clear': { request: Record<string, never>; response: { ok: true } };
  /**
   * Firefox's course bridge → background: one of the course's link messages (checked as
   * Chrome's are: the sender's origin must be the course's), answered as Chrome answers it.
   */
  'course-link': { request: { message: unknown }; response: Reply<unknown> };
}

/** The name of a message. */
export type MessageType = keyof MessageMap;
/** What a message carries. */
export type RequestOf<K extends MessageType> = MessageMap[K]['request'];
/** What the background answers. */
export type ResponseOf<K extends MessageType> = MessageMap[K]['response'];

/** A message as it travels. */
export interface Envelope<K extends MessageType = MessageType> {
  type: K;
  payload: RequestOf<K>;
}

/** The background's answer: a value, or a reason it could not give one. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * Sends a message to the background and returns its answer; throws when it refused or
 * could not be reached (for example after the extension was updated under an open page).
 * The only caller of `chrome.runtime.sendMessage` in the extension.
 */
export async function send<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  const envelope: Envelope<K> = { type, payload };
  // The answer comes from this extension's own background, which checked the request and
  // answers with `MessageMap`'s shapes; nothing from a web page reaches here.
  const reply = (await chrome.runtime.sendMessage(envelope)) as Reply<ResponseOf<K>> | undefined;
  if (!reply) throw new Error(`No answer to ${type}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
