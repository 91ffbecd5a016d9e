/**
 * The course's side of "Linked with the course": talks to the Alongside extension when it is
 * installed in this browser. Chrome gives the page `chrome.runtime.sendMessage` only when an
 * extension lists this origin in `externally_connectable`; Firefox has no such thing, and
 * there the extension's bridge script, registered on this origin once the person links from
 * the extension, passes messages on (shared/domain/link/link-bridge.ts). Nothing goes over
 * the network either way.
 */
import { StorageError } from '../../shared/data/errors.ts';
import { syncRound } from '../../shared/data/link/link-seal.ts';
import { onLockChange, onLockRekeyed } from '../../shared/data/trust/lock.ts';
import { onRecordChanged } from '../../shared/data/record-store.ts';
import { settingsRepo } from '../../shared/data/settings-repo.ts';
import type { LinkMessageMap, LinkMessageType } from '../../shared/domain/link/link-protocol.ts';
import { nothingLeft } from '../../shared/domain/link/link-protocol.ts';
import { BRIDGE_ATTRIBUTE, BRIDGE_MARK, type BridgeRequest } from '../../shared/domain/link/link-bridge.ts';
import { SYNCED_STORES } from '../../shared/domain/link/toolkit-sync.ts';

/** The extension's id (fixed by its key; set at build time in vite.config.ts). */
export const EXTENSION_ID: string = import.meta.env.VITE_EXTENSION_ID ?? '';

type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
interface ChromeLike {
  runtime?: { sendMessage?: (id: string, message: unknown) => Promise<unknown> };
}

/** How long the course waits for the Firefox bridge to answer one message before it counts the extension as gone. */
const BRIDGE_TIMEOUT_MS = 15_000;

/** Firefox: one message through the extension's bridge, answered on a port of our own; undefined when there is no bridge. */
function sendThroughBridge(message: unknown): Promise<unknown> | undefined {
  if (typeof document === 'undefined' || !document.documentElement.hasAttribute(BRIDGE_ATTRIBUTE)) return undefined;
  const channel = new MessageChannel();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      channel.port1.close();
      resolve(undefined);
    }, BRIDGE_TIMEOUT_MS);
    channel.port1.onmessage = (event: MessageEvent<unknown>) => {
      clearTimeout(timer);
      channel.port1.close();
      resolve(event.data);
    };
    const request: BridgeRequest = { mark: BRIDGE_MARK, message };
    // To this window only: the bridge listens here, and checks the message came from here.
    window.postMessage(request, location.origin, [channel.port2]);
  });
}

/** Sends one link message to the extension; undefined when it is not there (or refused). */
async function sendToExtension<K extends LinkMessageType>(type: K, payload: LinkMessageMap[K]['request']): Promise<LinkMessageMap[K]['response'] | undefined> {
  const runtime = (globalThis as { chrome?: ChromeLike }).chrome?.runtime;
  try {
    // Only Alongside can answer (the extension with this fixed id in Chrome, its bridge in
    // Firefox), and it answers with the shapes of `LinkMessageMap`; the one answer that carries
    // the person's data (a sync's snapshot) is checked against `snapshotSchema` before
    // anything of it is used (`syncRound`).
    const bridged = sendThroughBridge({ type, payload });
    const reply = (await (bridged ??
      (EXTENSION_ID && typeof runtime?.sendMessage === 'function' ? runtime.sendMessage(EXTENSION_ID, { type, payload }) : undefined))) as
      | Reply<LinkMessageMap[K]['response']>
      | undefined;
    return reply?.ok ? reply.value : undefined;
  } catch {
    return undefined; // not installed, or not allowing this origin
  }
}

/** What the settings card shows; `pending` waits for the person to say yes in the extension. */
export type LinkState = 'absent' | 'unlinked' | 'pending' | 'linked';

/**
 * Is the extension here, and are we linked? An unlink in the extension unlinks here too,
 * and a yes said in the extension links here (only this origin can be linked, and the
 * person confirmed it there).
 */
