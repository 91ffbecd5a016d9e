import { describe, expect, it } from 'vitest';
import { checkBoundary, type BoundaryDraft, type BoundaryDraftField, type PitfallKind } from '../../../../shared/domain/toolkit/boundary-pitfalls.ts';
import { PITFALL_RULES_ES, pitfallRulesIn } from '../../../../shared/content/toolkit/pitfall-rules-es.ts';
import { PITFALL_RULES_EN } from '../../../../shared/content/toolkit/pitfall-rules-en.ts';

/** A complete, kind boundary in Spanish; each case below changes one or two fields of it. */
const GOOD: Required<BoundaryDraft> = {
  situation: 'Si llegas a casa después de beber',
  feeling: 'Miedo y mucho cansancio',
  action: 'Voy a pasar la noche en casa de mi hermana',
  reason: 'Necesito sentirme a salvo y dormir',
  words: 'Si llegas a casa después de beber, voy a pasar la noche en casa de mi hermana. Te quiero, y necesito sentirme a salvo.',
  holdPlan: 'Voy a tener una bolsa lista y salir con calma, sin discutir.',
};

type Found = `${PitfallKind}@${BoundaryDraftField}`;
const es = (draft: BoundaryDraft) => checkBoundary(draft, PITFALL_RULES_ES);

