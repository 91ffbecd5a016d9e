/**
 * The course's side of "Linked with the course": talks to the Alongside extension when it is
 * installed in this browser (Chrome gives the page `chrome.runtime.sendMessage` only when an
 * extension lists this origin in `externally_connectable`). Nothing goes over the network.
 */
import { onRecordChanged } from '../../shared/data/record-store.ts';
import { settingsRepo } from '../../shared/data/settings-repo.ts';
import { applyChanges, readSnapshot } from '../../shared/data/toolkit-link.ts';
import type { LinkMessageMap, LinkMessageType } from '../../shared/domain/link-protocol.ts';
import { snapshotSchema } from '../../shared/domain/link-protocol.ts';
import { SYNCED_STORES, changesFor } from '../../shared/domain/toolkit-sync.ts';
import * as v from 'valibot';

/** The extension's id (fixed by its key; set at build time in vite.config.ts). */
export const EXTENSION_ID: string = import.meta.env.VITE_EXTENSION_ID ?? '';

type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
interface ChromeLike {
  runtime?: { sendMessage?: (id: string, message: unknown) => Promise<unknown> };
}

/** Sends one link message to the extension; undefined when it is not there (or refused). */
async function sendToExtension<K extends LinkMessageType>(type: K, payload: LinkMessageMap[K]['request']): Promise<LinkMessageMap[K]['response'] | undefined> {
  const runtime = (globalThis as { chrome?: ChromeLike }).chrome?.runtime;
  if (!EXTENSION_ID || typeof runtime?.sendMessage !== 'function') return undefined;
  try {
    const reply = (await runtime.sendMessage(EXTENSION_ID, { type, payload })) as Reply<LinkMessageMap[K]['response']> | undefined;
    return reply?.ok ? reply.value : undefined;
  } catch {
    return undefined; // not installed, or not allowing this origin
  }
}

/** What the settings card shows. */
export type LinkState = 'absent' | 'unlinked' | 'linked';

/** Is the extension here, and are we linked? (An unlink in the extension unlinks here too.) */
export async function linkState(): Promise<LinkState> {
  const hello = await sendToExtension('link-hello', {});
  if (!hello) return 'absent';
  const here = await settingsRepo.get('linkedAt', null);
  if (here !== null && !hello.linked) await settingsRepo.set('linkedAt', null);
  return here !== null && hello.linked ? 'linked' : 'unlinked';
}

/** The person said yes: link both sides, then sync. */
export async function link(): Promise<boolean> {
  const accepted = await sendToExtension('link-accept', {});
  if (!accepted) return false;
  await settingsRepo.set('linkedAt', Date.now());
  await syncWithExtension();
  return true;
}

/** Unlink both sides; nothing is deleted on either. */
export async function unlink(): Promise<void> {
  await sendToExtension('link-unlink', {});
  await settingsRepo.set('linkedAt', null);
}

let running: Promise<void> | undefined;

/** One exchange, when linked: send ours, apply what wins from theirs. */
export function syncWithExtension(): Promise<void> {
  running ??= (async () => {
    try {
      if ((await settingsRepo.get('linkedAt', null)) === null) return;
      const reply = await sendToExtension('sync', { snapshot: await readSnapshot() });
      if (!reply) return;
      const theirs = v.safeParse(snapshotSchema, reply.snapshot);
      if (!theirs.success) return;
      await applyChanges(changesFor(await readSnapshot(), theirs.output));
    } catch (error) {
      // Locked app, storage trouble: try again next time.
      console.warn('Alongside could not sync with the extension:', error);
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
  return () => {
    clearTimeout(timer);
    stop();
  };
}
