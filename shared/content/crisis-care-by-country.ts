/**
 * Crisis care where the reader lives: who can come in a mental health crisis and how to ask,
 * the law on care without consent (its name, its safeguards, the person's rights) and advance
 * statements. Week 6 shows the note for the country the reader chose ("Where are you?"), next
 * to the same words for everyone.
 *
 * Education, not legal advice: each note describes and points to a public page. Every note
 * carries the public pages each of its facts was checked against (`sources`) and the day it was
 * checked (`checkedOn`); a unit test refuses a note without them. What we could not confirm on
 * a public page is left out (Australia, Ireland, New Zealand, Spain and Mexico have no "who can
 * come" part for that reason). Laws change: the UK's Mental Health Act 2025 amends the 1983
 * Act in stages, New Zealand and Ireland have new mental health laws under way, so the notes
 * avoid details most likely to move and always send the reader to the official page.
 */

/** What a point is about; the order here is the order the note shows them in. */
export type CareTopic = 'who-can-come' | 'police' | 'law' | 'advance';

export const CARE_TOPIC_LABELS: Readonly<Record<CareTopic, string>> = {
  'who-can-come': 'Who can come',
  police: 'If the police come',
  law: 'Care without consent',
  advance: 'Advance statements',
};

export interface CarePoint {
  topic: CareTopic;
  /** Plain words, grade 8 or lower; laws named as people will meet them. */
  text: string;
}

/** A page to read more, shown as a link: an official or well-known public page. */
export interface CareLink {
  label: string;
  href: string;
}

/** Crisis care in one country, or one part of it where the law differs (England and Wales, Scotland). */
export interface CareNote {
  /** The part of the country this note is for, when the law differs inside it. */
  region?: string;
  points: CarePoint[];
  links: CareLink[];
  /** The public pages the facts above were checked against. */
  sources: string[];
  /** The day they were checked, `YYYY-MM-DD`. */
  checkedOn: string;
}

export interface CountryCare {
  /** The same code as in `crisis-lines.ts`. */
  code: string;
  notes: CareNote[];
}

/** Said under every note: we describe, we don't advise. */
export const CARE_NOTE_CAVEAT =
  'This is a short guide, not legal advice. Laws change, and details differ from place to place. The pages above have the latest, and a care team or a legal advice service can answer your questions.';

/** For a reader in none of the listed countries. */
export const CARE_ELSEWHERE =
  'Most countries have a law on care without consent, with rights and time limits. A doctor, a hospital or a legal advice service can tell you how it works where you live.';

const CHECKED = '2026-12-05';

