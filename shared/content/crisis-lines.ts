/**
 * Help lines by country: what "Need help now?", week 6, the crisis plan, handouts, the
 * extension's popup and the chip show. Every entry carries the public page it was checked
 * against (`source`) and the day it was checked (`checkedOn`); a unit test refuses one
 * without them. Update here, nowhere else.
 *
 * Text links follow RFC 5724 (https://www.rfc-editor.org/rfc/rfc5724): `sms:<number>` and,
 * where the service asks for a first word, `sms:<number>?body=<word>`.
 * A line we could not confirm on a public page is left out: where a country has no national
 * line of a kind (or we could not confirm one), `findLocal` says how to find a local one.
 *
 * Each country's emergency number comes from ./crisis/emergency-numbers.ts, which the course's
 * shell also carries on its own.
 */
import { EMERGENCY_ADVICE, EMERGENCY_NUMBERS, type EmergencyNumber } from './crisis/emergency-numbers.ts';

/** What a line is for; the order here is the order the help page shows them in. */
export type HelpKind = 'crisis' | 'violence' | 'substance' | 'poison';

export const HELP_KINDS: readonly HelpKind[] = ['crisis', 'violence', 'substance', 'poison'];

/** A heading for each kind of line, as the help page shows it. */
export const HELP_KIND_TITLES: Readonly<Record<HelpKind, string>> = {
  crisis: 'Suicide and crisis lines',
  violence: 'Violence or abuse at home',
  substance: 'Alcohol and drug use',
  poison: 'Poison and overdose advice',
};

/** One way to reach a line: a tap target that opens the dialler or the messages app. */
export interface HelpContact {
  /** As people read it: "Call 988", "Text START to 88788". */
  label: string;
  /**
   * `tel:` or `sms:` link, dialled only when the person taps it; dials exactly the digits in `label`.
   * A leading `*` is kept where the service's number has one (Chile's *4141): RFC 3966 allows it.
   */
  href: string;
}

/** A free line to call or text. */
export interface HelpLine {
  kind: HelpKind;
  name: string;
  /** What it is for, in a sentence. */
  detail: string;
  /** When it is open: "All day, every day". */
  hours: string;
  /** Call first, then text, as the service offers them. */
  contacts: HelpContact[];
  /** Its own website, for reading later (never needed to get help). */
  website?: string;
  /** The public page the number and hours were checked against. */
  source: string;
  /** The day it was checked, `YYYY-MM-DD`. */
  checkedOn: string;
}

/** The help for one country, and its emergency number. */
export interface CountryHelp extends EmergencyNumber {
  code: string;
  country: string;
  /** The country as it reads after "In": some names take "the". */
  inCountry: string;
  lines: HelpLine[];
  /** For a kind with no national line here: how to find a local one (or which line above covers it). */
  findLocal?: Partial<Record<HelpKind, string>>;
}

const CHECKED = '2026-12-05';
/** Argentina, Colombia and Chile's lines, and the United States' Spanish-language options. */
const CHECKED_ES = '2026-12-06';

