import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64, fromBase64Url, toBase64, toBase64Url } from '../../../shared/domain/base64.ts';

describe('base64', () => {
  it('gives back the same bytes, in both alphabets, for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(fromBase64(toBase64(bytes))).toEqual(bytes);
        // An empty address part is no code at all: it reads as nothing.
        expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes.length ? bytes : undefined);
        expect(toBase64Url(bytes)).toMatch(/^[A-Za-z0-9_-]*$/);
      }),
    );
  });

  it('refuses text that is not exactly base64 rather than guessing', () => {
    expect(fromBase64('abc')).toBeUndefined(); // not a multiple of four
    expect(fromBase64('ab-_')).toBeUndefined(); // the address alphabet
    expect(fromBase64('YW Jj')).toBeUndefined();
    expect(fromBase64Url('a')).toBeUndefined();
    expect(fromBase64Url('ab+/')).toBeUndefined();
    expect(fromBase64('YWJj')).toEqual(new Uint8Array([97, 98, 99]));
  });
});
