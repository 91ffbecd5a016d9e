import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** A tiny stand-in for the build (relative: vite's config puts the course under `../${DIST}`). */
const DIST = `.cache/start-test-${process.pid}`;
const PAGE = '<!doctype html><title>Alongside</title><p>The stand-in course.</p>';

interface Started {
  /** Everything the script printed up to "ready". */
  said: string;
  /** The address it said the course is at. */
  url: string;
}

const running: ChildProcess[] = [];

/** Runs `npm start`'s script on the stand-in build; resolves once it says it is ready. */
function start(env: Record<string, string>): Promise<Started> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !['ALONGSIDE_PORT', 'PORT', 'VITE_PWA_ORIGIN'].includes(name)));
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: ROOT,
    env: { ...clean, ALONGSIDE_DIST: DIST, ALONGSIDE_SKIP_BUILD: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  return new Promise((resolve, reject) => {
    let said = '';
    const hear = (chunk: Buffer) => {
      said += chunk.toString();
      const url = /Alongside is ready\.\s+PWA:\s+(\S+)/.exec(said)?.[1];
      if (url) resolve({ said, url });
    };
    child.stdout!.on('data', hear);
    child.stderr!.on('data', hear);
    child.on('exit', (code) => reject(new Error(`npm start stopped (${code}) before it was ready:\n${said}`)));
  });
}

function occupy(port: number): Promise<Server | undefined> {
  return new Promise((resolve) => {
    const server = createServer();
    // Already taken by something else on this machine: just as good for this test.
    server.once('error', () => resolve(undefined));
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

beforeAll(() => {
  mkdirSync(`${ROOT}${DIST}/pwa`, { recursive: true });
  writeFileSync(`${ROOT}${DIST}/pwa/index.html`, PAGE);
  writeFileSync(`${ROOT}${DIST}/pwa/_headers`, '/*\n  X-Content-Type-Options: nosniff\n');
});

afterEach(async () => {
  await Promise.all(running.splice(0).map((child) => new Promise((done) => (child.exitCode !== null ? done(null) : (child.on('exit', done), child.kill('SIGTERM'))))));
});

afterAll(() => rmSync(`${ROOT}${DIST}`, { recursive: true, force: true }));

describe('npm start', { timeout: 60_000 }, () => {
  it('serves on ALONGSIDE_PORT, preferred to PORT, and says so only once the course answers there', async () => {
    const { url } = await start({ ALONGSIDE_PORT: '5401', PORT: '5402' });
    expect(url).toBe('http://localhost:5401/');
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('The stand-in course.');
  });

  it('serves on PORT when ALONGSIDE_PORT is not set', async () => {
    const { url } = await start({ PORT: '5403' });
    expect(url).toBe('http://localhost:5403/');
    expect((await fetch(url)).status).toBe(200);
  });

  it('with port 4173 taken, serves on the next free one and says where', async () => {
    const blocker = await occupy(4173);
    try {
      const { said, url } = await start({});
      expect(said).toMatch(/Port 4173 is in use by another program, so Alongside will serve on port \d+\./);
      const port = Number(new URL(url).port);
      expect(port).toBeGreaterThan(4173);
      expect(said).toContain(`serve on port ${port}.`);
      expect(await (await fetch(url)).text()).toContain('The stand-in course.');
    } finally {
      blocker?.close();
    }
  });

  it('refuses a port that is not a number, saying how to choose one', async () => {
    await expect(start({ ALONGSIDE_PORT: 'http' })).rejects.toThrow(/"http" is not a port number.*ALONGSIDE_PORT=/s);
  });
});