export const CRISIS_HELP: readonly CountryHelp[] = [
  {
    code: 'US',
    country: 'United States',
    inCountry: 'the United States',
    ...EMERGENCY_NUMBERS.US,
    lines: [
      {
        kind: 'crisis',
        name: '988 Suicide & Crisis Lifeline',
        detail: 'For anyone in emotional distress, a mental health or substance use crisis, or worried about someone else. In Spanish: call and press 2, or text AYUDA to 988.',
        hours: 'Free and open all day, every day.',
        // Spanish: press 2 on a call, AYUDA by text. Checked 2026-12-06 against
        // https://988lifeline.org/get-help/what-to-expect
        contacts: [
          { label: 'Call 988', href: 'tel:988' },
          { label: 'Text 988', href: 'sms:988' },
          { label: 'Text AYUDA to 988', href: 'sms:988?body=AYUDA' },
        ],
        website: 'https://988lifeline.org/',
        source: 'https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline',
        checkedOn: CHECKED,
      },
      {
        kind: 'violence',
        name: 'National Domestic Violence Hotline',
        // Spanish and many other languages: https://www.elmundous.com/2019/06/07/linea-para-victimas-de-violencia-domestica-cruza-los-5-millones-de-llamadas/
        // (the Hotline's director of services); Spanish chat: https://www.hhs.texas.gov/es/servicios/seguridad/programa-contra-la-violencia-familiar
        // Both checked 2026-12-06. Whether texting START gets a Spanish speaker, we could not confirm.
        detail: 'For anyone hurt or afraid at home, and for family and friends. They help you make a plan to stay safe. Help in Spanish and many other languages, and a chat in Spanish at espanol.thehotline.org.',
        hours: 'Free and open all day, every day.',
        contacts: [
          { label: 'Call 1-800-799-7233', href: 'tel:18007997233' },
          { label: 'Text START to 88788', href: 'sms:88788?body=START' },
        ],
        website: 'https://www.thehotline.org/',
        source: 'https://ovc.ojp.gov/news/grantee-news/national-domestic-violence-hotline-answers-6-million-contacts',
        checkedOn: CHECKED,
      },
      {
        kind: 'substance',
        name: 'SAMHSA National Helpline',
        // Spanish: "English and Spanish are available if you select the option to speak with a national
        // representative", https://www.samhsa.gov/find-help/national-helpline, checked 2026-12-06.
        detail: 'For people and families facing drug, alcohol or mental health problems. They can tell you about treatment and support groups near you. For Spanish, choose the option to speak with a national representative.',
        hours: 'Free and open all day, every day, in English and Spanish.',
        contacts: [{ label: 'Call 1-800-662-4357', href: 'tel:18006624357' }],
        website: 'https://www.samhsa.gov/find-help/national-helpline',
        source: 'https://internationalmentalhealth.org/resources/',
        checkedOn: CHECKED,
      },
      {
        kind: 'poison',
        name: 'Poison Control',
        // Interpreters in 161 languages: the source below, checked again 2026-12-06.
        detail: 'For questions about too much of a medicine, a drug, or anything that may be poison. Free interpreters in many languages, Spanish included. If the person will not wake or has trouble breathing, call 911.',
        hours: 'Free and open all day, every day.',
        contacts: [{ label: 'Call 1-800-222-1222', href: 'tel:18002221222' }],
        website: 'https://www.poison.org/',
        source: 'https://poisonhelp.hrsa.gov/es/poison-centers',
        checkedOn: CHECKED,
      },
    ],
  },
  {
    code: 'CA',
    country: 'Canada',
    inCountry: 'Canada',
    ...EMERGENCY_NUMBERS.CA,
    lines: [
      {
        kind: 'crisis',
        name: '9-8-8 Suicide Crisis Helpline',
        detail: 'For anyone thinking about suicide or worried about someone, in English and French.',
        hours: 'Free and open all day, every day.',
        contacts: [
          { label: 'Call 988', href: 'tel:988' },
          { label: 'Text 988', href: 'sms:988' },
        ],
        website: 'https://988.ca/',
        source: 'https://www.napaneebeaver.ca/canadas-9-8-8-suicide-crisis-helpline-now-available/',
        checkedOn: CHECKED,
      },
      {
        kind: 'poison',
        name: 'Poison centres (1-844-POISON-X)',
        detail: 'Connects you to your local poison centre about too much of a medicine or drug. In Quebec, call the Centre antipoison du Québec at 1-800-463-5060.',
        hours: 'Free and open all day, every day.',
        contacts: [{ label: 'Call 1-844-764-7669', href: 'tel:18447647669' }],
        source: 'https://www.nexreg.com/canada-launches-poison-centre-telephone-number',
        checkedOn: CHECKED,
      },
    ],
    findLocal: {
      violence: 'Women’s shelters across Canada run their own 24-hour crisis lines, and you do not have to stay in a shelter to call one. Find the nearest on sheltersafe.ca, or call 988 and ask.',
      substance: 'Call 988, or ask a doctor or pharmacist about alcohol and drug help in your province.',
    },
  },
  {
    code: 'GB',
    country: 'United Kingdom',
    inCountry: 'the United Kingdom',
    ...EMERGENCY_NUMBERS.GB,
    lines: [
      {
        kind: 'crisis',
        name: 'Samaritans',
        detail: 'You can talk about anything that is troubling you. Calls are free from any phone.',
        hours: 'Free and open all day, every day.',
        contacts: [{ label: 'Call 116 123', href: 'tel:116123' }],
        website: 'https://www.samaritans.org/',
        source: 'https://civilsociety.co.uk/news/samaritans-helpline-now-free-to-call.html',
        checkedOn: CHECKED,
      },
      {
        kind: 'crisis',
        name: 'Shout',
        detail: 'A text service for anyone who is struggling to cope. Free on the main mobile networks.',
        hours: 'Open all day, every day.',
        contacts: [{ label: 'Text SHOUT to 85258', href: 'sms:85258?body=SHOUT' }],
        website: 'https://giveusashout.org/',
        source: 'https://giveusashout.org/about-us/safeguarding-children-and-young-people/',
        checkedOn: CHECKED,
      },
      {
        kind: 'violence',
        name: 'National Domestic Abuse Helpline',
        detail: 'Run by Refuge, for anyone facing abuse at home, and for family and friends. Free and confidential.',
        hours: 'Free and open all day, every day.',
        contacts: [{ label: 'Call 0808 2000 247', href: 'tel:08082000247' }],
        website: 'https://www.nationaldahelpline.org.uk/',
        source: 'https://refuge.org.uk/news/refuge-responds-to-reports-of-potential-increase-in-domestic-abuse-during-covid-19',
        checkedOn: CHECKED,
      },
      {
        kind: 'poison',
        name: 'NHS 111',
        detail: 'If you are not sure whether something someone took is harmful. If they will not wake, have a fit or struggle to breathe, call 999.',
        hours: 'Free and open all day, every day.',
        contacts: [{ label: 'Call 111', href: 'tel:111' }],
        website: 'https://111.nhs.uk/',
        source: 'https://www.medway.nhs.uk/in-an-emergency/',
        checkedOn: CHECKED,
      },
    ],
    findLocal: {
      substance: 'Your GP, or NHS 111, can point you to drug and alcohol services near you.',
    },
  },
  {
    code: 'IE',
    country: 'Ireland',
    inCountry: 'Ireland',
    ...EMERGENCY_NUMBERS.IE,
    lines: [
      {
        kind: 'crisis',
        name: 'Samaritans',
        detail: 'You can talk about anything that is troubling you. Calls are free from any phone.',
        hours: 'Free and open all day, every day.',
        contacts: [{ label: 'Call 116 123', href: 'tel:116123' }],
        website: 'https://www.samaritans.org/ireland/',
        source: 'https://www.samaritans.org/news/samaritans-in-northern-ireland-answer-one-million-calls-during-10-years-of-freephone',
        checkedOn: CHECKED,
      },
      {
        kind: 'crisis',
        name: '50808',
        detail: 'A text service for anyone going through a mental health or emotional crisis.',
        hours: 'Free and open all day, every day.',
        contacts: [{ label: 'Text TALK to 50808', href: 'sms:50808?body=TALK' }],
        website: 'https://text50808.ie/',
        source: 'https://todayfm.com/news/247-mental-health-text-support-service-officially-launched-1031466',
        checkedOn: CHECKED,
      },
      {
        kind: 'violence',
        name: 'Women’s Aid National Freephone Helpline',
        detail: 'For women facing abuse from a partner or ex-partner, and for family and friends who are worried.',
        hours: 'Free and open all day, every day.',
        contacts: [{ label: 'Call 1800 341 900', href: 'tel:1800341900' }],
        website: 'https://www.womensaid.ie/',
        source: 'https://www.thejournal.ie/womens-aid-helpline-2-2964358-Sep2016/',
        checkedOn: CHECKED,
      },
      {
        kind: 'substance',
        name: 'HSE Drugs and Alcohol Helpline',
        detail: 'Free and confidential, for anyone worried about their own or someone else’s drinking or drug use.',
        hours: 'Weekdays, during office hours.',
        contacts: [{ label: 'Call 1800 459 459', href: 'tel:1800459459' }],
        website: 'https://www.drugs.ie/',
        source: 'https://healthtopical.com/harris-proposes-24-7-service-run-by-people-coping-with-drug-abuse',
        checkedOn: CHECKED,
      },
      {
        kind: 'poison',
        name: 'Public Poisons Information Line',
        detail: 'Tells you if someone who swallowed something needs a doctor. Outside these hours, call your GP or a hospital.',
        hours: 'Every day, 8am to 10pm.',
        contacts: [{ label: 'Call 01 809 2166', href: 'tel:018092166' }],
        website: 'https://poisons.ie/',
        source: 'https://poisons.ie/about/what-we-do/',
        checkedOn: CHECKED,
      },
    ],
  },
  {
    code: 'AU',
    country: 'Australia',
    inCountry: 'Australia',
    ...EMERGENCY_NUMBERS.AU,
    lines: [
      {
        kind: 'crisis',
        name: 'Lifeline',
        detail: 'Crisis support for anyone having a hard time or worried about someone.',
        hours: 'Open all day, every day.',
        contacts: [
          { label: 'Call 13 11 14', href: 'tel:131114' },
          { label: 'Text 0477 13 11 14', href: 'sms:0477131114' },
        ],
        website: 'https://www.lifeline.org.au/',
        source: 'https://lifeinmind.org.au/news/lifelines-crisis-text-service-now-available-24-7',
        checkedOn: CHECKED,
      },
      {
        kind: 'violence',
        name: '1800RESPECT',
        detail: 'Counselling and support for anyone facing domestic, family or sexual violence, and for family and friends.',
        hours: 'Open all day, every day.',
        contacts: [
          { label: 'Call 1800 737 732', href: 'tel:1800737732' },
          { label: 'Text 0458 737 732', href: 'sms:0458737732' },
        ],
        website: 'https://www.1800respect.org.au/',
        source: 'https://articles.listnr.com/news/expansion-of-domestic-violence-hotline-now-includes-text-services/',
        checkedOn: CHECKED,
      },
      {
        kind: 'substance',
        name: 'National Alcohol and Other Drug Hotline',
        detail: 'Free, confidential advice about alcohol and drugs, for you or someone you care about. It connects you to the service in your state.',
        hours: 'Open all day, every day (in South Australia, a counsellor from 8:30am to 10pm).',
        contacts: [{ label: 'Call 1800 250 015', href: 'tel:1800250015' }],
        source: 'https://mindframe.org.au/news/mindframe-encourages-inclusion-of-the-national-alcohol-and-other-drugs-hotline-1800-250-015-in-media-reporting',
        checkedOn: CHECKED,
      },
      {
        kind: 'poison',
        name: 'Poisons Information Centre',
        detail: 'Advice on what to do if someone took too much of a medicine or drug, from anywhere in Australia.',
        hours: 'Open all day, every day.',
        contacts: [{ label: 'Call 13 11 26', href: 'tel:131126' }],
        website: 'https://www.poisonsinfo.health.qld.gov.au/',
        source: 'https://www.poisonsinfo.health.qld.gov.au',
        checkedOn: CHECKED,
      },
    ],
  },
  {
    code: 'NZ',
    country: 'New Zealand',
    inCountry: 'New Zealand',
    ...EMERGENCY_NUMBERS.NZ,
    lines: [
      {
        kind: 'crisis',
        name: 'Need to talk? 1737',
        detail: 'Talk or text with a trained counsellor, about yourself or someone you are worried about.',
        hours: 'Free and open all day, every day.',
        contacts: [
          { label: 'Call 1737', href: 'tel:1737' },
          { label: 'Text 1737', href: 'sms:1737' },
        ],
        website: 'https://1737.org.nz/',
        source: 'https://www.pegasus.health.nz/?p=6300',
        checkedOn: CHECKED,
      },
      {
        kind: 'violence',
        name: 'Women’s Refuge crisis line',
        detail: 'Puts you through to your local refuge, for anyone facing violence at home.',
        hours: 'Free and open all day, every day.',
        contacts: [{ label: 'Call 0800 733 843', href: 'tel:0800733843' }],
        website: 'https://womensrefuge.org.nz/',
        source: 'https://www.govt.nz/browse/law-crime-and-justice/abuse-harassment-domestic-violence/domestic-and-family-violence/',
        checkedOn: CHECKED,
      },
      {
        kind: 'substance',
        name: 'Alcohol Drug Helpline',
        detail: 'Free advice about your own or someone else’s drinking or drug use.',
        hours: 'Free to call or text.',
        contacts: [
          { label: 'Call 0800 787 797', href: 'tel:0800787797' },
          { label: 'Text 8681', href: 'sms:8681' },
        ],
        source: 'https://manaake.health.nz/supporting-your-child/maintaining-positive-family-relationships/drugs-alcohol-and-gambling/',
        checkedOn: CHECKED,
      },
      {
        kind: 'poison',
        name: 'National Poisons Centre',
        detail: 'Advice if someone swallowed or took something harmful. If they will not wake or struggle to breathe, call 111.',
        hours: 'Free and open all day, every day.',
        contacts: [{ label: 'Call 0800 764 766', href: 'tel:0800764766' }],
        source: 'https://www.plunket.org.nz/your-child/emergency/poisons/in-the-garden/',
        checkedOn: CHECKED,
      },
    ],
  },
  {
    code: 'ES',
    country: 'Spain',
    inCountry: 'Spain',
    ...EMERGENCY_NUMBERS.ES,
    lines: [
      {
        kind: 'crisis',
        name: '024 Línea de atención a la conducta suicida',
        detail: 'For anyone with thoughts of suicide, and for their family and friends. Answered in Spanish.',
        hours: 'Free and open all day, every day.',
        contacts: [{ label: 'Call 024', href: 'tel:024' }],
        source: 'https://www.rtve.es/noticias/20220509/sanidad-presenta-telefono-prevencion-suicidio/2347183.shtml',
        checkedOn: CHECKED,
      },
      {
        kind: 'violence',
        name: '016',
        detail: 'Information and advice for anyone facing violence from a partner or ex-partner. The call does not show on the phone bill.',
        hours: 'Free and open all day, every day.',
        contacts: [{ label: 'Call 016', href: 'tel:016' }],
        source: 'https://www.elperiodicoextremadura.com/noticias/extremadura/extremadura-realizan-tres-llamadas-dia-telefono-016_1194873.html',
        checkedOn: CHECKED,
      },
      {
        kind: 'poison',
        name: 'Servicio de Información Toxicológica',
        detail: 'Advice if someone took too much of a medicine or swallowed something harmful.',
        hours: 'Open all day, every day.',
        contacts: [{ label: 'Call 91 562 04 20', href: 'tel:915620420' }],
        source: 'https://herenciageneticayenfermedad.blogspot.com/2012/11/servicio-de-informacion-toxicologica.html',
        checkedOn: CHECKED,
      },
    ],
    findLocal: {
      substance: 'Your health centre (centro de salud) can point you to drug and alcohol services near you.',
    },
  },
  {
    code: 'MX',
    country: 'Mexico',
    inCountry: 'Mexico',
    ...EMERGENCY_NUMBERS.MX,
    lines: [
      {
        kind: 'crisis',
        name: 'Línea de la Vida',
        detail: 'For thoughts of suicide, a mental health crisis, or drug and alcohol use, for yourself or someone close. Answered in Spanish.',
        hours: 'Free and open all day, every day.',
        contacts: [{ label: 'Call 800 911 2000', href: 'tel:8009112000' }],
        source: 'https://www.eluniversal.com.mx/nacion/promueven-la-linea-de-la-vida-tras-presentar-encuesta-sobre-consumo-de-drogas-asi-puedes-pedir-ayuda/',
        checkedOn: CHECKED,
      },
      {
        kind: 'violence',
        name: 'Línea de las Mujeres',
        detail: 'For women facing violence: legal advice and emotional support. After you call, choose option 1.',
        hours: 'Free and open all day, every day.',
        contacts: [{ label: 'Call 079', href: 'tel:079' }],
        source: 'https://www.jornada.com.mx/2025/11/05/sociedad/039n2soc',
        checkedOn: CHECKED,
      },
    ],
    findLocal: {
      substance: 'Línea de la Vida, above, also helps with alcohol and drug use.',
      poison: 'If someone took too much of something and will not wake or struggles to breathe, call 911.',
    },
  },
  {
    code: 'AR',
    country: 'Argentina',
    inCountry: 'Argentina',
    ...EMERGENCY_NUMBERS.AR,
    lines: [
      {
        // What it does: https://www.cba24n.com.ar/sociedad/se-habilito-linea-telefonica-nacional-y-gratuita-para-urgencias-de-salud-mental_a631b4db37e12b42cd076b8cf
        // (the Ministry of Health's launch, 2022); still named as current in the source below (2025).
        kind: 'crisis',
        name: 'Línea de Salud Mental (Ministerio de Salud)',
        detail: 'For any mental health problem or crisis, including thoughts of suicide. Mental health professionals listen, and can connect you with services near you.',
        hours: 'Free and open all day, every day.',
        contacts: [{ label: 'Call 0800 999 0091', href: 'tel:08009990091' }],
        source: 'https://lapostacomodorense.com.ar/2025/09/03/septiembre-mes-de-la-prevencion-del-suicidio-la-importancia-de-escuchar-acompanar-y-abrazar/',
        checkedOn: CHECKED_ES,
      },
      {
        // Who answers: https://www.cadena3.com/noticia/sociedad/la-linea-144-cumplio-12-anos-como-una-de-las-principales-politicas-publicas-contra-la-violencia-de-genero_465785
        kind: 'violence',
        name: 'Línea 144',
        detail: 'Support and advice for anyone facing gender-based violence, including violence at home. Lawyers, psychologists and social workers answer.',
        hours: 'Free and open all day, every day.',
        contacts: [{ label: 'Call 144', href: 'tel:144' }],
        source: 'https://www.pagina12.com.ar/860790-la-linea-144-salva-vidas-no-la-dejemos-morir',
        checkedOn: CHECKED_ES,
      },
      {
        kind: 'substance',
        name: 'Línea 141 (Sedronar)',
        detail: 'Free, anonymous advice about drug and alcohol use, for you or someone close to you. A team of professionals answers.',
        hours: 'Free and open 24 hours a day.',
        contacts: [{ label: 'Call 141', href: 'tel:141' }],
        source: 'https://iprofesional.com/salud/307652-salir-de-las-adicciones-como-ayudar-a-un-familiar-un-amigo-o-a-uno-mismo',
        checkedOn: CHECKED_ES,
      },
    ],
    // The Centro Nacional de Intoxicaciones' number could not be confirmed on a public page.
    findLocal: {
      poison: 'If someone took too much of something and will not wake or struggles to breathe, call 911.',
    },
  },
  {
    code: 'CO',
    country: 'Colombia',
    inCountry: 'Colombia',
    ...EMERGENCY_NUMBERS.CO,
    lines: [
      {
        // The source calls 106 national and 24/7; cities and regions run it, though, and only
        // Bogotá's service is described on an official page
        // (https://www.saludcapital.gov.co:443/Paginas2/Noticia_Portal_Detalle.aspx?IP=2498, what it
        // helps with: http://www.bogota.gov.co/servicios/guia-de-tramites-y-servicios/linea-106), and
        // https://www.elespectador.com/salud/247-por-365-dias-al-ano-el-universo-de-las-lineas-para-aliviar-la-salud-mental/
        // speaks of lines "en varios puntos del país". So the detail says what to do if it does not connect.
        kind: 'crisis',
        name: 'Línea 106',
        detail: 'Psychologists listen and support anyone in emotional distress or crisis, including thoughts of suicide. Cities and regions run it, so if 106 does not connect where you are, call 123.',
        hours: 'Free and open all day, every day, where it runs.',
        contacts: [{ label: 'Call 106', href: 'tel:106' }],
        source: 'https://www.semana.com/nacion/articulo/se-siente-solo-llame-a-estas-lineas-para-recibir-atencion-sobre-salud-mental/202644/',
        checkedOn: CHECKED_ES,
      },
      {
        // Psychological and legal advice: https://elheraldoco-elheraldo-prod.web.arc-cdn.net/nacional/2020/04/02/durante-cuarentena-han-aumentado-79-denuncias-por-violencia-intrafamiliar
        kind: 'violence',
        name: 'Línea 155',
        detail: 'For women facing violence, at home or elsewhere: psychological and legal advice. Confidential, from any phone company.',
        hours: 'Free and open all day, every day.',
        contacts: [{ label: 'Call 155', href: 'tel:155' }],
        source: 'https://elpilon.com.co/linea-155-tambien-esta-al-servicio-las-mujeres-rurales/amp',
        checkedOn: CHECKED_ES,
      },
    ],
    // No national drug and alcohol line, and no national poison line (CIATOX), could be confirmed on
    // a public page. Bogotá's 106 also covers drug use (bogota.gov.co, above).
    findLocal: {
      substance: 'Línea 106, above, also talks with people about drug and alcohol use. Your health service can point you to treatment.',
      poison: 'If someone took too much of something and will not wake or struggles to breathe, call 123.',
    },
  },
  {
    code: 'CL',
    country: 'Chile',
    inCountry: 'Chile',
    ...EMERGENCY_NUMBERS.CL,
    lines: [
      {
        // Dialled from a mobile phone: https://www.radiopolar.com/salud-mental-prevencion-suicidio-foco-especialistas-refuerzan-linea-4141-region
        kind: 'crisis',
        name: 'Línea de Prevención del Suicidio *4141',
        detail: 'For anyone in a mental health crisis or with thoughts of suicide. A trained psychologist listens and, if needed, connects you with care. Call from a mobile phone.',
        hours: 'Free and open all day, every day.',
        contacts: [{ label: 'Call *4141', href: 'tel:*4141' }],
        source: 'https://www.eldinamo.cl/sociedad/2025/10/29/tres-anos-de-escucha-y-apoyo-linea-de-prevencion-del-suicidio-ha-recibido-mas-de-227-000-llamadas/',
        checkedOn: CHECKED_ES,
      },
      {
        // Not open all day: older pages say 24 hours, the ministry's own page says weekdays 8:00 to 0:00.
        kind: 'violence',
        name: 'Fono 1455 (SernamEG)',
        detail: 'Information and support for women facing gender-based violence, and for anyone who sees it happen. If you are in danger outside these hours, call 133.',
        hours: 'Free. Monday to Friday (not public holidays), 8am to midnight.',
        contacts: [{ label: 'Call 1455', href: 'tel:1455' }],
        source: 'https://minmujeryeg.gob.cl/?page_id=4023',
        checkedOn: CHECKED_ES,
      },
      {
        kind: 'substance',
        name: 'Fono Drogas y Alcohol 1412 (SENDA)',
        detail: 'Free, anonymous and confidential advice about drug and alcohol use, for you or for someone in your family or close to you.',
        hours: 'Free and open all day, every day.',
        contacts: [{ label: 'Call 1412', href: 'tel:1412' }],
        source: 'https://www.eldinamo.cl/pais/2023/11/15/alcohol-y-drogas-como-funciona-la-linea-telefonica-para-recibir-ayuda-por-consumo-problematico/',
        checkedOn: CHECKED_ES,
      },
      {
        // Free to the public: https://www.savalnet.cl/mundo-medico/entrevistas/el-cituc-tiene-un-rol-social-que-no-va-a-cambiar.html
        // The page gives +56 2 2635 3800; inside Chile every number is dialled with its 9 digits.
        kind: 'poison',
        name: 'CITUC (Centro de Información Toxicológica UC)',
        detail: 'Advice if someone took too much of a medicine or swallowed something harmful. If they will not wake or struggle to breathe, call 131.',
        hours: 'Open all day, every day.',
        contacts: [{ label: 'Call 2 2635 3800', href: 'tel:226353800' }],
        website: 'https://cituc.uc.cl/',
        source: 'https://cituc.uc.cl/reporte-anual-abreviado-cituc-2023',
        checkedOn: CHECKED_ES,
      },
    ],
  },
];

