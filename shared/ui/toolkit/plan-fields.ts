import { msg, str } from '@lit/localize';
import type { PlanDraft } from '../../domain/toolkit/conversation-plan.ts';
import { formatCount } from '../../content/locale.ts';

/**
 * The conversation plan's written parts as the editor asks for them, by group, and a plan as
 * plain text built from the same labels. Functions, not tables: the words are read at render
 * time, so they follow a change of language.
 */

export type TextKey = 'who' | 'about' | 'goal' | 'timeAndPlace' | 'opening' | 'avoid' | 'exitLine' | 'afterCare';
export interface Field {
  key: TextKey;
  label: string;
  hint: string;
  multiline?: boolean;
  required?: boolean;
}

/** "The talk": who, what about, the goal, when and where. */
export const talkFields = (): readonly Field[] => [
  { key: 'who', label: msg('Who you will talk with'), hint: msg('A name, or how you call them. For example: Sam, or my dad.') },
  { key: 'about', label: msg('What it is about'), hint: msg('A few words. For example: money for rent.'), required: true },
  { key: 'goal', label: msg('My goal'), hint: msg('What would make this talk go well enough? For example: that they know I care, and hear one worry.'), multiline: true },
  { key: 'timeAndPlace', label: msg('A good time and place'), hint: msg('When you are both calm and rested, somewhere private. For example: Saturday morning, on a walk.'), multiline: true },
];

/** "What I will say": the opening line (key points and prompts have their own fields). */
export const sayFields = (): readonly Field[] => [
  { key: 'opening', label: msg('My opening line'), hint: msg('A gentle start. For example: Can I share something I’ve noticed? It’s okay to say no.'), multiline: true },
];

/** "Keeping it calm": what to avoid, the way out, and care afterwards. */
export const calmFields = (): readonly Field[] => [
  { key: 'avoid', label: msg('What I will avoid'), hint: msg('For example: bringing up the past, or talking late at night.'), multiline: true },
  { key: 'exitLine', label: msg('My exit line if it gets heated'), hint: msg('For example: I want to hear you, and I’m getting upset. Can we take ten minutes?'), multiline: true },
  { key: 'afterCare', label: msg('What I will do for myself afterwards'), hint: msg('For example: call my sister, or take a walk.'), multiline: true },
];

/** A numbered field's label: "Key point 2", "Have ready 1", "They might say 3". */
export const keyPointLabel = (n: number) => msg(str`Key point ${formatCount(n)}`);
export const readyLabel = (n: number) => msg(str`Have ready ${formatCount(n)}`);
export const theyMightSayLabel = (n: number) => msg(str`They might say ${formatCount(n)}`);

/** A plan as plain text, so two versions can be read side by side. */
export function planText(plan: PlanDraft): string {
  const lines = [...talkFields(), ...sayFields(), ...calmFields()].filter((f) => plan[f.key].trim()).map((f) => `${f.label}: ${plan[f.key]}`);
  plan.keyPoints.forEach((point, i) => lines.push(`${keyPointLabel(i + 1)}: ${point}`));
  plan.ready?.forEach((item, i) => lines.push(`${readyLabel(i + 1)}: ${item}`));
  plan.theyMightSay?.forEach((line, i) => lines.push(`${theyMightSayLabel(i + 1)}: ${line}`));
  if (plan.scheduledAt !== undefined) lines.push(msg(str`Date and time: ${new Date(plan.scheduledAt).toLocaleString()}`));
  return lines.join('\n');
}