export const CRISIS_CARE: readonly CountryCare[] = [
  {
    code: 'US',
    notes: [
      {
        points: [
          {
            topic: 'who-can-come',
            text: 'For a mental health or substance use crisis, you can call or text 988. In many areas, a mobile crisis team can come to you. These are trained staff who help calm things and plan next steps. Teams are not in every county, and hours vary. Ask 988 or your county crisis line what is near you.',
          },
          {
            topic: 'police',
            text: 'If a life is in danger, call 911. Say it is a mental health crisis, and ask for a CIT officer. CIT means Crisis Intervention Team: officers with extra training for mental health calls. Not every police force has them, but it is always okay to ask.',
          },
          {
            topic: 'law',
            text: 'Each state has its own law on hospital care without consent. It is often called civil commitment. An emergency hold lasts from under a day to a few days, depending on the state. A longer stay goes to a court hearing, where the person has the right to a lawyer.',
          },
          {
            topic: 'advance',
            text: 'Many states have laws on psychiatric advance directives. The person writes one while well. It can say which care they want, which they don’t, and who may decide for them if they can’t.',
          },
        ],
        links: [
          { label: '988 Suicide & Crisis Lifeline', href: 'https://988lifeline.org/' },
          { label: 'Psychiatric advance directives (Mental Health America)', href: 'https://mhanational.org/psychiatric-advance-directive' },
        ],
        sources: [
          'https://www.dhs.wisconsin.gov/crisis/respond.htm',
          'https://psychiatryonline.org/doi/full/10.1176/appi.ps.20220449',
          'https://phillypolice.com/mental-health-services',
          'https://ferc.org/crisis/law-enforcement/',
          'https://helplinefaqs.nami.org/article/39-what-are-my-options-for-caring-for-a-loved-one-who-wont-get-treatment-can-i-have-them-involuntarily-committed',
          'https://online.documentine.com/involuntary-psychiatric-hold-tennessee/1/state-holding-periods-for-emergency-involuntary.html',
          'http://www.t-mlaw.com/blog/post/involuntary-civil-commitment/',
          'https://texasguardianshiplawyer.net/tag/involuntary-commitment-law',
          'https://staging.mhanational.org/psychiatric-advance-directives-faqs',
        ],
        checkedOn: CHECKED,
      },
    ],
  },
  {
    code: 'CA',
    notes: [
      {
        points: [
          {
            topic: 'who-can-come',
            text: 'In a mental health crisis, you can call or text 988, at any time.',
          },
          {
            topic: 'law',
            text: 'Each province and territory has its own Mental Health Act. All of them favour care the person agrees to. For care without consent, a doctor must first sign a certificate, which allows a short hospital stay for an assessment. Each Act sets out the person’s rights, including ways to have the decision reviewed or appealed.',
          },
        ],
        links: [{ label: '988 Suicide Crisis Helpline', href: 'https://988.ca/' }],
        sources: [
          'https://www.napaneebeaver.ca/canadas-9-8-8-suicide-crisis-helpline-now-available/',
          'https://pmc.ncbi.nlm.nih.gov/articles/PMC6735142/',
          'http://wordscope.be/anglais/francais/hospital+admission+involuntary.html',
        ],
        checkedOn: CHECKED,
      },
    ],
  },
  {
    code: 'GB',
    notes: [
      {
        region: 'England and Wales',
        points: [
          {
            topic: 'who-can-come',
            text: 'For urgent mental health help in England, call NHS 111 and choose the mental health option. You can call about someone else. The team can talk it through, arrange an assessment, or send a crisis team. Wales has a similar 111 service. If a life is in danger, call 999.',
          },
          {
            topic: 'law',
            text: 'The law is the Mental Health Act 1983. Being kept in hospital under it is often called being sectioned. Usually a mental health professional and two doctors must agree. Section 2 lasts up to 28 days, for assessment. Section 3 is a longer stay for treatment. The person can appeal to a tribunal and can get help from an independent advocate.',
          },
          {
            topic: 'law',
            text: 'The Mental Health Act 2025 changes parts of the 1983 Act, and its changes are coming in over time. One change: the “nearest relative”, a close family member with rights under the Act, is being replaced by a “nominated person”, whom the person can choose. Ask the care team which applies.',
          },
          {
            topic: 'advance',
            text: 'An advance statement says how the person would like to be cared for if they can’t decide. Doctors should follow it, but it is not legally binding. An advance decision, which refuses a named treatment, is legally binding.',
          },
        ],
        links: [
          { label: 'Advance statements and decisions (Rethink Mental Illness)', href: 'https://rethink.org/advice-and-information/rights-laws-and-criminal-justice/rights-and-restrictions/advance-statements-and-advance-decisions-planning-your-future-care' },
          { label: 'NHS 111', href: 'https://111.nhs.uk/' },
        ],
        sources: [
          'https://www.pendeensurgery.nhs.uk/health-information/urgent-mental-health-support-and-mental-health-and-wellness',
          'https://www.oundlesurgery.nhs.uk/news/accessing-mental-health-services-via-111',
          'https://viralnewseveryday.com/a-new-mental-health-service-is-available-from-nhs-111-heres-everything-you-need-to-know',
          'https://westsussexconnecttosupport.org/adult-social-care-publications/a-guide-to-your-rights-as-the-nearest-relative-under-the-mental-health-act-1983',
          'https://www.shieldsgazette.com/news/opinion/columnists/legal-eagle-advice-on-how-to-get-discharged-after-being-sectioned-under-the-mental-health-act-3946520',
          'https://www.scribd.com/document/510551121/Mental-Health-Act-Factsheet',
          'https://beta.acthub.uk/uk/ukpga/2025-33',
          'https://www.maryfrancestrust.org.uk/mental-health-act-2025',
          'https://rethink.org/advice-and-information/rights-laws-and-criminal-justice/rights-and-restrictions/advance-statements-and-advance-decisions-planning-your-future-care',
        ],
        checkedOn: CHECKED,
      },
      {
        region: 'Scotland',
        points: [
          {
            topic: 'who-can-come',
            text: 'For urgent mental health help, call NHS 24 on 111. If a life is in danger, call 999.',
          },
          {
            topic: 'law',
            text: 'The law is the Mental Health (Care and Treatment) (Scotland) Act 2003. An emergency certificate allows a stay of up to 72 hours. A short-term certificate allows up to 28 days, and the person can ask the Mental Health Tribunal for Scotland to end it. The Mental Welfare Commission checks how the law is used.',
          },
          {
            topic: 'advance',
            text: 'Scottish law recognises advance statements. The person writes one while well, and it must be signed and witnessed. Doctors and the tribunal must take it into account. If they go against it, they must write down why and tell the person, their named person and the Mental Welfare Commission.',
          },
        ],
        links: [{ label: 'Mental Welfare Commission for Scotland', href: 'https://www.mwcscot.org.uk/' }],
        sources: [
          'https://viralnewseveryday.com/a-new-mental-health-service-is-available-from-nhs-111-heres-everything-you-need-to-know',
          'http://www.opsi.gov.uk/legislation/scotland/acts2003/en/03en13-a.htm',
          'http://piglix.com/piglix/Mental_Health_(Care_and_Treatment)_(Scotland)_Act_2003',
          'https://www.gov.scot/publications/consultation-implementation-certain-sections-mental-health-act-scotland-2015-associated-regulations-part-1/pages/5/',
          'https://www.legislation.gov.uk/cy/asp/2015/9/notes/division/3/2/26/data.xht?view=snippet&wrap=true',
          'http://www.gov.scot/Publications/2004/10/20017/44081',
        ],
        checkedOn: CHECKED,
      },
    ],
  },
  {
    code: 'IE',
    notes: [
      {
        points: [
          {
            topic: 'law',
            text: 'The law is the Mental Health Act 2001. A spouse or relative can ask a GP to see the person about going into hospital. An admission order lasts up to 21 days at first. A Mental Health Tribunal reviews every admission made without consent. The person has the right to a solicitor, named by the Mental Health Commission.',
          },
          {
            topic: 'advance',
            text: 'Since 2023, people can make an advance healthcare directive. They make it while well, to say which care they want or refuse if they can’t decide. It can cover mental health care, with some limits.',
          },
        ],
        links: [
          { label: 'Mental Health Commission', href: 'https://www.mhcirl.ie/' },
          { label: 'Decision Support Service', href: 'https://decisionsupportservice.ie/' },
        ],
        sources: [
          'http://achtanna.oireachtas.ie/en.act.2001.0025.3.html',
          'https://legalblog.ie/post-admission',
          'https://www.lawsociety.ie/Solicitors/Practising/Practice-Notes/legal-representation-at-the-mental-health-commission-guidelines-for-solicitors---second-edition/',
          'http://enduringpowerofattorney.ie/mental-health-tribunals/',
          'https://resolve.cambridge.org/core/product/986D0AA00778DEB21EEC98CEE34BD43F/core-reader',
          'https://www-cambridge-org.demo.remotlog.com/core/journals/irish-journal-of-psychological-medicine/article/report-from-a-conference-on-advance-healthcare-directives-in-mental-health-from-law-to-practice/CD36F79796EDCF292F8977118B4A0207',
        ],
        checkedOn: CHECKED,
      },
    ],
  },
  {
    code: 'AU',
    notes: [
      {
        points: [
          {
            topic: 'law',
            text: 'Each state and territory has its own Mental Health Act. It says when treatment can be given without consent, and what rights the person has. Your local legal aid office can explain the law in your state.',
          },
        ],
        links: [],
        sources: [
          'https://www.wellways.org/understanding-mental-health/information-and-resources/mental-health-and-disability/mental-health',
          'https://www.alrc.gov.au/publication/equality-capacity-and-disability-in-commonwealth-laws-dp-81/10-review-of-state-and-territory-legislation/mental-health/',
        ],
        checkedOn: CHECKED,
      },
    ],
  },
  {
    code: 'NZ',
    notes: [
      {
        points: [
          {
            topic: 'law',
            text: 'The law is the Mental Health (Compulsory Assessment and Treatment) Act 1992. The clinician must talk with family or whānau, unless that is not practical or not in the person’s best interests. Family can include close friends. District inspectors, who are lawyers, check that the law is followed and the person’s rights respected. A judge can review the person’s status.',
          },
          {
            topic: 'advance',
            text: 'Under the Code of Rights, a person can make an advance directive about the care they want or don’t want in a crisis. If family know about it, they can better support those wishes.',
          },
        ],
        links: [
          { label: 'Advance directives (Health and Disability Commissioner)', href: 'https://hdc.org.nz/your-rights/about-the-code/advance-directives-enduring-powers-of-attorney/' },
          { label: 'The Mental Health Act: guides for family and whānau (Te Pou)', href: 'https://www.tepou.co.nz/initiatives/mha' },
        ],
        sources: [
          'https://communitylaw.org.nz/community-law-manual/chapter-18-mental-health/the-role-of-family-whanau-in-compulsory-assessment-and-treatment/',
          'https://www.rosemarythomson.co.nz/post/mental-health-law-kōrero',
          'http://www.legislation.govt.nz/act/public/1992/0046/latest/DLM262176.html',
          'https://hdc.org.nz/your-rights/about-the-code/advance-directives-enduring-powers-of-attorney/',
          'https://www.tepou.co.nz/initiatives/mha',
        ],
        checkedOn: CHECKED,
      },
    ],
  },
  {
    code: 'ES',
    notes: [
      {
        points: [
          {
            topic: 'law',
            text: 'A hospital stay without consent because of a mental health condition needs a judge’s approval. This is article 763 of the Ley de Enjuiciamiento Civil. In an urgent case, the hospital can admit first, but it must tell the court within 24 hours. The judge then sees the person and decides. The person can have their own lawyer.',
          },
          {
            topic: 'advance',
            text: 'Adults can write a document of instrucciones previas, also called voluntades anticipadas. It says what care they want if they can’t say so themselves. Each region has its own register, linked to a national one.',
          },
        ],
        links: [{ label: 'Ley 41/2002, article 11 (BOE)', href: 'https://www.boe.es/buscar/act.php?id=BOE-A-2002-22188' }],
        sources: [
          'https://psicolink.es/glosario/articulo-763',
          'https://derechouned.com/procesal/especiales/proceso-de-autorizacion-judicial-para-internamiento-no-voluntario',
          'https://aseisdedos.com/procedimiento-para-el-internamiento-no-voluntario-por-trastorno-psiquico/',
          'https://boe.gob.es/buscar/doc.php?id=BOE-A-2022-8908&lang=es',
          'https://revistamedica.com/analisis-comparativo-modelos-instrucciones-previas-comunidades-autonomas/',
        ],
        checkedOn: CHECKED,
      },
    ],
  },
  {
    code: 'MX',
    notes: [
      {
        points: [
          {
            topic: 'law',
            text: 'In 2022, Mexico changed the mental health part of its General Health Law (Ley General de Salud). Care now rests on informed consent: the person’s clear, written agreement to a diagnosis or treatment, with few exceptions. Some state laws have not caught up yet, so ask the health service what applies.',
          },
        ],
        links: [],
        sources: [
          'https://edomexaldia.com/?p=117818',
          'https://repositorio.pucp.edu.pe/server/api/core/bitstreams/b84a7360-7f67-4436-becd-7e301c170e62/content',
          'https://revistas.ubp.edu.ar/index.php/rdys/article/download/599/722/2373?inline=1',
        ],
        checkedOn: CHECKED,
      },
    ],
  },
];

/** The care notes for a country code, if we have them. */
export function crisisCare(code: string | undefined): CountryCare | undefined {
  return code ? CRISIS_CARE.find((c) => c.code === code) : undefined;
}