/** Said on every help screen, for every country, including ones not listed. */
export const LOCAL_EMERGENCY_ADVICE = EMERGENCY_ADVICE.en;

/** For a person in none of the listed countries: how to find a line, so the page is never empty. */
export const FIND_A_LINE_ELSEWHERE =
  'Many countries have a free crisis line. A local doctor, pharmacist or library can tell you yours. Until then, your local emergency number is always there.';

/** For a kind with no line listed in a country and no advice of its own. */
export const FIND_LOCAL_DEFAULT = 'Ask a doctor or pharmacist for the line near you. In danger right now, call the emergency number.';

/** What to say when you call: a few plain lines that make a hard call easier. */
export const WHAT_TO_SAY: readonly string[] = [
  'Say who you are and that you are worried about someone (or about yourself).',
  'Say what is happening now, in simple words: what you see and hear.',
  'Say if there is a risk of harm, and if there are weapons, pills or other dangers nearby.',
  'Say if the person has a mental health condition or uses substances, and any treatment you know of.',
  'Ask what you should do while you wait, and stay on the line if you can.',
];

/** The help for a country code, if it is one we list (from `list`: the same help in another language, crisis-lines-es.ts). */
export function countryHelp(code: string | undefined, list: readonly CountryHelp[] = CRISIS_HELP): CountryHelp | undefined {
  return code ? list.find((c) => c.code === code) : undefined;
}

/** A country's lines of the given kinds, in the order of `kinds`. */
export function linesOfKind(help: CountryHelp, kinds: readonly HelpKind[]): HelpLine[] {
  return kinds.flatMap((k) => help.lines.filter((l) => l.kind === k));
}

/** Every kind, with `first` moved to the front (the extension's help page opened for one kind). */
export function kindsInOrder(first?: HelpKind): HelpKind[] {
  return first ? [first, ...HELP_KINDS.filter((k) => k !== first)] : [...HELP_KINDS];
}

/** How to find a line of `kind` in a country that lists none (`fallback`: the default advice in the reader's language). */
export function findLocalLine(help: CountryHelp, kind: HelpKind, fallback = FIND_LOCAL_DEFAULT): string {
  return help.findLocal?.[kind] ?? fallback;
}
