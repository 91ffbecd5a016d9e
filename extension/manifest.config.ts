import { defineManifest, type ManifestV3Export } from '@crxjs/vite-plugin';
import pkg from '../package.json' with { type: 'json' };
import type { ExtensionBrowser } from './browser-target.ts';
import { courseOrigin } from './course-origin.ts';
import { EXTENSION_KEY } from './extension-key.ts';

/**
 * The extension's manifests, typed: one for Chrome and one for Firefox, from one source.
 * Permissions are the fewest that do the job; each is explained in the README. Sites are
 * opt-in: no host permission is asked at install, and the in-page script is registered at
 * run time only for sites the person enabled.
 */

/** Firefox's id for Alongside (a fixed GUID: the store and `about:debugging` know it by this). */
export const GECKO_ID = '{585951ee-6feb-441f-883e-42266092de01}';
/**
 * The oldest Firefox Alongside supports: 140, the extended-support release, which has every
 * API it uses (`optional_host_permissions` from 128, `storage.session` from 115) and reads
 * `data_collection_permissions`.
 */
export const FIREFOX_MIN_VERSION = '140.0';

/** What both browsers share. */
function common() {
  return {
    manifest_version: 3,
    // The browser's own words for Alongside, in its language: extension/public/_locales/ (browser-words.ts).
    name: '__MSG_extName__',
    short_name: '__MSG_extName__',
    default_locale: 'en',
    version: pkg.version,
    description: '__MSG_extDescription__',
    icons: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png', 48: 'icons/icon-48.png', 128: 'icons/icon-128.png' },
    action: {
      default_title: '__MSG_extName__',
      default_popup: 'extension/popup/index.html',
      default_icon: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png' },
    },
    options_page: 'extension/options/index.html',
    // scripting: the in-page script, only on sites turned on; alarms + notifications: reminders
    // before a planned talk; activeTab: the popup can see which site it was opened on;
    // storage: only storage.session (memory, never disk), for a request to link that
    // waits for the person's yes, where the course and in-page scripts can't write.
    permissions: ['scripting', 'alarms', 'notifications', 'activeTab', 'storage'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    },
  };
}

/**
 * Where the two browsers differ, and only that:
 * - Chrome runs the background as a service worker; Firefox as an event page (`scripts`),
 *   the same module.
 * - Chrome lets the course's origin message the extension (`externally_connectable`, with
 *   a fixed `key` so the course knows the id). Firefox has no such thing: there the course
 *   talks through a small script the extension registers on the course's origin only once
 *   the person links (extension/course-bridge/), so neither key nor list is needed.
 * - Firefox names the extension by a fixed id, its oldest version, and says it collects nothing.
 */
export function manifestFor(browser: ExtensionBrowser, env: NodeJS.ProcessEnv = process.env): ManifestV3Export {
  const background = 'extension/background/service-worker.ts';
  if (browser === 'firefox') {
    return defineManifest({
      ...common(),
      background: { scripts: [background], type: 'module' } as { scripts: string[] },
      browser_specific_settings: {
        gecko: { id: GECKO_ID, strict_min_version: FIREFOX_MIN_VERSION, data_collection_permissions: { required: ['none'] } },
      },
    });
  }
  return defineManifest({
    ...common(),
    background: { service_worker: background, type: 'module' },
    minimum_chrome_version: '116',
    // A fixed key keeps the id stable, so the course knows whom to ask; only the course's origin may.
    key: EXTENSION_KEY,
    // Where the course is served (checked when the build starts: https://, or localhost in a development build).
    externally_connectable: { matches: [`${courseOrigin(env).origin}/*`] },
  });
}
