import { defineManifest } from '@crxjs/vite-plugin';
import pkg from '../package.json' with { type: 'json' };
import { courseOrigin } from './course-origin.ts';
import { EXTENSION_KEY } from './extension-key.ts';

/**
 * The extension's manifest, typed. Permissions are the fewest that do the job; each is
 * explained in the README. Sites are opt-in: no host permission is asked at install, and
 * the content script is registered at run time only for sites the person enabled.
 */
export default defineManifest(() => ({
  manifest_version: 3,
  name: 'Alongside',
  short_name: 'Alongside',
  version: pkg.version,
  description: 'Calm words and boundaries you prepared, ready before a hard conversation. Everything stays on your device.',
  icons: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png', 48: 'icons/icon-48.png', 128: 'icons/icon-128.png' },
  action: {
    default_title: 'Alongside',
    default_popup: 'extension/popup/index.html',
    default_icon: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png' },
  },
  options_page: 'extension/options/index.html',
  background: { service_worker: 'extension/background/service-worker.ts', type: 'module' },
  // scripting: the in-page script, only on sites turned on; alarms + notifications: reminders
  // before a planned talk; activeTab: the popup can see which site it was opened on;
  // storage: only chrome.storage.session (memory, never disk), for a request to link that
  // waits for the person's yes, where the course and in-page scripts can't write.
  permissions: ['scripting', 'alarms', 'notifications', 'activeTab', 'storage'],
  optional_host_permissions: ['https://*/*', 'http://*/*'],
  content_security_policy: {
    extension_pages: "script-src 'self'; object-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  },
  minimum_chrome_version: '116',
  // A fixed key keeps the id stable, so the course knows whom to ask; only the course's origin may.
  key: EXTENSION_KEY,
  // Where the course is served (checked when the build starts: https://, or localhost in a development build).
  externally_connectable: { matches: [`${courseOrigin(process.env).origin}/*`] },
}));
