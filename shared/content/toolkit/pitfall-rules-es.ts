/**
 * Spanish checks on a boundary draft: the same kinds as `pitfall-rules-en.ts` (a demand, a
 * threat or an ultimatum, taking charge of their things, a step too big to keep, a missing or
 * vague plan, someone else's action, a label), written for how Spanish speakers say them:
 * "tienes que", "no puedes", "quiero que dejes de…", "o si no", "te vas a arrepentir",
 * "te quito el móvil", "nunca más", "ya veré", "nunca me escuchas", "es tu culpa".
 * Blame ("todo es tu culpa", "siempre llegas tarde") gets the label's hint: it stings the same
 * way. Patterns carry the `u` flag and their own word edges (`\b` would not see a word that
 * starts or ends with an accented letter), and accept each word with or without its accent,
 * as people type on a phone. The hints' words are in `pitfall-words-es.ts`; a new row needs a
 * case in tests/unit/domain/toolkit/boundary-pitfalls-es.test.ts.
 */
import type { Language } from '../locale.ts';
import type { BoundaryDraftField, PitfallRule, PitfallRuleSet } from '../../domain/toolkit/pitfall-rules.ts';
import { PITFALL_RULES_EN } from './pitfall-rules-en.ts';

const ALL_FIELDS: readonly BoundaryDraftField[] = ['situation', 'feeling', 'action', 'reason', 'words', 'holdPlan'];
/** Fields that say what the writer will do or say; the situation and feeling describe, so they are left alone. */
const SAYING: readonly BoundaryDraftField[] = ['action', 'reason', 'words', 'holdPlan'];

/** Word edges that see accented letters. */
const W = String.raw`(?<![\p{L}\p{N}_])`;
const E = String.raw`(?![\p{L}\p{N}_])`;
const rx = (...alternatives: string[]) => new RegExp(alternatives.join('|'), 'iu');

/** The people a boundary is usually about, for "mi hijo tiene que…" and "ya no eres mi hijo". */
const REL = String.raw`(?:hij[oa]|niñ[oa]|chic[oa]|pareja|espos[oa]|marido|mujer|herman[oa]|madre|mam[aá]|padre|pap[aá]|amig[oa]|novi[oa]|compañer[oa])`;
/** Words before "tienes que" that make it not a demand: "lo que necesitas", "sé que no puedes", "si tienes que irte", or a question ("¿necesitas hablar?"). */
const NOT_AFTER = String.raw`(?<!¿[^?]*)(?<!${W}(?:si|lo\s+que|todo\s+lo\s+que|el\s+tiempo\s+que|cuando|como|me|nos|s[eé]\s+que|entiendo\s+que|creo\s+que|ojal[aá]|a\s+lo\s+mejor|quiz[aá]s?|tal\s+vez)\s+)`;
/** Inside a "si"/"cuando" clause that no comma has closed yet: "cuando no puedes hablar" describes, it doesn't forbid. */
const NOT_IN_CONDITION = String.raw`(?<!${W}(?:si|cuando|mientras|porque|aunque|como|ya\s+que)${E}[^,.;:!?]*)`;
/** "…lo que necesitas." with nothing after is a relative clause, not an order. */
const ENDS_CLAUSE = String.raw`(?!\s*(?:[.,!?;]|$))`;
/** A clause that starts with "si"/"cuando", so we can look at what comes after the comma. */
const LEAD_CLAUSE = String.raw`(?:(?:si|cuando|cada\s+vez\s+que|siempre\s+que|la\s+pr[oó]xima\s+vez\s+que|en\s+cuanto|mientras)${E}[^,]*,\s*)?`;
/** The writer speaking about their own action. */
const FIRST_PERSON = /(?:^|[\s,])(?:yo|voy\s+a|me\s+voy|me\s+ir[eé]|no\s+voy\s+a|quiero|necesito|puedo|elijo|prefiero)(?![\p{L}])/iu;
/** What a person "wants" the other to do that is a kind wish or a wish for both: "quiero que sepas que te quiero", "quiero que hablemos". */
const KIND_WISH = String.raw`(?!\s+(?:sepas|sienta|sientas|est[eé]s\s+(?:bien|a\s+salvo|tranquil[oa])|seas\s+feliz|te\s+cuides|tengas\s+(?:un|una)\s+buen|\p{L}+(?:emos|amos)${E}))`;

