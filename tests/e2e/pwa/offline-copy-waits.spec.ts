import { waitForServiceWorkerControl } from '../support/service-worker.ts';
import { expect, test } from '../support/pwa-test.ts';

// The offline copy is the service worker's work.
test.use({ serviceWorkers: 'allow' });

/*
 * The service worker, once registered, downloads every screen and lesson for offline use. On a
 * first visit that must wait until the first screen has its code (pwa/after-first-screen.ts):
 * before, it started at the page's `load`, which does not wait for a screen's code, and the two
 * competed for a phone's network and processor.
 */
test("a first visit's offline copy starts only once the screen's own code has come", async ({ page, context }) => {
  // The screen's code (everything but the shell, and the code that registers the worker) comes
  // slowly, as over a phone's network: the page's `load` comes well before it.
  const screenCode = /\/assets\/(?!index-|sw-registration-)[^/]+\.js$/;
  await context.route(screenCode, async (route) => {
    // Only the page's requests: the worker's own download of the course goes at full speed.
    if (!route.request().serviceWorker()) await new Promise((resolve) => setTimeout(resolve, 400));
    await route.continue();
  });
  const coming = new Set<string>();
  const comingWhenWorkerAskedFor: string[][] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (screenCode.test(url.pathname)) coming.add(url.pathname);
    if (url.pathname === '/sw.js') comingWhenWorkerAskedFor.push([...coming]);
  });
  const arrived = (request: { url(): string }) => coming.delete(new URL(request.url()).pathname);
  context.on('requestfinished', arrived);
  context.on('requestfailed', arrived);

  await page.goto('/course/week/1');
  await expect(page.getByRole('heading', { level: 1, name: 'Hope and the recovery model' })).toBeVisible();
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  expect(comingWhenWorkerAskedFor.length, 'the worker was registered').toBeGreaterThan(0);
  expect(comingWhenWorkerAskedFor[0], "the screen's code still coming when the worker was asked for").toEqual([]);

  // And the copy is made: the next visit is in the worker's hands.
  await waitForServiceWorkerControl(page);
});
