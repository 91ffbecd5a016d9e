import { describe, expect, it } from 'vitest';
import { CRISIS_HELP, HELP_KINDS, WHAT_TO_SAY } from '../../../shared/content/crisis-lines.ts';
import { CRISIS_HELP_ES, HELP_WORDS_ES, crisisHelpIn, helpWordsIn } from '../../../shared/content/crisis-lines-es.ts';
import { ENGLISH_WORDS, SPANISH_WORDS_TO_AVOID, USTED, numbersIn } from '../../support/spanish-words.ts';

/** Every Spanish text a reader sees on the help screens, with where it is. */
function spanishTexts(): { where: string; text: string }[] {
  return [
    ...Object.entries(CRISIS_HELP_ES).flatMap(([code, c]) => [
      { where: `${code}.country`, text: c.country },
      { where: `${code}.inCountry`, text: c.inCountry },
      ...Object.entries(c.lines).flatMap(([name, l]) => [
        { where: `${code}: ${name} detail`, text: l.detail },
        { where: `${code}: ${name} hours`, text: l.hours },
        ...l.contacts.map((label, i) => ({ where: `${code}: ${name} contact ${i}`, text: label })),
      ]),
      ...Object.entries(c.findLocal ?? {}).map(([kind, text]) => ({ where: `${code}.findLocal.${kind}`, text })),
    ]),
    ...Object.entries(HELP_WORDS_ES.kindTitles).map(([kind, text]) => ({ where: `title ${kind}`, text })),
    { where: 'localEmergencyAdvice', text: HELP_WORDS_ES.localEmergencyAdvice },
    { where: 'findALineElsewhere', text: HELP_WORDS_ES.findALineElsewhere },
    { where: 'findLocalDefault', text: HELP_WORDS_ES.findLocalDefault },
    ...HELP_WORDS_ES.whatToSay.map((text, i) => ({ where: `whatToSay ${i}`, text })),
  ];
}

describe('help lines in Spanish: complete, and the same numbers', () => {
  it('has Spanish for every listed country, and for no other', () => {
    expect(Object.keys(CRISIS_HELP_ES).sort()).toEqual(CRISIS_HELP.map((c) => c.code).sort());
  });

  it('has Spanish for every line of every country, and none left over from a renamed or removed line', () => {
    for (const help of CRISIS_HELP) {
      expect(Object.keys(CRISIS_HELP_ES[help.code]!.lines).sort(), help.code).toEqual(help.lines.map((l) => l.name).sort());
    }
  });

  it('has a Spanish label for each contact, and a findLocal text for exactly the kinds that have one in English', () => {
    for (const help of CRISIS_HELP) {
      const es = CRISIS_HELP_ES[help.code]!;
      for (const line of help.lines) expect(es.lines[line.name]!.contacts.length, `${help.code}: ${line.name}`).toBe(line.contacts.length);
      expect(Object.keys(es.findLocal ?? {}).sort(), help.code).toEqual(Object.keys(help.findLocal ?? {}).sort());
    }
  });

  it('shows exactly the digits of the English label in each Spanish one, and the word a text must start with', () => {
    const wrong = CRISIS_HELP.flatMap((help) =>
      help.lines.flatMap((line) =>
        line.contacts.flatMap((c, i) => {
          const es = CRISIS_HELP_ES[help.code]!.lines[line.name]!.contacts[i]!;
          const digits = (s: string) => s.replace(/[^\d*]/g, '');
          const word = /\?body=([A-Z]+)$/.exec(c.href)?.[1];
          const ok = digits(es) === digits(c.label) && /^(?:Llama al |Envía )/.test(es) && (!word || es.includes(` ${word} `));
          return ok ? [] : [`${help.code}: "${c.label}" → "${es}"`];
        }),
      ),
    );
    expect(wrong).toEqual([]);
  });

  it('names the same numbers in each Spanish detail and findLocal text as in the English one', () => {
    const wrong = CRISIS_HELP.flatMap((help) => {
      const es = CRISIS_HELP_ES[help.code]!;
      const pairs = [
        ...help.lines.map((l) => [l.name, l.detail, es.lines[l.name]!.detail] as const),
        ...HELP_KINDS.flatMap((k) => (help.findLocal?.[k] ? [[k, help.findLocal[k], es.findLocal![k]!] as const] : [])),
      ];
      return pairs.filter(([, en, sp]) => numbersIn(en).join() !== numbersIn(sp).join()).map(([what, en, sp]) => `${help.code} ${what}: ${en} / ${sp}`);
    });
    expect(wrong).toEqual([]);
  });

  it('keeps numbers only in crisis-lines.ts: no links in the Spanish texts', () => {
    expect(JSON.stringify({ CRISIS_HELP_ES, HELP_WORDS_ES })).not.toMatch(/"href"|tel:|sms:|https?:/);
  });

  it('merges the Spanish in and leaves numbers, links, sources and dates untouched', () => {
    const es = crisisHelpIn('es');
    expect(crisisHelpIn('en')).toBe(CRISIS_HELP);
    expect(es.map((c) => c.code)).toEqual(CRISIS_HELP.map((c) => c.code));
    const untouched = (list: typeof es) =>
      list.map((c) => [c.emergencyHref, c.emergencySource, c.emergencyCheckedOn, c.lines.map((l) => [l.kind, l.name, l.website, l.source, l.checkedOn, l.contacts.map((k) => k.href)])]);
    expect(untouched(es)).toEqual(untouched(CRISIS_HELP));
    const cl = es.find((c) => c.code === 'CL')!;
    expect(cl.emergency).toBe('131 o 133');
    expect(cl.lines[0]!.contacts).toEqual([{ label: 'Llama al *4141', href: 'tel:*4141' }]);
    expect(es.find((c) => c.code === 'GB')!.inCountry).toBe('el Reino Unido');
    expect(es.find((c) => c.code === 'US')!.lines[0]!.contacts).toContainEqual({ label: 'Envía AYUDA al 988', href: 'sms:988?body=AYUDA' });
  });

  it('gives the shared sentences in both languages, the same number of "what to say" lines', () => {
    expect(helpWordsIn('en').whatToSay).toBe(WHAT_TO_SAY);
    expect(helpWordsIn('es').whatToSay.length).toBe(WHAT_TO_SAY.length);
    expect(Object.keys(helpWordsIn('es').kindTitles).sort()).toEqual([...HELP_KINDS].sort());
  });
});

describe('help lines in Spanish: how they read', () => {
  it('leaves no English words in the Spanish texts', () => {
    const found = spanishTexts().flatMap(({ where, text }) => (text.match(ENGLISH_WORDS) ?? []).map((w) => `${where}: "${w}"`));
    expect(found).toEqual([]);
  });

  it('uses person-first words, and never a casual verb for suicide', () => {
    const found = spanishTexts().flatMap(({ where, text }) => (text.match(SPANISH_WORDS_TO_AVOID) ?? []).map((w) => `${where}: "${w}"`));
    expect(found).toEqual([]);
  });

  it('speaks to the reader as tú, never usted', () => {
    const found = spanishTexts().filter(({ text }) => USTED.test(text));
    expect(found).toEqual([]);
  });
});