/** Someone else's, for "tus llaves", "su teléfono". */
const THEIR = String.raw`(?:tu|tus|su|sus)`;
const ART = String.raw`(?:el|la|los|las)`;
/** Things that belong to the other person, or their private space. */
const THINGS = String.raw`(?:m[oó]vil(?:es)?|celular(?:es)?|tel[eé]fono|port[aá]til|computadora|ordenador|compu|tablet|consola|videojuegos|juegos|tele|televisi[oó]n|wifi|internet|coche|carro|auto|llaves|bici(?:cleta)?|tarjetas?|cartera|billetera|dinero|plata|paga|sueldo|botellas?|bebidas?|alcohol|cervezas?|vino|drogas|pastillas|cigarros|cigarrillos|vapeador|vaper?|cosas|ropa|cuarto|habitaci[oó]n|rec[aá]mara|mochila|bolsa|bolso|bolsillos|diario|documentos|pasaporte|carn[eé]|licencia)${E}`;
/** Taking, hiding, throwing out, searching: stems, so "quito", "quitar", "quitarte" and "quitaré" all count. */
const TAKE = String.raw`(?:quit|escond|tir|confisc|vend|romp|revis|registr|vaci|cancel|apag|desconect)`;

/** The table of checks, in order: earlier rows win when `skipIf` says one hint is enough. */
const RULES: readonly PitfallRule[] = [
  // (a) Demands on the other person.
  {
    kind: 'demand',
    fields: SAYING,
    pattern: rx(String.raw`${NOT_AFTER}${W}(?:(?:t[uú]\s+)?(?:tienes\s+que|debes(?:\s+de)?|necesitas|vas\s+a\s+tener\s+que|te\s+toca)|m[aá]s\s+te\s+vale)${E}${ENDS_CLAUSE}`),
    reword: 'after',
    hint: 'demand',
  },
  {
    kind: 'demand',
    fields: SAYING,
    pattern: rx(
      String.raw`${NOT_AFTER}${NOT_IN_CONDITION}${W}(?:(?:t[uú]\s+)?no\s+(?:puedes|debes|deber[ií]as|tienes\s+(?:permiso|derecho)\s+(?:a|de|para))|te\s+proh[ií]bo|no\s+te\s+(?:permito|voy\s+a\s+permitir|consiento)|tienes\s+prohibido|no\s+est[aá]\s+permitido)${E}${ENDS_CLAUSE}`,
    ),
    reword: 'after-not',
    hint: 'demand',
  },
  {
    kind: 'demand',
    fields: ['action', 'words', 'holdPlan'],
    pattern: rx(
      String.raw`${NOT_AFTER}${NOT_IN_CONDITION}${W}(?:(?:t[uú]\s+)?(?:deber[ií]as|tendr[ií]as\s+que)|(?:[eé]l|ella|ellos|ellas|mi\s+${REL})\s+(?:deber[ií]an?|tendr[ií]an?\s+que))${E}(?!\s+(?:saber|sentirte|estar\s+orgullos))${ENDS_CLAUSE}`,
    ),
    reword: 'after',
    hint: 'demand',
  },
  {
    // Not in the reason: "porque quiero que estés bien" is a hope, not an order.
    kind: 'demand',
    fields: ['action', 'words', 'holdPlan'],
    pattern: rx(
      String.raw`${W}(?:yo\s+)?(?:quiero|necesito|exijo|te\s+pido|le\s+pido|me\s+gustar[ií]a|insisto\s+en)\s+que(?:\s+(?:t[uú]|[eé]l|ella|ellos|ellas|mi\s+${REL}))?${E}${KIND_WISH}`,
    ),
    reword: 'after',
    hint: 'demand',
  },
  {
    kind: 'demand',
    fields: SAYING,
    pattern: rx(
      String.raw`${NOT_AFTER}${W}(?:[eé]l|ella|ellos|ellas|mi\s+${REL})\s+(?:(?:tiene|tienen|va\s+a\s+tener|van\s+a\s+tener)\s+que|debe|deben|necesita|necesitan)${E}${ENDS_CLAUSE}`,
      String.raw`(?:^|(?<=[.!?]\s))tienen?\s+que(?!\s+ver${E})${ENDS_CLAUSE}`,
    ),
    hint: 'demand',
  },
  {
    kind: 'demand',
    fields: SAYING,
    pattern: rx(
      String.raw`${NOT_AFTER}${NOT_IN_CONDITION}${W}(?:(?:t[uú]|[eé]l|ella)\s+)?(?:vas|va)\s+a\s+(?:dejar\s+de|ir\s+a|ir\s+al|buscar|conseguir|pagar|respetar(?:me)?|escuchar(?:me)?|obedecer|hacer\s+lo\s+que|llamar|mudarte|irte|salir\s+de)${E}`,
    ),
    hint: 'demand',
  },
  {
    kind: 'demand',
    fields: SAYING,
    pattern: rx(
      String.raw`${W}(?:obligar|obligo|obligar[eé]|forzar|fuerzo|forzar[eé])(?:te|le|lo|la|les|los)?\s+a${E}`,
      String.raw`${W}(?:te|le|lo|la|les|los)\s+(?:voy\s+a\s+)?(?:obligar|obligo|obligar[eé]|forzar|fuerzo|forzar[eé])\s+a${E}`,
      String.raw`${W}(?:hacer|har[eé]|hago|voy\s+a\s+hacer|conseguir|conseguir[eé]|lograr|lograr[eé])\s+que\s+(?:(?:[eé]l|ella|ellos|ellas|mi\s+${REL})\s+)?(?:deje|dejes|dejen|vaya|vayas|vayan|pare|pares|entienda|entiendas|cambie|cambies|escuche|escuches|acepte|aceptes|admita|admitas|busque|busques|pague|pagues|prometa|prometas|se\s+vaya|te\s+vayas|haga|hagas)${E}`,
    ),
    hint: 'demand',
  },
  {
    // "Me aseguraré de que tengas cómo llegar" is help; only making sure they don't, or stop, counts.
    kind: 'demand',
    fields: SAYING,
    pattern: rx(
      String.raw`${W}(?:me\s+asegurar[eé]|voy\s+a\s+asegurarme|me\s+voy\s+a\s+asegurar|asegurarme)\s+de\s+que\s+(?:no\s+(?:vuelvas|vuelva|bebas|beba|consumas|consuma|uses|salgas|salga|fumes|fume|traigas|traiga)|nunca|dejes|deje|pares|pare)${E}`,
    ),
    hint: 'demand',
  },
  {
    kind: 'demand',
    fields: ['words'],
    pattern: rx(String.raw`^¡?\s*(?:por\s+favor,?\s+)?(?:deja|para)\s+de\s+\p{L}+(?:ar|er|ir)(?:te|me|lo|la|se)?${E}`),
    reword: 'whole',
    hint: 'demand',
  },
  {
    // An order at the start of a sentence: "No me hables así nunca más." Only in the words: in
    // the action, a leading "no" is already a hint about whose action it is. Comfort ("no te
    // preocupes", "no estás solo") is left alone.
    kind: 'demand',
    fields: ['words'],
    pattern: rx(
      String.raw`(?:^|(?<=[.!?]\s))¡?(?:por\s+favor,?\s+)?no(?:\s+(?:me|te|se|lo|la|le|nos|les))?\s+(?!(?:te\s+)?(?:preocupes|rindas|sientas|culpes|olvides|dudes|tengas|pienses|asustes|agobies|enfades|enojes|eres|tienes|debes|puedes|sabes|estas|necesitas|quieres|pasa|es|vas|tienes)${E})\p{L}+(?:es|as)${E}`,
    ),
    hint: 'demand',
  },

  // (b) Threats said in anger.
  {
    kind: 'threat',
    fields: SAYING,
    pattern: rx(
      String.raw`${W}o\s+si\s+no${E}`,
      String.raw`${W}(?:y\s+)?ya\s+ver[aá]s${E}`,
      String.raw`${W}(?:y\s+)?ver[aá]s\s+lo\s+que\s+pasa${E}`,
      String.raw`${W}(?:te\s+vas\s+a\s+arrepentir|te\s+arrepentir[aá]s|lo\s+vas\s+a\s+lamentar|lo\s+lamentar[aá]s|me\s+las\s+vas\s+a\s+pagar|me\s+las\s+pagar[aá]s|lo\s+vas\s+a\s+pagar|lo\s+pagar[aá]s)${E}`,
      String.raw`${W}vas\s+a\s+pagar(?:la|lo)?\s*(?:[.!]|$)`,
      String.raw`${W}(?:no\s+(?:te|le)\s+(?:vuelvo|volver[eé]|voy\s+a\s+volver)\s+a\s+(?:hablar|dirigir\s+la\s+palabra)|nunca\s+m[aá]s\s+(?:te|le)\s+(?:hablo|hablar[eé]|dirijo|dirigir[eé]))${E}`,
      String.raw`${W}(?:te|le|los|les|lo|la)\s+(?:echo|voy\s+a\s+echar|echar[eé]|saco|voy\s+a\s+sacar|sacar[eé]|corro|voy\s+a\s+correr)\s+(?:de\s+(?:la|esta|mi)\s+casa|a\s+la\s+calle)`,
      String.raw`${W}(?:echarte|echarle|echarlo|echarla|sacarte|correrte)\s+(?:de\s+(?:la|esta|mi)\s+casa|a\s+la\s+calle)`,
      String.raw`${W}[uú]ltima\s+(?:oportunidad|advertencia|vez\s+que\s+te\s+lo\s+digo)${E}`,
      String.raw`${W}(?:te\s+lo\s+(?:advierto|estoy\s+advirtiendo)|est[aá]s\s+avisad[oa])${E}`,
      String.raw`${W}no\s+me\s+(?:provoques|busques|pruebes|tientes)${E}`,
      String.raw`${W}(?:ni\s+se\s+te\s+ocurra|ni\s+te\s+atrevas|no\s+te\s+atrevas)${E}`,
      String.raw`${W}at[eé]nte\s+a\s+las\s+consecuencias${E}`,
      String.raw`${W}(?:para\s+m[ií]\s+(?:est[aá]s|estar[aá]s)\s+muert[oa]|est[aá]s\s+muert[oa]\s+para\s+m[ií])${E}`,
      String.raw`${W}una\s+vez\s+m[aá]s\s+y${E}`,
      String.raw`${W}(?:te\s+largas|est[aá]s\s+fuera)${E}`,
      String.raw`(?:^|(?<=[.!?]\s))¡?fuera(?:\s+de\s+(?:mi|esta)\s+casa|\s+de\s+aqu[ií])?\s*(?:[.!]|$)`,
    ),
    hint: 'threat',
  },
  {
    // "Cambia, o me voy": the step is fine to take, but as a bargain it lands as a threat.
    // "Si gritas, voy a salir de la habitación" is a boundary, so only steps that end or
    // punish the relationship count here.
    kind: 'threat',
    fields: SAYING,
    pattern: rx(
      String.raw`${W}(?:si\s+no|si\s+sigues|si\s+vuelves\s+a|si\s+te\s+niegas\s+a|como\s+(?:no|vuelvas|sigas)|a\s+menos\s+que|salvo\s+que)${E}[^.?!]*?${W}(?:te\s+dejo|(?:te\s+)?voy\s+a\s+dejar(?:te)?|me\s+divorcio|me\s+voy\s+a\s+divorciar|me\s+separo|nos\s+separamos|lo\s+dejamos|se\s+acab[oóa]|terminamos|termino\s+contigo|corto\s+contigo|te\s+corto|me\s+llevo\s+a\s+los\s+niños|te\s+quito\s+a\s+los\s+niños|dejo\s+de\s+(?:quererte|ayudarte|verte|hablarte|apoyarte)|te\s+echo|te\s+saco|me\s+voy\s+para\s+siempre)${E}(?!\s+(?:en\s+paz|tranquil[oa]|sol[oa]|espacio|la|el|un|una|que|ir|con|hablar|descansar|pensar)${E})`,
    ),
    hint: 'ultimatum',
  },

  // (b2) Taking charge of the other person's things or choices.
  {
    kind: 'control',
    fields: ['action', 'words', 'holdPlan'],
    pattern: rx(
      String.raw`${W}(?:te|le|les)\s+(?:voy\s+a\s+)?${TAKE}\p{L}*\s+(?:${ART}|${THEIR})\s+(?:\p{L}+\s+)?${THINGS}`,
      String.raw`${W}${TAKE}\p{L}*?(?:te|le|les)\s+(?:${ART}|${THEIR})\s+(?:\p{L}+\s+)?${THINGS}`,
      String.raw`${W}${TAKE}\p{L}*\s+${THEIR}\s+(?:\p{L}+\s+)?${THINGS}`,
      String.raw`${W}${TAKE}\p{L}*\s+${ART}\s+${THINGS}\s+de\s+mi\s+${REL}`,
      String.raw`${W}(?:revis|registr|husme|hurg|esculc|fisgone)\p{L}*\s+(?:en\s+)?${THEIR}\s+(?:mensajes|chats|whatsapps?|correos|redes)${E}`,
      String.raw`${W}(?:te|le|lo|la|los|las)\s+(?:voy\s+a\s+)?(?:espi|esp[ií]|rastre|vigil|localiz)\p{L}*`,
      String.raw`${W}(?:espi|rastre|vigil)\p{L}*?(?:te|le|lo|la)${E}`,
      String.raw`(?<!no\s(?:voy\s+a\s)?)${W}(?:impedir(?:te|le)|impedir[eé]\s+que|(?:te|le)\s+impedir[eé]|(?:te|le)\s+voy\s+a\s+impedir)${E}`,
      String.raw`${W}no\s+(?:te|le|les)\s+(?:voy\s+a\s+)?(?:dejo|dejar[eé]|dejar)\s+(?:salir|ver|ir|usar|tener|que\s+veas|que\s+salgas)${E}`,
      String.raw`${W}(?:yo\s+)?(?:decid|eleg|escog|elij|decid)\p{L}*\s+(?:con\s+)?(?:qui[eé]n(?:es)?|qu[eé]|a\s+d[oó]nde|ad[oó]nde|d[oó]nde|cu[aá]ndo|c[oó]mo)\s+(?:puedes|puede|vas|va|sales|sale|ves|ve|gastas|gasta|hablas|habla|te\s+juntas|se\s+junta)${E}`,
      String.raw`${W}(?:eleg|escog|elij)\p{L}*\s+${THEIR}\s+amistades|${W}(?:eleg|escog|elij)\p{L}*\s+${THEIR}\s+amig[oa]s`,
    ),
    skipIf: ['threat'],
    hint: 'control',
  },

  // (c) Steps too big or too permanent to keep every time.
  {
    kind: 'unkeepable',
    fields: ['action', 'words', 'holdPlan'],
    pattern: rx(
      String.raw`${W}(?:nunca\s+m[aá]s|nunca\s+jam[aá]s|jam[aá]s)${E}(?![^.?!]{0,30}quer)`,
      String.raw`${W}(?:nunca|no)\s+(?:te\s+|le\s+)?(?:vuelvo|volver[eé]|voy\s+a\s+volver)\s+a${E}`,
      String.raw`${W}nunca\s+(?:vuelvas|vuelva|vuelvan)\s+a${E}`,
      String.raw`(?<!(?:quer|am)\p{L}*[^.?!]{0,20})${W}para\s+siempre${E}`,
      String.raw`${W}(?:desheredar|deshered[oa]|desheredar[eé]|renegar[eé]?\s+de\s+ti|reniego\s+de\s+ti)${E}`,
      String.raw`${W}(?:cortar|corto|cortar[eé])\s+(?:contigo|con\s+[eé]l|con\s+ella|con\s+ellos)\s+(?:del\s+todo|para\s+siempre|definitivamente)`,
      String.raw`${W}(?:sacarte|sacarlo|sacarla|te\s+saco|te\s+sacar[eé])\s+de\s+mi\s+vida${E}`,
      String.raw`${W}(?:definitivamente|de\s+por\s+vida|para\s+no\s+volver)${E}`,
      String.raw`${W}(?:ya\s+no|no)\s+(?:eres|es|ser[aá]s)\s+(?:mi|nuestr[oa])\s+${REL}${E}`,
    ),
    skipIf: ['threat'],
    hint: 'too-big',
  },
  {
    // No plan, or one too vague to hold: "ya veré", "depende", "a ver qué pasa".
    kind: 'unkeepable',
    fields: ['holdPlan'],
    needs: 'action',
    pattern: rx(
      String.raw`^[¿¡\s]*(?:\?*|no\s+(?:lo\s+)?s[eé](?:\s+(?:todav[ií]a|a[uú]n))?|ni\s+idea|no\s+estoy\s+segur[oa]|no\s+tengo\s+(?:ni\s+)?idea|no\s+tengo\s+(?:un\s+)?plan|sin\s+plan|ya\s+ver[eé]|ya\s+veremos|ya\s+se\s+ver[aá]|a\s+ver\s+qu[eé]\s+pasa|depende|nada|ninguno|lo\s+que\s+sea|n\/?a|[.\-–—]*)[\s.!?¡¿]*$`,
    ),
    hint: 'no-hold-plan',
  },

  // (d) The "voy a" part is about someone else.
  {
    kind: 'not-my-action',
    fields: ['action'],
    pattern: rx(
      String.raw`^${LEAD_CLAUSE}(?:(?:t[uú]|[eé]l|ella|ellos|ellas|su|sus|mi\s+${REL})${E}|no\s+m[aá]s${E}|nada\s+de${E}|(?:aqu[ií]|en\s+(?:esta|mi)\s+casa)\s+no\s+se${E}|no\s+se\s+(?:bebe|fuma|consume|permite|grita)${E}|prohibido|nadie${E}|ning[uú]n[oa]?${E}|no\s+(?:hay|habr[aá])${E}|se\s+acab[oó]${E}|(?:te|se)\s+vas?${E}|(?:duermes|duerme|sales|sale|pagas|paga|te\s+quedas|se\s+queda|vuelves|vuelve|dejas|deja)${E}|no\s+(?:(?:me|te|se|lo|la|le|nos)\s+)?\p{L}+(?:es|as)${E})`,
    ),
    unless: FIRST_PERSON,
    skipIf: ['demand', 'threat', 'control'],
    hint: 'not-my-action',
  },

  // (e) Labels, shaming words and blame. Not in `feeling`: "me siento inútil" is the writer's
  // own hurt, and deserves kindness rather than a correction.
  {
    kind: 'label',
    fields: ALL_FIELDS.filter((f) => f !== 'feeling'),
    pattern: rx(
      String.raw`${W}(?:drog)?adict[oa]s?${E}|${W}(?:poli)?toxic[oó]man[oa]s?${E}|${W}yon[qk]u?is?${E}|${W}drogatas?${E}`,
      String.raw`${W}(?:un|una|el|la|los|las|eres|es|son|como\s+una?|est[aá]s\s+hech[oa]\s+una?)\s+(?:borrach[oa]s?|borrach[ií]n(?:a|es)?|alcoh[oó]lic[oa]s?(?!\s+an[oó]nim)|vicios[oa]s?)${E}`,
      String.raw`(?<!(?:me|te)\s+(?:vuelv\p{L}*|siento|sent[ií]\p{L}*|pongo|estoy\s+volviendo)\s+|volvi\p{L}*\s+|volverme\s+|sentirme\s+|siento\s+(?:un|una)\s+)${W}(?:loc[oa]s?|chiflad[oa]s?|psic[oó]patas?|desquiciad[oa]s?|trastornad[oa]s?|dementes?|lun[aá]tic[oa]s?|in[uú]til(?:es)?|est[uú]pid[oa]s?|idiotas?|imb[eé]ciles?|perdedor(?:a|es)?|fracasad[oa]s?|mentiros[oa]s?|vag[oa]s?|floj[oa]s?|ego[ií]stas?|sinverg[uü]enzas?|desgraciad[oa]s?|manipulador(?:a|es)?|cobardes?|pat[eé]tic[oa]s?)${E}`,
      String.raw`${W}(?:eres|es|son)\s+(?:un|una)\s+(?:desastre|verg[uü]enza|caso\s+perdido)${E}|${W}no\s+sirves\s+para\s+nada${E}`,
      String.raw`(?<!${W}(?:no|nada|ni)${E}[^,.;!?]{0,25})${W}(?:es|todo\s+es|fue)\s+(?:tu|su)\s+culpa${E}`,
      String.raw`(?<!no\s)${W}por\s+tu\s+culpa${E}|${W}la\s+culpa\s+es\s+(?:tuya|suya)${E}|${W}me\s+obligas\s+a${E}|${W}mira\s+lo\s+que\s+(?:me\s+)?(?:has\s+hecho|haces|hiciste)${E}`,
      String.raw`${W}(?:t[uú]\s+)?(?:siempre|nunca)\s+(?:me\s+|nos\s+|lo\s+|la\s+)?(?:haces\s+caso|haces\s+lo\s+mismo|llegas|llega|mientes|miente|gritas|grita|arruinas|arruina|estropeas|fallas|escuchas|cumples|cumple|cambias|piensas\s+en\s+nadie|respetas|aprendes|es\s+lo\s+mismo|igual)${E}`,
    ),
    hint: 'label',
  },
];

