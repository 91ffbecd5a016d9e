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
 */

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
  /** `tel:` or `sms:` link, dialled only when the person taps it; dials exactly the digits in `label`. */
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
export interface CountryHelp {
  code: string;
  country: string;
  /** The country as it reads after "In": some names take "the". */
  inCountry: string;
  /** The emergency number as people say it ("911", "112 or 999"). */
  emergency: string;
  /** Tap to call the emergency number. */
  emergencyHref: string;
  /** Where the emergency number was checked, and when. */
  emergencySource: string;
  emergencyCheckedOn: string;
  lines: HelpLine[];
  /** For a kind with no national line here: how to find a local one (or which line above covers it). */
  findLocal?: Partial<Record<HelpKind, string>>;
}

/** The saved choice of a person who said they live in none of the listed countries: never guess over it. */
export const SOMEWHERE_ELSE = 'elsewhere';

const CHECKED = '2026-12-05';

export const CRISIS_HELP: readonly CountryHelp[] = [
  {
    code: 'US',
    country: 'United States',
    inCountry: 'the United States',
    emergency: '911',
    emergencyHref: 'tel:911',
    emergencySource: 'https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline',
    emergencyCheckedOn: CHECKED,
    lines: [
      {
        kind: 'crisis',
        name: '988 Suicide & Crisis Lifeline',
        detail: 'For anyone in emotional distress, a mental health or substance use crisis, or worried about someone else.',
        hours: 'Free and open all day, every day.',
        contacts: [
          { label: 'Call 988', href: 'tel:988' },
          { label: 'Text 988', href: 'sms:988' },
        ],
        website: 'https://988lifeline.org/',
        source: 'https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline',
        checkedOn: CHECKED,
      },
      {
        kind: 'violence',
        name: 'National Domestic Violence Hotline',
        detail: 'For anyone hurt or afraid at home, and for family and friends. They help you make a plan to stay safe.',
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
        detail: 'For people and families facing drug, alcohol or mental health problems. They can tell you about treatment and support groups near you.',
        hours: 'Free and open all day, every day, in English and Spanish.',
        contacts: [{ label: 'Call 1-800-662-4357', href: 'tel:18006624357' }],
        website: 'https://www.samhsa.gov/find-help/national-helpline',
        source: 'https://internationalmentalhealth.org/resources/',
        checkedOn: CHECKED,
      },
      {
        kind: 'poison',
        name: 'Poison Control',
        detail: 'For questions about too much of a medicine, a drug, or anything that may be poison. If the person will not wake or has trouble breathing, call 911.',
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
    emergency: '911',
    emergencyHref: 'tel:911',
    emergencySource: 'https://endvaw.ca/covid-19-public/',
    emergencyCheckedOn: CHECKED,
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
    emergency: '999',
    emergencyHref: 'tel:999',
    emergencySource: 'https://wmas.nhs.uk/999-or-111/',
    emergencyCheckedOn: CHECKED,
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
    emergency: '112 or 999',
    emergencyHref: 'tel:112',
    emergencySource: 'https://poisons.ie/public/first-aid-safety/',
    emergencyCheckedOn: CHECKED,
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
    emergency: '000',
    emergencyHref: 'tel:000',
    emergencySource: 'https://www.emhprac.org.au/directory/national-alcohol-and-other-drug-hotline/',
    emergencyCheckedOn: CHECKED,
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
    emergency: '111',
    emergencyHref: 'tel:111',
    emergencySource: 'https://www.govt.nz/browse/law-crime-and-justice/abuse-harassment-domestic-violence/domestic-and-family-violence/',
    emergencyCheckedOn: CHECKED,
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
    emergency: '112',
    emergencyHref: 'tel:112',
    emergencySource: 'https://www.elperiodicoextremadura.com/noticias/extremadura/extremadura-realizan-tres-llamadas-dia-telefono-016_1194873.html',
    emergencyCheckedOn: CHECKED,
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
    emergency: '911',
    emergencyHref: 'tel:911',
    emergencySource: 'https://thenews.mx/mexico/new-emergency-number-to-be-put-in-effect',
    emergencyCheckedOn: CHECKED,
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
];

/** Said on every help screen, for every country, including ones not listed. */
export const LOCAL_EMERGENCY_ADVICE =
  'If someone is in danger right now, or may act on thoughts of suicide, call your local emergency number.';

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

/**
 * Picks the country to show first: a saved choice, else the browser's region, else none.
 * A language with no region ("es", "en") guesses nothing: Spanish is spoken in many
 * countries, and a wrong country's numbers are worse than asking.
 */
export function guessCountry(saved: string | undefined, languages: readonly string[]): string | undefined {
  if (saved === SOMEWHERE_ELSE) return undefined;
  if (saved && CRISIS_HELP.some((c) => c.code === saved)) return saved;
  for (const lang of languages) {
    const region = lang.split('-')[1]?.toUpperCase();
    if (region && CRISIS_HELP.some((c) => c.code === region)) return region;
  }
  return undefined;
}

/** The help for a country code, if it is one we list. */
export function countryHelp(code: string | undefined): CountryHelp | undefined {
  return code ? CRISIS_HELP.find((c) => c.code === code) : undefined;
}

/** A country's lines of the given kinds, in the order of `kinds`. */
export function linesOfKind(help: CountryHelp, kinds: readonly HelpKind[]): HelpLine[] {
  return kinds.flatMap((k) => help.lines.filter((l) => l.kind === k));
}

/** Every kind, with `first` moved to the front (the extension's help page opened for one kind). */
export function kindsInOrder(first?: HelpKind): HelpKind[] {
  return first ? [first, ...HELP_KINDS.filter((k) => k !== first)] : [...HELP_KINDS];
}

/** How to find a line of `kind` in a country that lists none. */
export function findLocalLine(help: CountryHelp, kind: HelpKind): string {
  return help.findLocal?.[kind] ?? FIND_LOCAL_DEFAULT;
}
