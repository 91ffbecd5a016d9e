/**
 * Attacks the importer with generated bad backup files: malformed, truncated, wrong
 * version, oversized and hostile. Every one must be refused with a message a person can
 * read, and the database must be byte-for-byte what it was.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBackup, importBackup, readEverything } from '../../../../shared/data/trust/backup.ts';
import { encryptBytes, deriveKey, randomBytes, utf8 } from '../../../../shared/data/trust/crypto.ts';
import { toBase64 } from '../../../../shared/domain/base64.ts';
import { DB_VERSION, destroyDb } from '../../../../shared/data/db.ts';
import { BackupError, MAX_BACKUP_CHARS, MAX_RECORDS_PER_STORE } from '../../../../shared/domain/trust/backup-format.ts';
import { RECORD_SCHEMAS } from '../../../../shared/domain/trust/record-schemas.ts';
import { MAX_TEXT } from '../../../../shared/domain/trust/schema-parts.ts';
import { v5Fill } from '../../../fixtures/db-v5.ts';
import { SAFETY_PLAN_SAMPLE } from '../../../support/make-records.ts';
import { dumpDatabase, fillDatabase } from '../../../support/db-dump.ts';
import { problemText } from '../../../../shared/ui/base/problem.ts';

type Json = Record<string, unknown>;

let baseText = '';
let base: { app: string; format: number; schemaVersion: number; exportedAt: string; stores: Record<string, Json[]> };
let dumpBefore = '';

beforeAll(async () => {
  // Every store holds records, the safety plan too, so each can be attacked.
  await fillDatabase({ ...v5Fill, safetyPlan: [SAFETY_PLAN_SAMPLE] });
  baseText = (await exportBackup()).text;
  base = JSON.parse(baseText);
  dumpBefore = await dumpDatabase();
});

afterAll(() => destroyDb());

const clone = () => structuredClone(base) as typeof base & Json;
const storeNames = () => Object.keys(base.stores).filter((s) => base.stores[s]!.length > 0);

/** A value no field of any record accepts: wrong type or range for every one of them. */
const hostileValue = fc.constantFrom<unknown>(-1, 'x'.repeat(MAX_TEXT + 1), 8.64e15 + 1, -0.5);
/** Anything that is not a list of records. */
const notAList = fc.oneof(fc.constantFrom<unknown>(null, 5, 'journal', true, {}), fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }));
/** Anything that is not a record. */
const notARecord = fc.oneof(fc.constantFrom<unknown>(null, 5, 'x', true, [], [1, 2]), fc.string());

const SECRET = 'the passphrase';