const CASES: { name: string; draft: BoundaryDraft; expected: Found[] }[] = [
  // Calm boundaries: no hints at all.
  { name: 'la noche en casa de mi hermana', draft: GOOD, expected: [] },
  { name: 'sin acentos, como se escribe en el móvil', draft: { ...GOOD, situation: 'Si llegas a casa despues de beber', words: 'Si llegas a casa despues de beber, me ire a casa de mi hermana. Te quiero.' }, expected: [] },
  {
    name: 'no presto dinero, y sigo llevándote a tus citas',
    draft: { ...GOOD, situation: 'Cuando me pides dinero', action: 'No voy a prestar dinero, y voy a seguir llevándote a tus citas' },
    expected: [],
  },
  { name: 'la frase entera en el campo de la acción', draft: { ...GOOD, action: 'Si llegas a casa después de beber, voy a pasar la noche en casa de mi hermana' }, expected: [] },
  { name: 'la acción en infinitivo, bajo "Voy a"', draft: { ...GOOD, action: 'salir a caminar y volver en una hora' }, expected: [] },
  {
    name: 'salir de la habitación si hay gritos',
    draft: { ...GOOD, situation: 'Cuando hay gritos', action: 'salir de la habitación', words: 'Si hay gritos, voy a salir de la habitación. Vuelvo cuando los dos estemos con calma.' },
    expected: [],
  },
  { name: '"todo el tiempo que necesites" no es una orden', draft: { ...GOOD, words: 'Tómate todo el tiempo que necesitas. Aquí voy a estar.' }, expected: [] },
  { name: '"si necesitas irte" no es una orden', draft: { ...GOOD, words: 'Si necesitas irte, lo voy a respetar.' }, expected: [] },
  { name: 'una pregunta no es una orden', draft: { ...GOOD, words: '¿Necesitas hablar? Estoy aquí hasta las nueve; después apago el teléfono.' }, expected: [] },
  { name: '"te querré para siempre" no es cortar para siempre', draft: { ...GOOD, words: 'Te voy a querer para siempre, y no voy a prestar dinero.' }, expected: [] },
  { name: '"nunca voy a dejar de quererte" es cariño', draft: { ...GOOD, words: 'Jamás voy a dejar de quererte. Esta noche me quedo con mi hermana.' }, expected: [] },
  { name: '"te hago la cena" no es control', draft: { ...GOOD, action: 'Voy a hacerte la cena los domingos, y no voy a dar efectivo' }, expected: [] },
  { name: 'asegurarme de que tengas cómo llegar es ayuda', draft: { ...GOOD, words: 'Me aseguraré de que tengas cómo llegar a tu primera cita.' }, expected: [] },
  { name: '"llegas borracho" describe, no etiqueta', draft: { ...GOOD, situation: 'Cuando llegas borracho a casa' }, expected: [] },
  {
    name: 'el propio dolor en lo que siento',
    draft: { ...GOOD, feeling: 'Inútil, como si me estuviera volviendo loca', reason: 'Me está volviendo loco y necesito descansar' },
    expected: [],
  },
  { name: 'un borrador vacío: nada que revisar', draft: {}, expected: [] },
  { name: 'sin acción todavía, no hace falta plan', draft: { situation: 'Cuando me pides dinero', holdPlan: '' }, expected: [] },
  { name: 'sin dinero, pero con comida', draft: { ...GOOD, action: 'No voy a dar dinero, pero sí voy a comprar comida' }, expected: [] },
  { name: '"necesito tiempo" habla de mí', draft: { ...GOOD, action: 'Necesito tiempo para mí los domingos', words: 'Necesito tiempo para mí los domingos.' }, expected: [] },
  { name: '"quiero que hablemos" es un deseo para los dos', draft: { ...GOOD, words: 'Quiero que hablemos cuando los dos estemos con calma.' }, expected: [] },
  { name: '"quiero que sepas" es un deseo amable', draft: { ...GOOD, words: 'Quiero que sepas que te quiero. Esta noche me quedo con mi hermana.' }, expected: [] },
  { name: '"no te preocupes" es consuelo, no una orden', draft: { ...GOOD, words: 'No te preocupes, mañana voy a estar aquí.' }, expected: [] },
  { name: '"no estás solo" es consuelo', draft: { ...GOOD, words: 'No estás solo. Si hay gritos, salgo un rato.' }, expected: [] },
  { name: '"te dejo en paz" es espacio, no un ultimátum', draft: { ...GOOD, words: 'Si no quieres hablar, te dejo en paz por ahora.' }, expected: [] },
  { name: '"no voy a impedir que te vayas" respeta su decisión', draft: { ...GOOD, words: 'No voy a impedir que te vayas. Tu cuarto va a estar listo.' }, expected: [] },
  { name: '"sé que no puedes" es comprensión', draft: { ...GOOD, words: 'Sé que no puedes evitarlo siempre. Voy a salir un rato.' }, expected: [] },
  { name: '"cuando no puedes hablar" describe, no prohíbe', draft: { ...GOOD, words: 'Cuando estás con cansancio y no puedes hablar, te llamo mañana.' }, expected: [] },
  { name: 'mis propias llaves, no las suyas', draft: { ...GOOD, action: 'Voy a llevar mis llaves conmigo y guardar mis medicinas' }, expected: [] },
  { name: 'leer los mensajes que me manda', draft: { ...GOOD, words: 'Si me escribes después de medianoche, voy a leer tus mensajes por la mañana.' }, expected: [] },
  { name: '"no es tu culpa" es cariño, no culpa', draft: { ...GOOD, words: 'No es tu culpa. Nada de esto es tu culpa. Hoy me quedo con mi hermana.' }, expected: [] },
  { name: 'un plan claro para cuando lo pongan a prueba', draft: { ...GOOD, holdPlan: 'Lo digo una vez, con calma, y salgo de la habitación.' }, expected: [] },

  // (a) Demandas a la otra persona.
  { name: 'tienes que dejar', draft: { ...GOOD, action: 'Tienes que dejar de beber' }, expected: ['demand@action'] },
  { name: 'tienes que, sin acento ni mayúscula', draft: { ...GOOD, words: 'tu tienes que dejar de beber ya' }, expected: ['demand@words'] },
  { name: 'él tiene que', draft: { ...GOOD, action: 'él tiene que buscar trabajo' }, expected: ['demand@action'] },
  { name: 'hacer que vaya', draft: { ...GOOD, action: 'hacer que vaya a tratamiento' }, expected: ['demand@action'] },
  { name: 'obligarlo', draft: { ...GOOD, action: 'Voy a obligarlo a ir a tratamiento' }, expected: ['demand@action'] },
  { name: 'no tienes permiso', draft: { ...GOOD, words: 'No tienes permiso para traer drogas aquí.' }, expected: ['demand@words'] },
  { name: 'una demanda en el porqué', draft: { ...GOOD, reason: 'porque tienes que aprender la lección' }, expected: ['demand@reason'] },
  { name: '"vas a" como orden', draft: { ...GOOD, words: 'Vas a ir a tratamiento esta semana.' }, expected: ['demand@words'] },
  { name: 'quiero que dejes', draft: { ...GOOD, words: 'Quiero que dejes de beber.' }, expected: ['demand@words'] },
  { name: 'necesito que dejes', draft: { ...GOOD, action: 'Necesito que dejes de beber' }, expected: ['demand@action'] },
  { name: 'exijo que', draft: { ...GOOD, words: 'Exijo que estés en casa a las diez.' }, expected: ['demand@words'] },
  { name: 'me gustaría que él', draft: { ...GOOD, action: 'Me gustaría que él se mudara en mayo' }, expected: ['demand@action'] },
  { name: 'no puedes', draft: { ...GOOD, words: 'No puedes beber en esta casa.' }, expected: ['demand@words'] },
  { name: 'no puedes, después de un "cuando"', draft: { ...GOOD, words: 'Cuando llegues a casa, no puedes beber.' }, expected: ['demand@words'] },
  { name: 'te prohíbo, sin acento', draft: { ...GOOD, words: 'Te prohibo fumar dentro.' }, expected: ['demand@words'] },
  { name: 'deberías', draft: { ...GOOD, words: 'Deberías buscar ayuda.' }, expected: ['demand@words'] },
  { name: 'ella debería', draft: { ...GOOD, holdPlan: 'Ella debería dejar de llamarme al trabajo' }, expected: ['demand@holdPlan'] },
  { name: 'una orden al empezar, para siempre', draft: { ...GOOD, words: 'No me hables así nunca más.' }, expected: ['demand@words', 'unkeepable@words'] },
  { name: 'una orden después de un comienzo amable', draft: { ...GOOD, words: 'Te quiero. No traigas drogas a esta casa.' }, expected: ['demand@words'] },
  { name: '¡deja de!', draft: { ...GOOD, words: '¡Deja de gritarme!' }, expected: ['demand@words'] },

  // (b) Amenazas dichas con enojo.
  { name: 'última oportunidad, sin acento', draft: { ...GOOD, words: 'Es tu ultima oportunidad.' }, expected: ['threat@words'] },
  { name: 'te echo de casa', draft: { ...GOOD, action: 'Te echo de la casa' }, expected: ['threat@action'] },
  { name: 'no te vuelvo a hablar es una pista, no dos', draft: { ...GOOD, words: 'Hazlo otra vez y no te vuelvo a hablar.' }, expected: ['threat@words'] },
  { name: 'te vas a arrepentir', draft: { ...GOOD, action: 'te vas a arrepentir' }, expected: ['threat@action'] },
  { name: 'una vez más y te vas', draft: { ...GOOD, holdPlan: '¡Una vez más y te largas!' }, expected: ['threat@holdPlan'] },
  { name: 'una demanda y una amenaza juntas', draft: { ...GOOD, words: 'Tienes que dejar de consumir o si no, ya verás.' }, expected: ['demand@words', 'threat@words'] },
  { name: 'deja de beber, o si no', draft: { ...GOOD, words: 'Deja de beber o si no…' }, expected: ['demand@words', 'threat@words'] },
  { name: 'un ultimátum: si no cambias, te dejo', draft: { ...GOOD, words: 'Si no paras, te dejo.' }, expected: ['threat@words'] },
  { name: 'un ultimátum en la acción', draft: { ...GOOD, action: 'Si no buscas ayuda, me divorcio' }, expected: ['threat@action'] },
  { name: 'como vuelvas a beber, se acabó', draft: { ...GOOD, words: 'Como vuelvas a beber, se acabó.' }, expected: ['threat@words'] },
  { name: 'ni se te ocurra', draft: { ...GOOD, words: '¡Ni se te ocurra!' }, expected: ['threat@words'] },
  { name: 'te lo advierto', draft: { ...GOOD, words: 'Te lo advierto.' }, expected: ['threat@words'] },

  // (b2) Tomar el control de sus cosas o decisiones.
  { name: 'quitarle el móvil', draft: { ...GOOD, action: 'Te voy a quitar el móvil' }, expected: ['control@action'] },
  { name: 'quitarle las llaves, sin "voy a"', draft: { ...GOOD, action: 'quitarle las llaves del carro' }, expected: ['control@action'] },
  { name: 'tirar su cerveza', draft: { ...GOOD, words: 'Si bebes, voy a tirar tus cervezas.' }, expected: ['control@words'] },
  { name: 'revisar su celular', draft: { ...GOOD, holdPlan: 'Voy a revisar su celular cada noche' }, expected: ['control@holdPlan'] },
  { name: 'revisar sus mensajes', draft: { ...GOOD, action: 'Voy a revisar tus mensajes cada noche' }, expected: ['control@action'] },
  { name: 'no dejarle ver a esos amigos', draft: { ...GOOD, action: 'No te voy a dejar ver a esos amigos' }, expected: ['control@action'] },
  { name: 'decidir con quién sale', draft: { ...GOOD, words: 'Desde ahora yo decido con quién sales.' }, expected: ['control@words'] },
  { name: 'un ultimátum sobre sus cosas es una pista', draft: { ...GOOD, words: 'Si no paras, te quito el coche y se acabó.' }, expected: ['threat@words'] },

  // (c) Demasiado grande para cumplir, o sin plan.
  { name: 'nunca más', draft: { ...GOOD, action: 'Nunca más te voy a dar dinero' }, expected: ['unkeepable@action'] },
  { name: 'nunca mas, sin acento', draft: { ...GOOD, action: 'no te doy dinero nunca mas' }, expected: ['unkeepable@action'] },
  { name: 'desheredar', draft: { ...GOOD, action: 'Te voy a desheredar' }, expected: ['unkeepable@action'] },
  { name: 'sacarte de mi vida', draft: { ...GOOD, action: 'Sacarte de mi vida para siempre' }, expected: ['unkeepable@action'] },
  { name: 'ya no eres mi hijo', draft: { ...GOOD, words: 'Ya no eres mi hijo.' }, expected: ['unkeepable@words'] },
  { name: 'sin plan todavía', draft: { ...GOOD, holdPlan: '' }, expected: ['unkeepable@holdPlan'] },
  { name: 'plan "no sé", sin acento', draft: { ...GOOD, holdPlan: 'no se' }, expected: ['unkeepable@holdPlan'] },
  { name: 'un plan vago: "ya veré"', draft: { ...GOOD, holdPlan: 'Ya veré.' }, expected: ['unkeepable@holdPlan'] },
  { name: 'un plan vago: "a ver qué pasa"', draft: { ...GOOD, holdPlan: 'a ver que pasa' }, expected: ['unkeepable@holdPlan'] },
  { name: 'control y demasiado grande a la vez', draft: { ...GOOD, action: 'Me aseguraré de que nunca vuelvas a beber' }, expected: ['demand@action', 'unkeepable@action'] },

  // (d) La parte del "voy a" habla de otra persona.
  { name: 'su acción, no la mía', draft: { ...GOOD, action: 'él duerme en otro sitio' }, expected: ['not-my-action@action'] },
  { name: 'su acción después de un "si"', draft: { ...GOOD, action: 'Si bebes, duermes en el coche' }, expected: ['not-my-action@action'] },
  { name: 'una regla de la casa', draft: { ...GOOD, action: 'No más alcohol en esta casa' }, expected: ['not-my-action@action'] },
  { name: 'una regla impersonal', draft: { ...GOOD, action: 'En esta casa no se bebe' }, expected: ['not-my-action@action'] },

  // (e) Etiquetas, palabras que avergüenzan, y culpa.
  { name: 'dos etiquetas, una pista', draft: { ...GOOD, words: 'Eres un adicto y un vago.' }, expected: ['label@words'] },
  { name: 'una etiqueta en la situación', draft: { ...GOOD, situation: 'Cuando se porta como un borracho' }, expected: ['label@situation'] },
  { name: 'egoísta en el porqué, sin acento', draft: { ...GOOD, reason: 'Porque eres un egoista' }, expected: ['label@reason'] },
  { name: 'alcohólico como etiqueta', draft: { ...GOOD, words: 'Eres un alcohólico.' }, expected: ['label@words'] },
  { name: 'culpa: "todo es tu culpa"', draft: { ...GOOD, reason: 'Porque todo es tu culpa' }, expected: ['label@reason'] },
  { name: 'culpa: "siempre"', draft: { ...GOOD, words: 'Siempre llegas tarde y yo me quedo esperando.' }, expected: ['label@words'] },
  { name: 'culpa: "nunca me escuchas"', draft: { ...GOOD, words: 'Tú nunca me escuchas.' }, expected: ['label@words'] },
];

