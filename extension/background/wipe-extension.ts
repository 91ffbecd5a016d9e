/**
 * The extension's part of "Delete all my data" in the course: everything the extension
 * keeps in this browser goes, so it is as if freshly installed (without the welcome page,
 * which only a real install opens). The caller checks that the course is linked first.
 */
import { allowReopenAfterWipe } from '../../shared/data/db.ts';
import { announceWipe, databaseNames, deleteAllDatabases } from '../../shared/data/trust/wipe.ts';
import type { ExtensionLeftovers } from '../../shared/domain/link/link-protocol.ts';
import { forgetPrepDraft } from './prep-draft.ts';

/** The chrome.storage areas that exist; none without the `storage` permission. */
function storageAreas(): chrome.storage.StorageArea[] {
  const storage = (chrome as { storage?: typeof chrome.storage }).storage;
  if (!storage) return [];
  const areas: (chrome.storage.StorageArea | undefined)[] = [storage.local, storage.session, storage.sync];
  return areas.filter((area): area is chrome.storage.StorageArea => area !== undefined);
}

/** Host access granted while running ("Use Alongside on this site"); what the manifest requires can't be given back. */
async function optionalHostAccess(): Promise<string[]> {
  const manifest = chrome.runtime.getManifest();
  const required = new Set([...(manifest.host_permissions ?? []), ...(manifest.content_scripts ?? []).flatMap((c) => c.matches ?? [])]);
  return ((await chrome.permissions.getAll()).origins ?? []).filter((o) => !required.has(o));
}

/** Runs every step even when one fails: what a failed step left shows in the leftovers. */
async function step(name: string, work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    console.warn(`Alongside could not delete ${name}:`, error);
  }
}

/** What the extension still keeps. */
export async function extensionLeftovers(): Promise<ExtensionLeftovers> {
  let storageKeys = 0;
  for (const area of storageAreas()) storageKeys += Object.keys(await area.get(null)).length;
  return {
    databases: await databaseNames(),
    caches: typeof caches !== 'undefined' ? await caches.keys() : [],
    storageKeys,
    alarms: (await chrome.alarms.getAll()).length,
    notifications: Object.keys(await chrome.notifications.getAll()).length,
    contentScripts: (await chrome.scripting.getRegisteredContentScripts()).length,
    hostPermissions: await optionalHostAccess(),
  };
}

/** Deletes everything the extension keeps, then says what is left (all empty when it worked). */
export async function wipeExtension(timeoutMs = 10_000): Promise<ExtensionLeftovers> {
  announceWipe();
  // The popup's prep in progress, held in this worker's memory only.
  forgetPrepDraft();
  // The database first: once it is closed for good, a sync or reminder running now can't write back.
  await step('its database', () => deleteAllDatabases(timeoutMs));
  await step('the in-page script', () => chrome.scripting.unregisterContentScripts());
  await step('site access', async () => {
    const origins = await optionalHostAccess();
    if (origins.length > 0) await chrome.permissions.remove({ origins });
  });
  await step('notifications', async () => Promise.all(Object.keys(await chrome.notifications.getAll()).map((id) => chrome.notifications.clear(id))));
  await step('chrome.storage', () => Promise.all(storageAreas().map((area) => area.clear())));
  await step('caches', async () => (typeof caches !== 'undefined' ? Promise.all((await caches.keys()).map((k) => caches.delete(k))) : undefined));
  // Alarms last: a reminder sync that read the plans just before the database closed may still set one.
  await step('alarms', () => chrome.alarms.clearAll());
  const left = await extensionLeftovers();
  // From here on the extension is as if just installed: its next use starts an empty database.
  allowReopenAfterWipe();
  return left;
}