/** Each kind of bad file, as text (or a marker for the big ones, built only when drawn). */
const badFiles: fc.Arbitrary<{ kind: string; text: string | (() => string); passphrase?: string }> = fc.oneof(
  // Not JSON, or not ours at all.
  fc.string({ maxLength: 200 }).map((text) => ({ kind: 'random text', text })),
  fc.string({ unit: 'binary', maxLength: 200 }).map((text) => ({ kind: 'random unicode', text })),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => ({ kind: 'random bytes', text: String.fromCharCode(...bytes) })),
  fc.jsonValue({ maxDepth: 4 }).map((v) => ({ kind: 'other JSON', text: JSON.stringify(v) ?? 'null' })),
  // Truncated anywhere.
  fc.integer({ min: 0, max: 10_000 }).map((n) => ({ kind: 'truncated', text: baseText.slice(0, n % (baseText.length - 1)) })),
  // Wrong app, format or version.
  fc.oneof(fc.string(), fc.constantFrom<unknown>(null, 'Alongside', 'alongside ', 1)).map((app) => ({ kind: 'wrong app', text: JSON.stringify({ ...clone(), app }) })),
  fc.oneof(fc.integer().filter((n) => n !== 1), fc.constantFrom<unknown>('1', null, 1.5, [1], undefined)).map((format) => ({
    kind: 'wrong format',
    text: JSON.stringify({ ...clone(), format }),
  })),
  fc.oneof(fc.integer({ min: DB_VERSION + 1 }), fc.integer({ max: 0 }), fc.constantFrom<unknown>(String(DB_VERSION), null, 2.5, undefined)).map((schemaVersion) => ({
    kind: 'wrong schema version',
    text: JSON.stringify({ ...clone(), schemaVersion }),
  })),
  fc.oneof(fc.string({ maxLength: 30 }).filter((s) => !Number.isFinite(Date.parse(s))), fc.constantFrom<unknown>(null, 12, 'x'.repeat(100), undefined)).map((exportedAt) => ({
    kind: 'bad date',
    text: JSON.stringify({ ...clone(), exportedAt }),
  })),
  notAList.map((stores) => ({ kind: 'stores not an object', text: JSON.stringify({ ...clone(), stores }) })),
  fc.nat().map((i) => {
    const f = clone();
    delete f.stores[Object.keys(f.stores)[i % Object.keys(f.stores).length]!];
    return { kind: 'store missing', text: JSON.stringify(f) };
  }),
  // Unknown stores (including names that reach for the prototype).
  fc
    .oneof(fc.string({ minLength: 1 }), fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype', 'lock'))
    .filter((name) => !Object.hasOwn(RECORD_SCHEMAS, name))
    .map((name) => ({ kind: 'unknown store', text: JSON.stringify(clone()).replace('"stores":{', `"stores":{${JSON.stringify(name)}:[],`) })),
  // A store that is not a list, a record that is not a record, a required field missing or hostile, a duplicate id.
  fc.tuple(fc.nat(), notAList).map(([i, value]) => {
    const f = clone();
    f.stores[storeNames()[i % storeNames().length]!] = value as Json[];
    return { kind: 'store not a list', text: JSON.stringify(f) };
  }),
  fc.tuple(fc.nat(), fc.nat(), notARecord).map(([i, j, value]) => {
    const f = clone();
    const list = f.stores[storeNames()[i % storeNames().length]!]!;
    list[j % list.length] = value as Json;
    return { kind: 'record not a record', text: JSON.stringify(f) };
  }),
  fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('id', 'createdAt', 'updatedAt')).map(([i, j, field]) => {
    const f = clone();
    const list = f.stores[storeNames()[i % storeNames().length]!]!;
    delete list[j % list.length]![field];
    return { kind: 'required field missing', text: JSON.stringify(f) };
  }),
  fc.tuple(fc.nat(), fc.nat(), fc.nat(), hostileValue).map(([i, j, k, value]) => {
    const f = clone();
    const list = f.stores[storeNames()[i % storeNames().length]!]!;
    const record = list[j % list.length]!;
    const keys = Object.keys(record);
    record[keys[k % keys.length]!] = value;
    return { kind: 'hostile field', text: JSON.stringify(f) };
  }),
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]) => {
    const f = clone();
    const list = f.stores[storeNames()[i % storeNames().length]!]!;
    list.push({ ...list[j % list.length]! });
    return { kind: 'duplicate id', text: JSON.stringify(f) };
  }),
  // Oversized: a file over the limit, and a store with too many records.
  fc.constant({ kind: 'oversized file', text: () => baseText + ' '.repeat(MAX_BACKUP_CHARS + 1 - baseText.length) }),
  fc.constant({
    kind: 'too many records',
    text: () => baseText.replace('"favourites":[', `"favourites":[${'{"id":"a","createdAt":1,"updatedAt":1},'.repeat(MAX_RECORDS_PER_STORE)}`),
  }),
  // Protected files: broken envelopes, and ones that do not open.
  fc
    .record({
      kdf: fc.oneof(fc.constant('PBKDF2-SHA-256'), fc.string()),
      iterations: fc.oneof(fc.integer({ min: 1, max: 50 }), fc.constantFrom<unknown>(0, -1, 1e12, '600000', null, 2.5)),
      salt: fc.oneof(fc.base64String({ maxLength: 40 }), fc.string({ maxLength: 40 })),
      iv: fc.oneof(fc.base64String({ maxLength: 24 }), fc.constant('AAAAAAAAAAAAAAAA'), fc.string({ maxLength: 24 })),
      ciphertext: fc.oneof(fc.base64String({ maxLength: 400 }), fc.string({ maxLength: 100 })),
    })
    .map((encrypted) => ({ kind: 'bad protected file', text: JSON.stringify({ app: 'alongside', format: 1, encrypted }), passphrase: SECRET })),
  fc.oneof(notARecord, notAList).map((encrypted) => ({ kind: 'envelope not an object', text: JSON.stringify({ app: 'alongside', format: 1, encrypted }), passphrase: SECRET })),
);

/** Protected files whose inside is hostile: they open with the passphrase, then are refused. */
async function protectedFile(inner: string, iterations: number): Promise<string> {
  const salt = randomBytes(16);
  const key = await deriveKey(SECRET, salt, iterations);
  const sealed = await encryptBytes(key, utf8(inner), 'alongside/backup/1');
  return JSON.stringify({
    app: 'alongside',
    format: 1,
    encrypted: { kdf: 'PBKDF2-SHA-256', iterations, salt: toBase64(salt), iv: toBase64(sealed.iv), ciphertext: toBase64(sealed.data) },
  });
}

