import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium, findPageBrowser } from './scripts/find-chromium.mjs';

const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium found: run the tests with `npm test`, which installs or explains it.');

/** The local production build of the PWA, served as people get it (ALONGSIDE_PORT moves it, e.g. for two runs at once). */
const PORT = process.env.ALONGSIDE_PORT ?? '4173';
export const PWA_URL = `http://localhost:${PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  // Tests, not files, are shared out: every test has its own context (or its own browser, for
  // the extension), and a file of long tests (every-screen.spec.ts) no longer leaves one worker
  // running alone at the end.
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.ALONGSIDE_E2E_REPORT ? [['list'], ['json', { outputFile: process.env.ALONGSIDE_E2E_REPORT }]] : [['list']],
  use: {
    baseURL: PWA_URL,
    launchOptions: { executablePath, args: CHROMIUM_FLAGS },
    // A failed test keeps its trace: actions, console, network and sources. DOM snapshots and
    // the screencast are left out: recording them for every test cost about a third more CPU
    // (course.spec.ts, measured), and error-context.md keeps the page's snapshot at the failure.
    trace: { mode: 'retain-on-failure', snapshots: false, screenshots: false },
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: PWA_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
  projects: [
    // No service worker unless a spec asks for one (`test.use({ serviceWorkers: 'allow' })`):
    // installing it precaches the whole app (113 files) in every fresh context, which cost about
    // a fifth of the PWA tests' time (measured: 27 tests, 98 s blocked against 125 s allowed).
    // The specs about offline use, updates, deleting everything and egress keep it, and
    // every-screen.spec.ts opens every screen with it in charge.
    // The course's pages run in the headless shell where there is one (find-chromium.mjs says why).
    { name: 'pwa', testDir: 'tests/e2e/pwa', use: { serviceWorkers: 'block', launchOptions: { executablePath: findPageBrowser(), args: CHROMIUM_FLAGS } } },
    { name: 'extension', testDir: 'tests/e2e/extension' },
    // Firefox (firefox-esr, through WebDriver BiDi with puppeteer-core): each test launches its own.
    { name: 'firefox', testDir: 'tests/e2e/firefox' },
  ],
});
