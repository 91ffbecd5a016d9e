// `npm start`: builds both products, then serves the PWA's production build (with its
// service worker, so it installs and works offline) and says where the extension is.
//
// The port comes from ALONGSIDE_PORT, else PORT, else 4173; if another program has it, the
// next free one is used and said. It is chosen BEFORE building, because the extension is
// built to trust the course's origin (VITE_PWA_ORIGIN), and that includes the port.
// "Ready" is said only once the server answers.
//
// ALONGSIDE_SKIP_BUILD=1 serves the build already in dist (ALONGSIDE_DIST) without building.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

const DIST = process.env.ALONGSIDE_DIST ?? 'dist';
const DEFAULT_PORT = 4173;
/** How many ports after the asked one to try before asking the person to choose. */
const PORTS_TO_TRY = 20;

const asked = process.env.ALONGSIDE_PORT || process.env.PORT || String(DEFAULT_PORT);
const askedPort = Number(asked);
if (!Number.isInteger(askedPort) || askedPort < 1 || askedPort > 65535) {
  fail(`"${asked}" is not a port number. Choose one from 1024 to 65535, for example: ALONGSIDE_PORT=4180 npm start`);
}

const port = await firstFreePort(askedPort);
if (port === undefined) {
  fail(`Ports ${askedPort} to ${askedPort + PORTS_TO_TRY - 1} are all in use. Choose another, for example: ALONGSIDE_PORT=${askedPort + 1000} npm start`);
}
if (port !== askedPort) console.log(`\nPort ${askedPort} is in use by another program, so Alongside will serve on port ${port}.`);

const url = `http://localhost:${port}/`;
const origin = process.env.VITE_PWA_ORIGIN || `http://localhost:${port}`;
const extensionDir = resolve(DIST, 'extension');
const firefoxDir = resolve(DIST, 'extension-firefox');

if (process.env.ALONGSIDE_SKIP_BUILD) {
  if (!existsSync(resolve(DIST, 'pwa', 'index.html'))) fail(`ALONGSIDE_SKIP_BUILD is set, but there is no build in ${resolve(DIST, 'pwa')}. Run \`npm start\` without it once.`);
} else {
  // A development build: it may trust http://localhost, and the extension says so.
  const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit', env: { ...process.env, VITE_PWA_ORIGIN: origin, ALONGSIDE_DEV_BUILD: '1' } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const vite = resolve('node_modules', 'vite', 'bin', 'vite.js');
const server = spawn(process.execPath, [vite, 'preview', '--port', String(port), '--strictPort'], { stdio: 'inherit' });
let ready = false;
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
server.on('exit', (code, signal) => {
  if (!ready && !signal) {
    console.error(`\nThe server stopped before it was ready (the reason is above). To use another port: ALONGSIDE_PORT=${port + 1} npm start`);
    process.exit(code || 1);
  }
  process.exit(code ?? 0);
});

await untilAnswering(url);
ready = true;
console.log(`
Alongside is ready.

  PWA:        ${url}
  Extension:  ${extensionDir}
              In Chrome or Edge: open chrome://extensions (edge://extensions), turn on
              Developer mode, choose "Load unpacked" and pick the folder above.
  Firefox:    ${firefoxDir}
              Open about:debugging, choose "This Firefox", then "Load Temporary Add-on…"
              and pick manifest.json in the folder above.
${trustNote()}
Press Ctrl+C to stop.
`);

/** The asked port if it is free, else the next free one after it (undefined if none near). */
async function firstFreePort(from) {
  for (let p = from; p < from + PORTS_TO_TRY && p <= 65535; p++) if (await isFree(p)) return p;
  return undefined;
}

/**
 * Whether nothing listens on the port at localhost. "localhost" may mean IPv4 or IPv6
 * (the server binds whichever it resolves to first), so both must be free.
 */
async function isFree(p) {
  for (const host of ['127.0.0.1', '::1']) {
    const outcome = await new Promise((done) => {
      const probe = createServer();
      probe.once('error', (error) => done(error.code));
      probe.listen(p, host, () => probe.close(() => done('free')));
    });
    // EADDRNOTAVAIL: this machine has no such address (no IPv6), so nothing can listen there.
    if (outcome !== 'free' && outcome !== 'EADDRNOTAVAIL' && outcome !== 'EAFNOSUPPORT') return false;
  }
  return true;
}

/** Resolves once the server answers at the address (it has bound the port and serves). */
async function untilAnswering(address) {
  for (;;) {
    try {
      const response = await fetch(address);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((wait) => setTimeout(wait, 100));
  }
}

/** Which course the extension in dist will link with, when it is not the one served here. */
function trustNote() {
  const served = `http://localhost:${port}`;
  let trusted = origin;
  try {
    const manifest = JSON.parse(readFileSync(resolve(extensionDir, 'manifest.json'), 'utf8'));
    trusted = manifest.externally_connectable?.matches?.[0]?.replace(/\/\*$/, '') ?? trusted;
  } catch {
    // No extension built (a course-only build): nothing to say about linking.
    return '';
  }
  if (trusted === served) return '';
  return `\n  Note: this extension links only with the course at ${trusted}, not the one served here.\n        To link with this one, build it for this address: run \`npm start\` without ALONGSIDE_SKIP_BUILD and VITE_PWA_ORIGIN.\n`;
}

function fail(message) {
  console.error(`\n${message}\n`);
  process.exit(1);
}