/** Spanish checks on a boundary draft, and the patterns that turn an order round into "Si vuelves a …, voy a …". */
export const PITFALL_RULES_ES: PitfallRuleSet = {
  rules: RULES,
  ownWords: {
    // Only orders to "tú" are turned round (the words are said to the person); "él debe…" is not.
    addressed:
      /^(?!.*(?<![\p{L}])(?:[eé]l|ella|ellos|ellas|mi|mis|su|sus)(?![\p{L}])).*(?<![\p{L}])(?:t[uú]|tienes|debes|deber[ií]as|tendr[ií]as|necesitas|puedes|te|quiero\s+que|necesito\s+que|exijo\s+que|me\s+gustar[ií]a\s+que|insisto\s+en\s+que|m[aá]s\s+te\s+vale)(?![\p{L}])/iu,
    polite: /^¡?\s*(?:por\s+favor,?\s+)?/iu,
    clauseEnd: /[.,;:!?()"“”«»¡¿]|\s(?:y|e|pero|o|u|porque|que|entonces|si|cuando|antes|despu[eé]s|mientras|hasta|sino)(?![\p{L}])/iu,
    tail: /(?:\s+(?:otra\s+vez|nunca\s+m[aá]s|m[aá]s|ya|ahora(?:\s+mismo)?|hoy|esta\s+noche|por\s+favor|de\s+una\s+vez|jam[aá]s|nunca))+$/iu,
    lead: /^(?:que|de|ya)\s+/iu,
    negation: /^(?:no|nunca|jam[aá]s)\s+(?:m[aá]s\s+)?/iu,
    help: /^(?:(?:ir|vayas|vaya|buscar|busques|busque|pedir|pidas|pida|conseguir|consigas|ver|veas|hablar|hables|empezar|empieces|entrar|entres|aceptar|aceptes)\s+(?:a\s+|al\s+|con\s+|en\s+)?)?(?:(?:un|una|el|la|los|las|alg[uú]n|alguna)\s+)?(?:ayuda|tratamiento|terapia|rehabilitaci[oó]n|rehab|desintoxicaci[oó]n|m[eé]dic[oa]|doctor(?:a)?|psic[oó]log[oa]|psiquiatra|consejer[oa]|alguien|apoyo|grupo|reuniones|AA|NA|centro)(?![\p{L}])/iu,
    stopDoing: /^(?:dej(?:ar|a|es|e|en)|par(?:ar|a|es|e))\s+de\s+(\p{L}+(?:ar|er|ir)(?:te|me|se|lo|la|le|los|las)?(?![\p{L}]).*)$/iu,
    // "Si llegas a …" needs an infinitive: anything else would read oddly.
    oddAfterIf: /^(?!\p{L}+(?:ar|er|ir)(?:te|me|se|lo|la|le|los|las|nos)?(?![\p{L}]))|^(?:dejar|parar|ser|estar)(?![\p{L}])/iu,
    maxWords: 6,
  },
};

/** The checks in the interface's language. */
export function pitfallRulesIn(language: Language): PitfallRuleSet {
  return language === 'es' ? PITFALL_RULES_ES : PITFALL_RULES_EN;
}
