import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** `npm run build` as a person runs it, into a folder of its own; the config stops it before anything is built. */
function build(env: Record<string, string>) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !['VITE_PWA_ORIGIN', 'ALONGSIDE_DEV_BUILD'].includes(name)));
  const dist = `.cache/build-origin-test-${process.pid}`;
  const run = spawnSync('npm', ['run', 'build'], { cwd: ROOT, env: { ...clean, ALONGSIDE_DIST: dist, ...env }, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, said: `${run.stdout}\n${run.stderr}`, built: existsSync(`${ROOT}${dist}/pwa/index.html`) };
}

describe('npm run build, for a real deployment', () => {
  it('stops with a clear message when the course origin is http://, and builds nothing', () => {
    const run = build({ VITE_PWA_ORIGIN: 'http://alongside.example.org' });
    expect(run.status).not.toBe(0);
    expect(run.said).toMatch(/must start with https:\/\//);
    expect(run.built).toBe(false);
  }, 90_000);
});