function expectReadable(error: unknown, kind: string): void {
  expect(error, kind).toBeInstanceOf(BackupError);
  const message = problemText(error);
  expect(message.length, kind).toBeGreaterThan(40);
  expect(message, kind).toMatch(/nothing was changed|passphrase/);
  expect(message, kind).not.toMatch(/undefined|\[object|Error|valibot|\{|Expected|NaN/);
}

describe('importing hostile backup files', () => {
  it('refuses 1,200 generated bad files with a readable message, and leaves the database byte-for-byte as it was', async () => {
    const kinds = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(badFiles, fc.constantFrom('merge' as const, 'replace' as const), async (file, mode) => {
        kinds.set(file.kind, (kinds.get(file.kind) ?? 0) + 1);
        const text = typeof file.text === 'function' ? file.text() : file.text;
        const error = await importBackup(text, { mode, passphrase: file.passphrase }).then(
          () => undefined,
          (e: unknown) => e,
        );
        expectReadable(error, file.kind);
        expect(await dumpDatabase()).toBe(dumpBefore);
      }),
      { numRuns: 1_200 },
    );
    // Every kind of attack was tried.
    expect(kinds.size).toBe(21);
  }, 120_000);

  it('refuses protected files whose inside is bad or whose passphrase is wrong, and writes nothing', async () => {
    const hostileInside = [
      'not json at all',
      JSON.stringify({ app: 'alongside', format: 1, encrypted: { kdf: 'PBKDF2-SHA-256' } }),
      baseText.slice(0, 500),
      JSON.stringify({ ...base, schemaVersion: DB_VERSION + 1 }),
      baseText.replace('"stores":{', '"stores":{"__proto__":[],'),
    ];
    for (const inner of hostileInside) {
      const error = await importBackup(await protectedFile(inner, 1_000), { mode: 'replace', passphrase: SECRET }).catch((e: unknown) => e);
      expectReadable(error, inner.slice(0, 30));
      expect(await dumpDatabase()).toBe(dumpBefore);
    }
    // Not valid UTF-8 inside.
    const salt = randomBytes(16);
    const key = await deriveKey(SECRET, salt, 1_000);
    const sealed = await encryptBytes(key, new Uint8Array([0xff, 0xfe, 0xfd]), 'alongside/backup/1');
    const bad = JSON.stringify({ app: 'alongside', format: 1, encrypted: { kdf: 'PBKDF2-SHA-256', iterations: 1_000, salt: toBase64(salt), iv: toBase64(sealed.iv), ciphertext: toBase64(sealed.data) } });
    expectReadable(await importBackup(bad, { mode: 'merge', passphrase: SECRET }).catch((e: unknown) => e), 'not UTF-8');
    const good = await protectedFile(baseText, 1_000);
    expectReadable(await importBackup(good, { mode: 'merge', passphrase: 'not the passphrase' }).catch((e: unknown) => e), 'wrong passphrase');
    expectReadable(await importBackup(good, { mode: 'merge' }).catch((e: unknown) => e), 'no passphrase');
    expect(await dumpDatabase()).toBe(dumpBefore);
  });

  it('makes `__proto__`, `constructor` and `prototype` keys harmless wherever they appear', async () => {
    const places = ['{"app"', '"stores":{', '"fields":{', '"answers":{', '"scores":{', '"plan":{', '"value":{'];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...places), fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.constantFrom('merge' as const, 'replace' as const), async (place, key, mode) => {
        const at = baseText.indexOf(place);
        if (at < 0) return;
        const open = at + place.length - (place.startsWith('{') ? place.length - 1 : 0);
        const text = `${baseText.slice(0, open)}${JSON.stringify(key)}:{"polluted":"yes","isAdmin":true},${baseText.slice(open)}`;
        const before = await readEverything();
        await importBackup(text, { mode }).catch((e: unknown) => expectReadable(e, `${key} at ${place}`));
        // Nothing reached a prototype, and nothing stored carries the key.
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.prototype).not.toHaveProperty('isAdmin');
        const stored = await readEverything();
        expect(JSON.stringify(stored)).not.toContain('polluted');
        for (const records of Object.values(stored)) for (const r of records) expect(Object.getPrototypeOf(r)).toBe(Object.prototype);
        // The same records as before (the key dropped, or the file refused).
        expect(stored).toEqual(before);
        await importBackup(baseText, { mode: 'replace' });
      }),
      { numRuns: 60 },
    );
  });

  it('still takes the untouched file (the attacks were refused for their flaws, not at random)', async () => {
    await importBackup(baseText, { mode: 'replace' });
    const dump = await dumpDatabase();
    const result = await importBackup(baseText, { mode: 'merge' });
    expect(result).toEqual({ added: 0, updated: 0, kept: Object.values(base.stores).reduce((n, xs) => n + xs.length, 0) });
    expect(await dumpDatabase()).toBe(dump);
  });
});
