/**
 * The extension's background service worker. It owns the extension's long-lived work:
 * answering the in-page script, reminders and site access. It keeps no state in memory
 * that it could not rebuild: Chrome stops it when idle. Every listener is added at the
 * top level, synchronously, so a wake-up event always finds it.
 */
import { addGrantedSites, dropRevokedSites } from '../site-access.ts';
import { handleExternalMessage } from './link-handlers.ts';
import { handleMessage } from './message-handlers.ts';
import { handleAlarm, handleNotificationClick, syncReminders } from './reminders.ts';

function quietly(work: Promise<unknown>): void {
  work.catch((error: unknown) => console.warn('Alongside background:', error));
}

chrome.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === chrome.runtime.OnInstalledReason.INSTALL) {
    // A calm first page: what Alongside does and what it never does.
    void chrome.runtime.openOptionsPage();
  }
  quietly(syncReminders());
});

chrome.runtime.onStartup.addListener(() => {
  quietly(syncReminders());
  quietly(dropRevokedSites());
});

chrome.runtime.onMessage.addListener(handleMessage);
// The course, when it is installed in this browser too ("Linked with the course").
chrome.runtime.onMessageExternal.addListener(handleExternalMessage);
chrome.alarms.onAlarm.addListener((alarm) => quietly(handleAlarm(alarm)));
chrome.notifications.onClicked.addListener((id) => quietly(handleNotificationClick(id)));
// The popup may close while the browser asks for a site; finish turning it on here.
chrome.permissions.onAdded.addListener(({ origins }) => quietly(addGrantedSites(origins ?? [])));
// Access taken back in the browser's settings turns the site off here too.
chrome.permissions.onRemoved.addListener(() => quietly(dropRevokedSites()));
