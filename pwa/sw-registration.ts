import { Workbox } from 'workbox-window';
import { settleWrites } from '../shared/data/trust/lock.ts';
import './update-banner.ts';

/**
 * Registers the service worker and, when a new version is waiting, asks before using it:
 * a reload should never surprise someone in the middle of a sentence.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const wb = new Workbox('/sw.js');
  wb.addEventListener('waiting', () => {
    const banner = document.createElement('al-update-banner');
    banner.addEventListener('al-update-accept', async () => {
      // Let every save under way finish (fields save as they are typed in) before the page goes.
      await settleWrites();
      wb.addEventListener('controlling', () => location.reload());
      wb.messageSkipWaiting();
    });
    document.body.append(banner);
  });
  void wb.register();
}
