// `npm test`: type check, unit tests, build, then end-to-end tests in real Chromium.
// Stops at the first failing step with its name, so the cause is easy to find.
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './find-chromium.mjs';

const chromium = ensureChromium();
const env = { ...process.env, CHROMIUM_PATH: chromium };

const steps = [
  ['Type check', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['Unit tests', 'npx', ['vitest', 'run']],
  ['Build (PWA and extension)', 'npm', ['run', 'build', '--silent']],
  ['End-to-end tests in Chromium', 'npx', ['playwright', 'test']],
];

for (const [name, cmd, args] of steps) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed. Nothing after it ran.`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
console.log('\nAll checks passed.');
