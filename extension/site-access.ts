import contentScript from './content/main.ts?script';

/** Id of the one dynamic registration that lists every site the person enabled. */
const SCRIPT_ID = 'alongside-chip';

/** Sites (as origin match patterns' origins) where the person turned Alongside on. */
export async function listEnabledSites(): Promise<string[]> {
  const [reg] = await chrome.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  return (reg?.matches ?? []).map((m) => m.replace(/\/\*$/, ''));
}

/**
 * Turns Alongside on for one origin: asks the browser for that site only (a prompt the
 * person answers), then registers the content script there. Must run from a click.
 */
export async function enableSite(origin: string): Promise<boolean> {
  const pattern = `${origin}/*`;
  const granted = await chrome.permissions.request({ origins: [pattern] });
  if (!granted) return false;
  const sites = new Set([...(await listEnabledSites()), origin]);
  await register([...sites]);
  return true;
}

/** Turns Alongside off for one origin and gives back the permission. */
export async function disableSite(origin: string): Promise<void> {
  const sites = (await listEnabledSites()).filter((s) => s !== origin);
  await register(sites);
  await chrome.permissions.remove({ origins: [`${origin}/*`] }).catch(() => false);
}

async function register(sites: string[]): Promise<void> {
  await chrome.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] }).catch(() => undefined);
  if (sites.length === 0) return;
  await chrome.scripting.registerContentScripts([
    { id: SCRIPT_ID, js: [contentScript], matches: sites.map((s) => `${s}/*`), runAt: 'document_idle', allFrames: false, persistAcrossSessions: true },
  ]);
}
