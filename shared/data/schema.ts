import type { DBSchema } from 'idb';
import type { Boundary } from '../domain/boundary.ts';
import type { BaseRecord } from './records.ts';

/** A setting, stored one record per name so each can change on its own. */
export interface SettingRecord extends BaseRecord {
  value: unknown;
}

/** The shape of the IndexedDB database at the current version. */
export interface AlongsideDB extends DBSchema {
  boundaries: { key: string; value: Boundary; indexes: { 'by-updated': number } };
  settings: { key: string; value: SettingRecord };
}

/** Names of the stores. */
export type StoreName = 'boundaries' | 'settings';

/** Every store, for whole-database work (backup, delete-all, tests). */
export const STORE_NAMES: readonly StoreName[] = ['boundaries', 'settings'];