export async function linkState(): Promise<LinkState> {
  const hello = await sendToExtension('link-hello', {});
  if (!hello) return 'absent';
  const here = await settingsRepo.get('linkedAt', null);
  if (hello.linked) {
    if (here === null) {
      await settingsRepo.set('linkedAt', Date.now());
      void syncWithExtension();
    }
    return 'linked';
  }
  if (here !== null) await settingsRepo.set('linkedAt', null);
  return hello.pending ? 'pending' : 'unlinked';
}

/**
 * The person chose Link: the extension asks them to confirm in a window of its own
 * (`pending`); once linked, both sides sync. Undefined when the extension did not answer.
 */
export async function link(): Promise<LinkState | undefined> {
  const answer = await sendToExtension('link-accept', {});
  if (!answer) return undefined;
  if (!answer.linked) return answer.pending ? 'pending' : 'unlinked';
  await settingsRepo.set('linkedAt', Date.now());
  await syncWithExtension();
  return 'linked';
}

/** Unlink both sides; nothing is deleted on either. */
export async function unlink(): Promise<void> {
  await sendToExtension('link-unlink', {});
  await settingsRepo.set('linkedAt', null);
}

let running: Promise<void> | undefined;
let again = false;

/** One exchange (sealed while the lock is on): true when a second one is needed after a lock change. */
const exchange = (): Promise<boolean> => syncRound((request) => sendToExtension('sync', request));

/** Syncs when linked: one exchange, and a second when a lock change left copies to replace. */
export function syncWithExtension(): Promise<void> {
  // A change (of the lock, say) while an exchange runs gets its own exchange right after.
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    try {
      do {
        again = false;
        if ((await settingsRepo.get('linkedAt', null)) === null) return;
        if (await exchange()) await exchange();
      } while (again);
    } catch (error) {
      // Locked app (it syncs again once unlocked), storage trouble: try again next time.
      if (!(error instanceof StorageError && error.kind === 'locked')) console.warn('Alongside could not sync with the extension:', error);
    } finally {
      running = undefined;
    }
  })();
  return running;
}

/** Syncs now and after toolkit changes (debounced); returns a stop function. */
export function startExtensionSync(delayMs = 800): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  void syncWithExtension();
  const stop = onRecordChanged((store) => {
    if (!(SYNCED_STORES as readonly string[]).includes(store)) return;
    clearTimeout(timer);
    timer = setTimeout(() => void syncWithExtension(), delayMs);
  });
  // Sync waits while locked, and the extension follows a lock turned on, changed or off at once.
  const stopUnlocked = onLockChange((state) => void (state === 'unlocked' && syncWithExtension()));
  const stopRekeyed = onLockRekeyed(() => void syncWithExtension());
  return () => {
    clearTimeout(timer);
    stop();
    stopUnlocked();
    stopRekeyed();
  };
}

/** What became of the extension's copy when the course deleted everything. */
export type ExtensionWipe = 'not-linked' | 'deleted' | 'partly' | 'unreachable';

/**
 * "Delete all my data", first step: when linked, asks the extension to delete its copy and
 * says honestly how it went. Runs before the course's own data (and `linkedAt`) is deleted.
 */
export async function wipeExtension(timeoutMs = 30_000): Promise<ExtensionWipe> {
  // Storage trouble here means we can't tell whether we are linked: say nothing rather than a wrong warning.
  if ((await settingsRepo.get('linkedAt', null).catch(() => null)) === null) return 'not-linked';
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A background that never answers must not keep the person's own delete waiting.
  const gaveUp = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), timeoutMs)));
  const reply = await Promise.race([sendToExtension('link-wipe', {}), gaveUp]);
  clearTimeout(timer);
  if (!reply) return 'unreachable';
  return nothingLeft(reply.left) ? 'deleted' : 'partly';
}
