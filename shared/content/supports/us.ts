import type { CountrySupports } from './types.ts';

const CHECKED = '2026-12-05';

/**
 * United States. SAMHSA's National Helpline and 988 are in crisis-lines.ts, not here.
 * Left out: a national housing programme for families (none we could confirm on a public page).
 */
export const US: CountrySupports = {
  code: 'US',
  supports: [
    {
      kind: 'course',
      name: 'NAMI Family-to-Family',
      offer: 'A free course for family and friends of someone with a serious mental illness, taught by trained family members. It covers conditions, treatments, communication and coping, in English and Spanish.',
      website: 'https://www.nami.org/',
      source: 'https://nami.org/Press-Media/Press-Releases/2010/Back-to-School-NAMI-Education-Classes-Starting-for',
      checkedOn: CHECKED,
    },
    {
      kind: 'group',
      name: 'NAMI Family Support Group',
      offer: 'Free, private groups for adult family and friends of someone with a mental illness, led by trained family members. Local NAMI groups meet in person or online.',
      website: 'https://www.nami.org/',
      source: 'https://www.namifortwayne.org/support/nami-family-support-group',
      checkedOn: CHECKED,
    },
    {
      kind: 'helpline',
      name: 'NAMI HelpLine',
      offer: 'Free information, support and next steps for people with mental health conditions and their families. It can point you to a local NAMI family support group.',
      website: 'https://www.nami.org/',
      phone: '1-800-950-6264',
      hours: 'Monday to Friday, 10 a.m. to 10 p.m. Eastern time.',
      source: 'https://nami.org/Press-Media/Press-Releases/2010/NAMI-Blog-Peer-Education-and-Support-Empowers-Care',
      checkedOn: CHECKED,
    },
    {
      kind: 'group',
      name: 'Al-Anon Family Groups',
      offer: 'Free meetings for anyone troubled by someone else’s drinking, whether or not that person wants help. Meetings are in person and online.',
      website: 'https://al-anon.org/',
      source: 'https://sobercompanionnyc.com/al-anon-support-group-families-alcoholics/',
      checkedOn: CHECKED,
    },
    {
      kind: 'group',
      name: 'Nar-Anon Family Groups',
      offer: 'Free meetings for people affected by someone else’s drug use, where members share what has helped them.',
      website: 'https://www.nar-anon.org/',
      source: 'https://www.nar-anon.org/united-states/',
      checkedOn: CHECKED,
    },
    {
      kind: 'group',
      name: 'SMART Recovery Family & Friends',
      offer: 'Meetings and an online forum for people with a loved one who uses alcohol or drugs. It teaches skills from CRAFT: calm talk, boundaries and looking after yourself.',
      website: 'https://smartrecovery.org/',
      source: 'https://smartrecovery.org/blog/how-to-help-a-loved-one-find-addiction-recovery',
      checkedOn: CHECKED,
    },
    {
      kind: 'work',
      name: 'Job Accommodation Network (JAN)',
      offer: 'Free, private advice on changes at work that help someone with a health condition keep a job, and on their rights. Families can ask too.',
      website: 'https://askjan.org/',
      source: 'https://askjan.org/Frequently-Asked-Questions.cfm',
      checkedOn: CHECKED,
    },
  ],
};
