/**
 * The small valibot pieces every stored or restored record is checked with: bounded text,
 * ids, times, lists and maps. One place for the limits, so a backup file, a linked
 * extension's message and the settings store all refuse the same oversized or broken values.
 */
import * as v from 'valibot';
import type { Situation } from '../../content/course-types.ts';

/** Longest text in any one field. */
export const MAX_TEXT = 100_000;
/** Longest id, name or key. */
export const MAX_ID = 200;
/** Most items in a list or entries in a map inside a record. */
export const MAX_ITEMS = 1_000;

/** Text up to `max` characters. */
export const text = (max = MAX_TEXT) => v.pipe(v.string(), v.maxLength(max));
/** A non-empty id, name or key. */
export const id = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_ID));
/** A time in ms since the epoch (JavaScript's own range). */
export const time = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(8.64e15));
/** A whole number in a range. */
export const int = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
/** A list of at most `MAX_ITEMS`. */
export const list = <S extends v.GenericSchema>(item: S) => v.pipe(v.array(item), v.maxLength(MAX_ITEMS));
/** A map from short keys, of at most `MAX_ITEMS` entries. */
export const dict = <S extends v.GenericSchema>(value: S) => v.pipe(v.record(v.pipe(v.string(), v.maxLength(MAX_ID)), value), v.maxEntries(MAX_ITEMS));
/** The fields every stored record has (`BaseRecord`). */
export const base = { id, createdAt: time, updatedAt: time };
/** What the person faces, as the profile and own prompts name it. */
export const SITUATION_IDS: readonly Situation[] = ['mental-illness', 'substance-use', 'both'];
