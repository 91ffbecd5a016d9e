import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));

/**
 * The project files `file` imports (relative specifiers, static and dynamic), as absolute
 * paths. Type-only imports are left out unless `types` is set: they vanish in the build.
 */
export function importsOf(file: string, { types = false } = {}): string[] {
  if (!/\.[cm]?[jt]s$/.test(file)) return [];
  const source = readFileSync(file, 'utf8');
  const kind = types ? '(?:type\\s+)?' : '(?!type\\s)';
  const specifiers = [
    ...source.matchAll(new RegExp(`^\\s*import\\s+${kind}(?:[^'";]*?\\s+from\\s+)?['"]([^'"]+)['"]`, 'gm')),
    ...source.matchAll(new RegExp(`^\\s*export\\s+${kind}[^'";]*?\\s+from\\s+['"]([^'"]+)['"]`, 'gm')),
    ...source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1]!);
  return specifiers.filter((spec) => spec.startsWith('.')).map((spec) => resolve(dirname(file), spec)).filter((target) => existsSync(target));
}

/**
 * Every file reached from `entry` (relative to the repository), through runtime imports; files
 * in `stops` (relative too) are not entered, unless one is the entry itself.
 */
export function importGraph(entry: string, stops: ReadonlySet<string> = new Set()): Set<string> {
  const seen = new Set<string>();
  const stack = [resolve(ROOT, entry)];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const next of importsOf(file)) if (!stops.has(relative(ROOT, next))) stack.push(next);
  }
  return new Set([...seen].map((f) => relative(ROOT, f)));
}

/** Every TypeScript source file under these folders (relative to the repository), as absolute paths. */
export function sourceFiles(...folders: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(path);
    }
  };
  for (const folder of folders) walk(resolve(ROOT, folder));
  return out;
}
