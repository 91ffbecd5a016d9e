import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium } from './scripts/find-chromium.mjs';

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
    { name: 'pwa', testDir: 'tests/e2e/pwa' },
    { name: 'extension', testDir: 'tests/e2e/extension' },
  ],
});
