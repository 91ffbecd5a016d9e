// `npm test`: type check, lint, the element manifest, unit and component tests, build, then end-to-end tests in real Chromium and Firefox.
// Stops at the first failing step with its name, so the cause is easy to find.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './find-chromium.mjs';
import { ensureFirefox } from './find-firefox.mjs';

const REPORTS = '.cache/test-reports';
const suiteStarted = Date.now();
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

const chromium = ensureChromium();
const firefox = ensureFirefox();
// The extension lets only the course's origin link with it: build it for the port the e2e run serves on.
const VITE_PWA_ORIGIN = process.env.VITE_PWA_ORIGIN ?? `http://localhost:${process.env.ALONGSIDE_PORT ?? '4173'}`;
// A development build (extension/course-origin.ts): only those may trust http://localhost.
const env = { ...process.env, CHROMIUM_PATH: chromium, FIREFOX_PATH: firefox, ALONGSIDE_E2E_REPORT: `${REPORTS}/e2e.json`, VITE_PWA_ORIGIN, ALONGSIDE_DEV_BUILD: '1' };

const steps = [
  ['Type check', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['Lint', 'npx', ['eslint', '.']],
  ['Element manifest', 'node', ['scripts/element-manifest.mjs']],
  // Vitest's three projects: unit tests in node (two), and component tests in Chromium.
  ['Unit and component tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${REPORTS}/unit.json`]],
  ['Build (PWA and extension)', 'npm', ['run', 'build', '--silent']],
  // The course and the Chrome extension in Chromium; the Firefox extension in firefox-esr (tests/e2e/firefox).
  ['End-to-end tests in Chromium and Firefox', 'npx', ['playwright', 'test']],
];

/** Each step that ran, with its time, for the closing summary. */
const timings = [];
for (const [name, cmd, args] of steps) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', env });
  timings.push([name, (Date.now() - started) / 1000]);
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed. Nothing after it ran.`);
    printTotals();
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${name} (${timings.at(-1)[1].toFixed(1)} s)`);
}
console.log('\nAll checks passed.');
printTotals();

/** One closing line over unit and e2e tests together: "tests: N passed, N failed". */
function printTotals() {
  let passed = 0;
  let failed = 0;
  const unit = `${REPORTS}/unit.json`;
  if (existsSync(unit)) {
    const r = JSON.parse(readFileSync(unit, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
  }
  const e2e = `${REPORTS}/e2e.json`;
  if (existsSync(e2e)) {
    const r = JSON.parse(readFileSync(e2e, 'utf8'));
    passed += r.stats.expected + r.stats.flaky;
    failed += r.stats.unexpected;
  }
  // The steps' times together at the end, above the total, so the slow one is easy to see.
  console.log('');
  for (const [name, seconds] of timings) console.log(`${seconds.toFixed(1).padStart(7)} s  ${name}`);
  console.log(`tests: ${passed} passed, ${failed} failed`);
  const seconds = Math.round((Date.now() - suiteStarted) / 1000);
  console.log(`npm test took ${Math.floor(seconds / 60)} min ${seconds % 60} s`);
}