describe('checkBoundary in Spanish', () => {
  it('has enough examples, calm and not', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    expect(CASES.filter((c) => c.expected.length === 0).length).toBeGreaterThanOrEqual(20);
  });

  it.each(CASES)('$name', ({ draft, expected }) => {
    const found = es(draft).map((p) => `${p.kind}@${p.field}`);
    expect(found.sort()).toEqual([...expected].sort());
  });

  it('finds every kind and wording the English checks find', () => {
    const kinds = (set: typeof PITFALL_RULES_EN) => [...new Set(set.rules.map((r) => `${r.kind}/${r.hint}`))].sort();
    expect(kinds(PITFALL_RULES_ES)).toEqual(kinds(PITFALL_RULES_EN));
    const found = new Set(CASES.flatMap((c) => es(c.draft).map((p) => p.hint)));
    expect([...found].sort()).toEqual(['control', 'demand', 'label', 'no-hold-plan', 'not-my-action', 'threat', 'too-big', 'ultimatum']);
  });

  it('names the words it found, as typed, accents and capitals kept', () => {
    const [label] = es({ words: 'Eres tan egoísta.' });
    expect(label).toEqual({ kind: 'label', field: 'words', hint: 'label', match: 'egoísta' });
    const [threat] = es({ action: 'Es tu ÚLTIMA OPORTUNIDAD' });
    expect(threat!.match).toBe('ÚLTIMA OPORTUNIDAD');
  });

  it('gives an ultimatum its own wording, though it is a threat', () => {
    expect(es({ words: 'Si no paras, te dejo.' })[0]).toMatchObject({ kind: 'threat', hint: 'ultimatum' });
  });

  it('turns the person’s own words round when it is simple, into an infinitive', () => {
    const reword = (words: string) => es({ words }).find((p) => p.kind === 'demand')?.reword;
    expect(reword('Tienes que dejar de beber.')).toEqual({ kind: 'if-been', act: 'beber' });
    expect(reword('Quiero que dejes de gritarme o me voy.')).toEqual({ kind: 'if-been', act: 'gritarme' });
    expect(reword('¡Deja de beber o si no!')).toEqual({ kind: 'if-been', act: 'beber' });
    expect(reword('No puedes beber en esta casa.')).toEqual({ kind: 'if-you', act: 'beber en esta casa' });
    expect(reword('Te prohíbo fumar dentro.')).toEqual({ kind: 'if-you', act: 'fumar dentro' });
    expect(reword('No tienes permiso para traer drogas aquí.')).toEqual({ kind: 'if-you', act: 'traer drogas aquí' });
  });

  it('offers a hope, not a "Si…", when the order is to get help', () => {
    for (const words of ['Deberías buscar ayuda.', 'Tienes que ir a rehabilitación.', 'Quiero que vayas al médico.', 'Necesitas ayuda.']) {
      expect(es({ words })[0]?.reword, words).toEqual({ kind: 'hope-and-offer' });
    }
  });

  it('keeps the general suggestion when the own words would read oddly or hurt', () => {
    const demand = (words: string) => es({ words }).find((p) => p.kind === 'demand');
    for (const words of [
      'Tienes que dejar de ser un vago.',
      'Tienes que dejar de beber cerveza con tus amigos de la escuela en el parque.',
      'Él tiene que dejar de beber.',
      'Quiero que te vayas.',
      'No puedes bebas aquí.',
      'No me hables así nunca más.',
    ]) {
      expect(demand(words), words).toBeDefined();
      expect(demand(words)?.reword, words).toBeUndefined();
    }
  });

  it('reads curly and straight apostrophes, and runs of spaces, the same', () => {
    expect(es({ action: 'Te  voy a   quitar el móvil' })).toEqual(es({ action: 'Te voy a quitar el móvil' }));
  });

  it('is chosen by the interface language', () => {
    expect(pitfallRulesIn('es')).toBe(PITFALL_RULES_ES);
    expect(pitfallRulesIn('en')).toBe(PITFALL_RULES_EN);
    // The English checks don't read Spanish, and the Spanish ones don't read English.
    expect(checkBoundary({ words: 'Tienes que dejar de beber.' })).toEqual([]);
    expect(es({ words: 'You must stop drinking.' })).toEqual([]);
  });

  it('has no stateful patterns, which would skip matches', () => {
    for (const rule of PITFALL_RULES_ES.rules) expect(rule.pattern.global || rule.pattern.sticky).toBe(false);
  });
});
