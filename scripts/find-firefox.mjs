// Finds a Firefox to drive in the Firefox e2e tests (WebDriver BiDi, through puppeteer-core), and installs Debian's where it can.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

/** Where Firefox usually lives, after the FIREFOX_PATH the person may set. */
const CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/usr/lib/firefox-esr/firefox-esr',
  '/usr/lib/firefox/firefox',
  '/snap/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

/** The path of a Firefox binary, or undefined. */
export function findFirefox() {
  for (const p of [process.env.FIREFOX_PATH, ...CANDIDATES]) {
    if (p && existsSync(p)) return p;
  }
  return undefined;
}

/** Finds Firefox, installing Debian's firefox-esr when we are root on Debian/Ubuntu; else explains what to do. */
export function ensureFirefox() {
  const found = findFirefox();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log("Installing Debian's firefox-esr for the Firefox tests (about a minute)…");
    try {
      execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr', { stdio: 'inherit' });
    } catch {
      // Fall through to the message below.
    }
    const after = findFirefox();
    if (after) return after;
  }
  console.error(
    [
      '',
      'The Firefox tests need Firefox, and none was found.',
      'Install it, then run npm test again:',
      '  Debian/Ubuntu: sudo apt-get install firefox-esr',
      '  macOS:         brew install --cask firefox',
      'Or point to one you have: FIREFOX_PATH=/path/to/firefox npm test',
      '',
    ].join('\n'),
  );
  process.exit(1);
}
