import { describe, expect, it } from 'vitest';
import { PBKDF2_ITERATIONS, decryptBytes, deriveKey, encryptBytes, openJson, randomBytes, sealJson, utf8 } from '../../../../shared/data/trust/crypto.ts';
import { fromBase64, toBase64 } from '../../../../shared/domain/base64.ts';

describe('crypto', () => {
  it('derives a non-extractable AES-GCM 256 key with PBKDF2-SHA-256 at 600,000 iterations', async () => {
    expect(PBKDF2_ITERATIONS).toBe(600_000);
    const key = await deriveKey('kettle', randomBytes(16), PBKDF2_ITERATIONS);
    expect(key.extractable).toBe(false);
    expect(key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
  });

  it('seals with a fresh IV each time, and opens only with the same key and context', async () => {
    const salt = randomBytes(16);
    const key = await deriveKey('kettle', salt, 1_000);
    const a = await sealJson(key, { text: 'hello' }, 'alongside/journal/1');
    const b = await sealJson(key, { text: 'hello' }, 'alongside/journal/1');
    expect(a.iv.length).toBe(12);
    expect(toBase64(a.iv)).not.toBe(toBase64(b.iv));
    expect(await openJson(key, a, 'alongside/journal/1')).toEqual({ text: 'hello' });
    await expect(openJson(key, a, 'alongside/journal/2')).rejects.toThrow();
    await expect(openJson(await deriveKey('kettle', salt, 1_001), a, 'alongside/journal/1')).rejects.toThrow();
    const tampered = { iv: a.iv, data: new Uint8Array(a.data) };
    tampered.data[0]! ^= 1;
    await expect(decryptBytes(key, tampered, 'alongside/journal/1')).rejects.toThrow();
  });

  it('gives the same key for the same passcode however it was composed (NFC)', async () => {
    const salt = randomBytes(16);
    const sealed = await encryptBytes(await deriveKey('caf\u00e9', salt, 1_000), utf8('x'), 'c');
    await expect(decryptBytes(await deriveKey('cafe\u0301', salt, 1_000), sealed, 'c')).resolves.toEqual(utf8('x'));
  });

  it('reads only strict base64', () => {
    const bytes = randomBytes(100);
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    for (const bad of ['abc', 'ab$=', '====', 'a=bc', ' YQ==']) expect(fromBase64(bad), bad).toBeUndefined();
  });

  it('refuses silly iteration counts', async () => {
    await expect(deriveKey('x', randomBytes(16), 0)).rejects.toThrow();
    await expect(deriveKey('x', randomBytes(16), 1e12)).rejects.toThrow();
  });
});
