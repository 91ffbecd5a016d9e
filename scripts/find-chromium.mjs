// Finds a Chromium to drive in tests, and installs Debian's where it can.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

/** Where Chromium usually lives, after the CHROMIUM_PATH / CHROME_PATH the person may set. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** Flags for every launch here: no sandbox (root), no GPU, and no background traffic at all. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The path of a Chromium binary, or undefined. */
export function findChromium() {
  for (const p of [process.env.CHROMIUM_PATH, process.env.CHROME_PATH, ...CANDIDATES]) {
    if (p && existsSync(p)) return p;
  }
  return undefined;
}

/** Finds Chromium, installing Debian's package when we are root on Debian/Ubuntu; else explains what to do. */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log('Chromium is not installed; installing Debian\'s chromium package (about 30 seconds)…');
    try {
      execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
    } catch {
      // Fall through to the message below.
    }
    const after = findChromium();
    if (after) return after;
  }
  console.error(
    [
      '',
      'The browser tests need Chromium, and none was found.',
      'Install it, then run npm test again:',
      '  Debian/Ubuntu: sudo apt-get install chromium',
      '  macOS:         brew install --cask chromium',
      'Or point to one you have: CHROMIUM_PATH=/path/to/chromium npm test',
      '',
    ].join('\n'),
  );
  process.exit(1);
}
