// Finds a Firefox to drive in the Firefox e2e tests (WebDriver BiDi, through puppeteer-core), and installs Debian's where it can.
import { canInstallFromDebian, firstExisting, installFromDebian, stopForMissing } from './browser-install.mjs';

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
  return firstExisting([process.env.FIREFOX_PATH, ...CANDIDATES]);
}

/** Finds Firefox, installing Debian's firefox-esr when we are root on Debian/Ubuntu; else explains what to do. */
export function ensureFirefox() {
  const found = findFirefox();
  if (found) return found;
  if (canInstallFromDebian()) {
    installFromDebian('firefox-esr', 'about a minute');
    const after = findFirefox();
    if (after) return after;
  }
  return stopForMissing([
    'The Firefox tests need Firefox, and none was found.',
    'Install it, then run npm test again:',
    '  Debian/Ubuntu: sudo apt-get install firefox-esr',
    '  macOS:         brew install --cask firefox',
    'Or point to one you have: FIREFOX_PATH=/path/to/firefox npm test',
  ]);
}
