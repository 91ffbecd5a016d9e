/**
 * The shape of a conversation plan template, apart from the templates themselves so each
 * language's table (`plan-templates.ts`, `plan-templates-es.ts`) can name it without an
 * import circle.
 */
import type { Situation } from './course-types.ts';

/** The plan parts a template fills in: everything the person writes, except who it is with. */
export interface PlanTemplateFields {
  about: string;
  goal: string;
  timeAndPlace: string;
  opening: string;
  keyPoints: string[];
  ready: string[];
  avoid: string;
  exitLine: string;
  afterCare: string;
}

/** One template. */
export interface PlanTemplate {
  /** Stable id (kebab-case), used in links. */
  id: string;
  /** Its name on the "Start from a template" list. */
  title: string;
  /** One or two lines: when it fits, and that every part can be changed. */
  summary: string;
  fields: PlanTemplateFields;
  /** Parts said differently for a reader's situation (no drink or drug words for mental illness only). */
  bySituation?: Partial<Record<Situation, Partial<PlanTemplateFields>>>;
}
