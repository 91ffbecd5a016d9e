import { AU } from './au.ts';
import { CA } from './ca.ts';
import { ES } from './es.ts';
import { GB } from './gb.ts';
import { IE } from './ie.ts';
import { MX } from './mx.ts';
import { NZ } from './nz.ts';
import { SUPPORT_KINDS, type CountrySupports, type Support, type SupportKind } from './types.ts';
import { US } from './us.ts';

export * from './types.ts';

/** Every country's organisations, in the order of crisis-lines.ts. */
export const SUPPORTS: readonly CountrySupports[] = [US, CA, GB, IE, AU, NZ, ES, MX];

/** The organisations for a country code, or undefined for one we do not list. */
export function supportsFor(code: string | undefined): CountrySupports | undefined {
  return code ? SUPPORTS.find((c) => c.code === code) : undefined;
}

/** A country's organisations grouped by kind, in `SUPPORT_KINDS` order, leaving out kinds it has none of. */
export function supportsByKind(country: CountrySupports): { kind: SupportKind; supports: Support[] }[] {
  return SUPPORT_KINDS.map((kind) => ({ kind, supports: country.supports.filter((s) => s.kind === kind) })).filter((g) => g.supports.length > 0);
}
