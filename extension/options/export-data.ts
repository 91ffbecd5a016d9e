/**
 * "Export my extension data": every store of the extension's database, read through the
 * data layer, as one JSON file the person downloads. Nothing is sent anywhere.
 */
import { recordStore } from '../../shared/data/record-store.ts';
import { STORE_NAMES, type StoreName } from '../../shared/data/schema.ts';
import type { BaseRecord } from '../../shared/domain/records.ts';

/** What the file holds. */
export interface ExtensionExport {
  app: 'alongside-extension';
  /** When it was made (ISO 8601). */
  exportedAt: string;
  /** Every store, by name, with its records. */
  stores: Record<StoreName, unknown[]>;
}

/** Reads every store. */
export async function collectExport(now = new Date()): Promise<ExtensionExport> {
  const entries = await Promise.all(
    STORE_NAMES.map(async (name) => {
      const records: BaseRecord[] = await recordStore(name).list();
      return [name, records] as const;
    }),
  );
  // Object.fromEntries cannot say that every store is there: STORE_NAMES lists them all.
  return { app: 'alongside-extension', exportedAt: now.toISOString(), stores: Object.fromEntries(entries) as Record<StoreName, unknown[]> };
}

/** The file's name: "alongside-extension-2025-11-23.json". */
export function exportFileName(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `alongside-extension-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** Starts the download of the export. */
export async function downloadExport(): Promise<void> {
  const now = new Date();
  const data = await collectExport(now);
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = exportFileName(now);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
