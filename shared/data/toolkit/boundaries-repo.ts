import { recordStore } from '../record-store.ts';

/** The person's boundaries: list, get, save, remove. */
export const boundariesRepo = recordStore('boundaries', 'by-updated');
