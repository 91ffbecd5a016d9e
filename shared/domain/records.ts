/** Fields every stored record has. */
export interface BaseRecord {
  /** A random id (UUID), stable across devices so backups and sync can merge by it. */
  id: string;
  /** Milliseconds since the epoch. */
  createdAt: number;
  /** Milliseconds since the epoch; the newest change wins when two copies meet. */
  updatedAt: number;
}

/** A record as the caller writes it: id and timestamps are filled in by the repository. */
export type Draft<T extends BaseRecord> = Omit<T, 'id' | 'createdAt' | 'updatedAt'> & Partial<Pick<T, 'id'>>;

/** A new random id. */
export function newId(): string {
  return crypto.randomUUID();
}
