import type { Page } from '@playwright/test';

/**
 * Waits until the service worker is active and controls the page, as on a second visit.
 * The first visit installs it without taking over the open page (no clientsClaim: updates
 * are by prompt), so reload once if needed.
 */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}
