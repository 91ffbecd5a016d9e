/**
 * The names of the course's types, for the code that reads weeks. Weeks are data (one file
 * per week under `shared/content/weeks/`), and their shape has one truth: the schema in
 * `course-schema.ts`, which checks every week in the unit tests and from which these types
 * are derived. So a counsellor can edit a lesson without touching a component, and a field
 * added to the schema is a field the code knows.
 *
 * Text placeholders, filled in from the person's own choices at "Getting started":
 * - `{person}`  → "your partner", "your son", … or "the person you support"
 * - `{Person}`  → the same, capitalised for the start of a sentence
 * - `{relation}` → "partner", "son", "daughter", "child", "parent", "sibling", "friend", "loved one"
 * Content never uses gendered pronouns for the person supported: it says "they".
 *
 * Spanish text (`*-es.ts`) uses the same three, filled from `profile-words-es.ts` ("tu hijo",
 * "tu pareja", … or "la persona a quien apoyas"), and one more: the agreement token
 * `{masculine|feminine|neutral}`, e.g. "{agotado|agotada|sin fuerzas}". Spanish agrees in
 * gender and only "son" and "daughter" say it, so a son reads the first form, a daughter the
 * second, everyone else the third, a wording with no gender. Text that needs no agreement
 * ("su", "le", "estar a su lado") is better still; never a slash ("agotado/a").
 */
export type {
  Block,
  Condition,
  ConditionVariant,
  CrisisCareBlock,
  CrisisHelpBlock,
  LinkBlock,
  PlanField,
  Practice,
  ReadingSection,
  Reflection,
  SelfCheckQuestion,
  Situation,
  SituationBlock,
  Story,
  TextBlock,
  Week,
} from './course-schema.ts';
