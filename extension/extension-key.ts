/**
 * The extension's public key (base64 SPKI). In the manifest it fixes the extension's id, so
 * the course can know which extension to talk to. Only the public half exists: the store
 * signs published builds with its own key; this one only makes unpacked builds' id stable.
 */
export const EXTENSION_KEY = 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAoUxPAJgmbZkhCbVfL5Qtl5QZiP6Njq7m+LwpumkiewBuCG0uvIBYXG/x8lJ003SSBgQfiuVZuKNiW3eH/FaZmYkBIZ3kophNzjqa/Hga18Xkc2YPIPdcOyht7aSdINpKZBAH8hXJZ+wLVZjAgT52PJHe+m9V3dknjLbrbf0QsA+0J6IKTF/EBynDtEDA3KhQpT11MywBMUkYoW91YKi7PaDC+OjVj5H0t6TJEdeKy00dR7yzQLqhlJ2lG3yJB0OtwwJJO1/y46BvSdlKTbvbb31cCEgPJDIEgmJPpqA3NCzQEzseKSDAa/lIj5WTsHOgnOB+nHP0lsf4evH3LeWWkQIDAQAB';

/** The id Chrome gives an extension with this key (sha256 of the key, first 32 hex digits as a–p); a unit test checks it. */
export const EXTENSION_ID = 'lmgcpomiomdmhdeibecmlmhpdpjpihbl';
