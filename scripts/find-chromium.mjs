// Finds a Chromium to drive in tests, and installs Debian's where it can.
import { canInstallFromDebian, firstExisting, installFromDebian, stopForMissing } from './browser-install.mjs';

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

/**
 * Chromium's headless shell (Debian's chromium-headless-shell): the same Blink and V8 as
 * Chromium, without the browser's own windows and UI. Opening a page costs about a third of
 * the full browser's time and a fifth of its browser-process CPU (measured here: a fresh
 * context with the home screen, 630 ms against 1,480 ms), so the tests of pages run in it.
 * It cannot load extensions: the extension's tests use the full Chromium.
 */
const SHELL_CANDIDATES = ['/usr/bin/chromium-headless-shell', '/usr/lib/chromium/headless_shell'];

/** The headless shell for tests of pages, else the full Chromium (slower, same results). */
export function findPageBrowser() {
  return firstExisting([process.env.CHROMIUM_HEADLESS_SHELL_PATH, ...SHELL_CANDIDATES]) ?? findChromium();
}

/** The path of a Chromium binary, or undefined. */
export function findChromium() {
  return firstExisting([process.env.CHROMIUM_PATH, process.env.CHROME_PATH, ...CANDIDATES]);
}

/**
 * Finds Chromium, installing Debian's packages (with the headless shell the page tests use)
 * when we are root on Debian/Ubuntu; else explains what to do.
 */
export function ensureChromium() {
  const found = findChromium();
  const canInstall = canInstallFromDebian();
  if (found && findPageBrowser() !== found) return found;
  if (found && !canInstall) {
    console.log('Note: the page tests run faster in chromium-headless-shell (Debian/Ubuntu: sudo apt-get install chromium-headless-shell); they use Chromium meanwhile.');
    return found;
  }
  if (canInstall) {
    installFromDebian(found ? 'chromium-headless-shell' : 'chromium chromium-headless-shell', 'about 30 seconds');
    const after = findChromium();
    if (after) return after;
  }
  return stopForMissing([
    'The browser tests need Chromium, and none was found.',
    'Install it, then run npm test again:',
    '  Debian/Ubuntu: sudo apt-get install chromium',
    '  macOS:         brew install --cask chromium',
    'Or point to one you have: CHROMIUM_PATH=/path/to/chromium npm test',
  ]);
}
