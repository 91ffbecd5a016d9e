import { getDb } from '../../shared/data/db.ts';
import { STORE_NAMES } from '../../shared/data/schema.ts';

/**
 * Every record of every store, exactly as IndexedDB holds it, as one string: binary
 * (sealed records) written out byte by byte, so two dumps are equal only when the
 * database is byte-for-byte the same.
 */
export async function dumpDatabase(): Promise<string> {
  const db = await getDb();
  const tx = db.transaction([...STORE_NAMES], 'readonly');
  const out: Record<string, unknown[]> = {};
  for (const name of STORE_NAMES) out[name] = await tx.objectStore(name).getAll();
  await tx.done;
  return JSON.stringify(out, (_key, value: unknown) =>
    value instanceof Uint8Array ? { bytes: Array.from(value).map((b) => b.toString(16).padStart(2, '0')).join('') } : value === undefined ? { undefined: true } : value,
  );
}

/** Puts records straight into the stores, as they are (fixtures). */
export async function fillDatabase(fill: Record<string, readonly object[]>): Promise<void> {
  const db = await getDb();
  const names = Object.keys(fill) as (typeof STORE_NAMES)[number][];
  const tx = db.transaction(names, 'readwrite');
  await Promise.all(names.flatMap((name) => fill[name]!.map((record) => tx.objectStore(name).put(record as never))));
  await tx.done;
}
