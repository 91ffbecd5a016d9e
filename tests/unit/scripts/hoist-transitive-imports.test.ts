import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { hoistTransitiveImports, importsToHoist, withImportsAppended } from '../../../scripts/hoist-transitive-imports.ts';
import { staticImportsIn } from '../../support/built-imports.ts';

const ROOT = join(import.meta.dirname, '../../../.cache', `hoist-test-${process.pid}`);
afterAll(() => rmSync(ROOT, { recursive: true, force: true }));

/**
 * Three lazily loaded screens: `first` and `second` share `shared`, which uses `common`, which
 * `third` uses too. Split by who shares what, `first` reaches `common` only through `shared`.
 * Each module notes when it runs (inline: a module for it would be shared by all).
 */
const note = (name: string) => `(globalThis.ran ??= []).push('${name}');`;
const SOURCES: Record<string, string> = {
  'main.js': `export const open = (name) => ({ first: () => import('./first.js'), second: () => import('./second.js'), third: () => import('./third.js') })[name]();`,
  'first.js': `import { shared } from './shared.js'; ${note('first')} export const first = shared + 1;`,
  'second.js': `import { shared } from './shared.js'; ${note('second')} export const second = shared + 2;`,
  'third.js': `import { common } from './common.js'; ${note('third')} export const third = common + 3;`,
  'shared.js': `import { common } from './common.js'; ${note('shared')} export const shared = common * 10;`,
  'common.js': `${note('common')} export const common = 4;`,
};

async function buildFixture(name: string, hoist: boolean): Promise<string> {
  const src = join(ROOT, name, 'src');
  const out = join(ROOT, name, 'out');
  mkdirSync(src, { recursive: true });
  for (const [file, code] of Object.entries(SOURCES)) writeFileSync(join(src, file), code);
  await build({
    configFile: false,
    root: src,
    logLevel: 'silent',
    plugins: hoist ? [hoistTransitiveImports()] : [],
    build: { outDir: out, emptyOutDir: true, minify: false, modulePreload: false, lib: { entry: join(src, 'main.js'), formats: ['es'], fileName: 'main' } },
  });
  return out;
}

function staticImports(dir: string, file: string): string[] {
  return staticImportsIn(readFileSync(join(dir, file), 'utf8'));
}

function chunkOf(dir: string, module: string): string {
  const file = readdirSync(dir).find((f) => f.startsWith(`${module}`) && f.endsWith('.js'));
  if (!file) throw new Error(`no chunk for ${module} in ${readdirSync(dir).join(', ')}`);
  return file;
}

describe('hoisting transitive imports', () => {
  it('lets a screen ask for every file it needs at once, and runs its code in the same order as before', async () => {
    const plain = await buildFixture('plain', false);
    const hoisted = await buildFixture('hoisted', true);

    // Without hoisting, the first screen learns of `common` only once `shared` has arrived.
    const first = chunkOf(plain, 'first');
    const common = chunkOf(plain, 'common');
    expect(staticImports(plain, first)).not.toContain(common);
    expect(staticImports(plain, chunkOf(plain, 'shared'))).toContain(common);
    // With it, the first screen names it itself.
    expect(staticImports(hoisted, chunkOf(hoisted, 'first'))).toContain(chunkOf(hoisted, 'common'));

    const run = async (dir: string, screens: string[]) => {
      const globals = globalThis as { ran?: string[] };
      globals.ran = [];
      const { open } = (await import(pathToFileURL(join(dir, 'main.js')).href)) as { open: (name: string) => Promise<Record<string, number>> };
      const values = [];
      for (const screen of screens) values.push((await open(screen))[screen]);
      return { ran: globals.ran, values };
    };
    const before = await run(plain, ['first', 'third', 'second']);
    expect(before).toEqual({ ran: ['common', 'shared', 'first', 'third', 'second'], values: [41, 7, 42] });
    expect(await run(hoisted, ['first', 'third', 'second'])).toEqual(before);
  });

  it('names only what a chunk reaches through others, each once, even around a circle', () => {
    const graph: Record<string, string[]> = { a: ['b', 'c'], b: ['d'], c: ['d', 'e'], d: ['a', 'f'], e: [], f: [] };
    expect(importsToHoist('a', (f) => graph[f] ?? []).sort()).toEqual(['d', 'e', 'f']);
    expect(importsToHoist('e', (f) => graph[f] ?? [])).toEqual([]);
  });

  it('adds the imports after the code, and before a source map comment', () => {
    expect(withImportsAppended('export{a};', ['./x.js'])).toBe('export{a};\nimport "./x.js";\n');
    expect(withImportsAppended('export{a};\n//# sourceMappingURL=a.js.map\n', ['./x.js', './y.js'])).toBe(
      'export{a};\nimport "./x.js";import "./y.js";\n//# sourceMappingURL=a.js.map\n',
    );
  });
});
