/**
 * The class settings' schemas: the class the reader joined (checked as a whole class pack) and
 * a facilitator's draft. Apart from the other settings' (trust/setting-schemas.ts), so the
 * class code loads only for someone with a class stored.
 */
import * as v from 'valibot';
import { parseClassPack } from './class-pack.ts';
import { storedDraftSchema } from './class-draft.ts';

/** A schema built from a parser that returns undefined for anything it refuses. */
function via<T>(parse: (input: unknown) => T | undefined): v.GenericSchema<unknown, T> {
  return v.pipe(
    v.unknown(),
    v.rawTransform<unknown, T>(({ dataset, addIssue, NEVER }) => {
      const out = parse(dataset.value);
      if (out === undefined) {
        addIssue({ message: 'not valid' });
        return NEVER;
      }
      return out;
    }),
  );
}

export const CLASS_SETTING_SCHEMAS = {
  /** The class the reader joined (from a class pack), or null. */
  classPack: v.nullable(
    via((input) => {
      const result = parseClassPack(input);
      return result.ok ? result.pack : undefined;
    }),
  ),
  /**
   * A facilitator's class pack in progress, kept as typed: each part checked for its type
   * only, and the class screens fill a missing one (`reviveDraft`).
   */
  classDraft: v.nullable(storedDraftSchema),
};
