/**
 * The extension's background service worker. It owns the extension's long-lived work
 * (reminders, messages from the in-page script). It keeps no state in memory that it
 * could not rebuild: Chrome stops it when idle.
 */

chrome.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === chrome.runtime.OnInstalledReason.INSTALL) {
    // A calm first page: what Alongside does and what it never does.
    void chrome.runtime.openOptionsPage();
  }
});
