import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_FLAGS, findPageBrowser } from './scripts/find-chromium.mjs';

// Vitest 5's reporter calls Map.groupBy (Node 21+) when it prints a failure; on Node 20 the
// failure would be hidden behind a crash, so supply it here, in the process that reports.
if (!('groupBy' in Map)) {
  Object.defineProperty(Map, 'groupBy', {
    value<K, V>(items: Iterable<V>, key: (item: V, index: number) => K): Map<K, V[]> {
      const map = new Map<K, V[]>();
      let i = 0;
      for (const item of items) {
        const k = key(item, i++);
        const list = map.get(k);
        if (list) list.push(item);
        else map.set(k, [item]);
      }
      return map;
    },
  });
}

/**
 * Files that keep state outside their own module graph: the database (one shared connection in
 * shared/data/db.ts, over fake-indexeddb's global), chrome.* stubs and mocks in the background's
 * tests, and process.env in the scripts' tests. Each runs in a fresh module graph.
 */
const NEEDS_ISOLATION = ['tests/unit/data/**/*.test.ts', 'tests/unit/extension/background/**/*.test.ts', 'tests/unit/scripts/**/*.test.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    // A component test's failure screenshot goes with the other test output, which git ignores.
    attachmentsDir: '.cache/test-attachments',
    setupFiles: ['tests/support/setup-unit.ts'],
    // The heaviest unit tests (a passphrase's 600,000 key-derivation rounds, the cue corpus) take
    // seconds on two cores, and passed the 5 s default when the machine was busy.
    testTimeout: 20_000,
    projects: [
      // The node projects first, together (group 0); the component tests after them, alone: run at
      // once, Chromium and the node workers share two cores, and CPU-heavy unit tests ran out of time.
      { extends: true, test: { name: 'isolated', include: NEEDS_ISOLATION, sequence: { groupOrder: 0 } } },
      // The pure rest (domain, content, UI logic) shares one module graph per worker: loading
      // the detector and the course content once, not once per file, saves about a fifth.
      { extends: true, test: { name: 'shared', include: ['tests/unit/**/*.test.ts'], exclude: NEEDS_ISOLATION, isolate: false, sequence: { groupOrder: 0 } } },
      // One shared element at a time, mounted in real Chromium with fixtures: what a person
      // sees and can do with it, and axe over it. No app, no build, no server of our own.
      {
        // Every dependency the tests reach, bundled before the first one runs: one found later
        // makes Vite reload the page mid-run, and a test file then never starts.
        optimizeDeps: { entries: ['tests/component/**/*.test.ts'] },
        test: {
          name: 'component',
          sequence: { groupOrder: 1 },
          include: ['tests/component/**/*.test.ts'],
          setupFiles: ['tests/component/support/setup.ts'],
          // A test drives a real browser and runs axe: on a busy two-core machine that takes seconds.
          testTimeout: 60_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: findPageBrowser(), args: CHROMIUM_FLAGS },
              // As a person allows it when the copy buttons ask: tests read back what was copied.
              contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
