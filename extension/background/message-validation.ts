/**
 * Checks every message before the background answers it: who sent it (this extension,
 * from the right kind of place) and what it holds (valibot schemas). Pure: no chrome
 * calls, so it is tested in node.
 */
import * as v from 'valibot';
import type { CueKind, HelpNeed } from '../../shared/domain/nudge/cue-detector.ts';
import { FINDING_KINDS } from '../../shared/domain/nudge/cue-finding.ts';
import { MAX_PREP_CHOICE_CHARS, MAX_PREP_TEXT_CHARS, QUICK_PREP_STEPS, type QuickPrepDraft } from '../../shared/domain/nudge/quick-prep-draft.ts';
import { MAX_MESSAGE_CHARS, type MessageType, type RequestOf } from '../messages.ts';

/** Every kind of cue the detector reports; the type check keeps it in step with `CueKind`. */
export const CUE_KINDS = ['absolute', 'blame', 'ultimatum', 'label', 'topic', 'shouting', 'distress'] as const satisfies readonly CueKind[];
type MissingKind = Exclude<CueKind, (typeof CUE_KINDS)[number]>;
// A compile error here means a cue kind was added without adding it above.
const noMissingKind: MissingKind extends never ? true : false = true;
void noMissingKind;

/** Every kind of help the detector finds; the type check keeps it in step with `HelpNeed`. */
const HELP_NEEDS = ['crisis', 'safety'] as const satisfies readonly HelpNeed[];
const noMissingNeed: Exclude<HelpNeed, (typeof HELP_NEEDS)[number]> extends never ? true : false = true;
void noMissingNeed;

const empty = v.strictObject({});

const prepChoice = v.pipe(v.string(), v.maxLength(MAX_PREP_CHOICE_CHARS));
const prepText = v.pipe(v.string(), v.maxLength(MAX_PREP_TEXT_CHARS));
/** A 60-second prep in progress: exactly its fields, each bounded. */
const prepDraft: v.GenericSchema<unknown, QuickPrepDraft> = v.strictObject({
  step: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(QUICK_PREP_STEPS)),
  choice: v.strictObject({ goal: prepChoice, opening: prepChoice, exit: prepChoice }),
  ownText: v.strictObject({ goal: prepText, opening: prepText, exit: prepText }),
  final: v.strictObject({ opening: prepText, exit: prepText }),
});

/** Messages that carry the person's words: a refusal says nothing of what they held. */
const CARRIES_WORDS: ReadonlySet<MessageType> = new Set(['read-message', 'prep-draft-save']);

/** The schema of each message's payload. */
const SCHEMAS: { [K in MessageType]: v.GenericSchema<unknown, RequestOf<K>> } = {
  'prompts-for-cues': v.strictObject({ kinds: v.pipe(v.array(v.picklist(FINDING_KINDS)), v.minLength(1), v.maxLength(FINDING_KINDS.length * 4)) }),
  'read-message': v.strictObject({
    text: v.pipe(v.string(), v.maxLength(MAX_MESSAGE_CHARS)),
    caret: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_MESSAGE_CHARS))),
  }),
  'site-state': empty as v.GenericSchema<unknown, Record<string, never>>,
  'site-quiet': v.strictObject({ mode: v.picklist(['today', 'never']) }),
  'open-help': v.strictObject({ for: v.picklist(HELP_NEEDS) }),
  'plans-changed': empty as v.GenericSchema<unknown, Record<string, never>>,
  'settings-changed': empty as v.GenericSchema<unknown, Record<string, never>>,
  'prep-draft-save': v.strictObject({ draft: prepDraft }),
  'prep-draft-get': empty as v.GenericSchema<unknown, Record<string, never>>,
  'prep-draft-clear': empty as v.GenericSchema<unknown, Record<string, never>>,
  // The link message inside is checked by checkLinkMessage, with the sender's origin.
  'course-link': v.strictObject({ message: v.unknown() }) as v.GenericSchema<unknown, { message: unknown }>,
};

/** Where a message may come from: a web page's in-page script, or one of the extension's own pages. */
const FROM: Record<MessageType, 'page-script' | 'extension-page'> = {
  'prompts-for-cues': 'page-script',
  'read-message': 'page-script',
  'site-state': 'page-script',
  'site-quiet': 'page-script',
  'open-help': 'page-script',
  'plans-changed': 'extension-page',
  'settings-changed': 'extension-page',
  // The prep is the popup's; a web page never sees it, nor can ask for it.
  'prep-draft-save': 'extension-page',
  'prep-draft-get': 'extension-page',
  'prep-draft-clear': 'extension-page',
  // Firefox's bridge runs as an in-page script, on the course's origin only.
  'course-link': 'page-script',
};

/** The parts of `chrome.runtime.MessageSender` the checks read. */
export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** A message that passed every check, with the web origin it came from (for page scripts). */
export interface Checked<K extends MessageType = MessageType> {
  ok: true;
  type: K;
  payload: RequestOf<K>;
  origin: string | undefined;
}

/** Why a message was refused, in a line for the console (never shown to people). */
export interface Refused {
  ok: false;
  error: string;
}

/** The web origin an in-page script runs in, from what Chrome says about the sender (never from the payload). */
function pageOrigin(sender: SenderLike): string | undefined {
  const raw = sender.origin ?? sender.url;
  if (!raw) return undefined;
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Checks a message and its sender.
 * @param message what arrived
 * @param sender who sent it, as Chrome reports it
 * @param extensionId `chrome.runtime.id`
 * @param extensionBase where the extension's own pages live, `chrome.runtime.getURL('')`
 *   (`chrome-extension://<id>/`; in Firefox `moz-extension://<uuid>/`, which is not the id)
 */
export function checkMessage(message: unknown, sender: SenderLike, extensionId: string, extensionBase = `chrome-extension://${extensionId}/`): Checked | Refused {
  if (!sender || sender.id !== extensionId) return { ok: false, error: 'not from this extension' };
  if (typeof message !== 'object' || message === null) return { ok: false, error: 'not a message' };
  const payload = 'payload' in message ? message.payload : undefined;
  const kind = 'type' in message ? message.type : undefined;
  if (!isMessageType(kind)) return { ok: false, error: 'unknown message type' };

  let origin: string | undefined;
  if (FROM[kind] === 'page-script') {
    // Only the top frame of a tab: the chip is never injected into frames.
    if (sender.tab === undefined || (sender.frameId !== undefined && sender.frameId !== 0)) return { ok: false, error: `${kind} must come from a page` };
    origin = pageOrigin(sender);
    if (!origin) return { ok: false, error: `${kind} must come from a web page` };
  } else {
    if (!sender.url?.startsWith(extensionBase)) return { ok: false, error: `${kind} must come from an extension page` };
  }

  const parsed = v.safeParse(SCHEMAS[kind], payload);
  // The reason goes to the console: for the person's words, say nothing of what they held.
  if (!parsed.success) return { ok: false, error: CARRIES_WORDS.has(kind) ? `bad ${kind}` : `bad ${kind}: ${parsed.issues[0]?.message ?? 'invalid'}` };
  return { ok: true, type: kind, payload: parsed.output, origin };
}

function isMessageType(type: unknown): type is MessageType {
  return typeof type === 'string' && Object.hasOwn(SCHEMAS, type);
}
