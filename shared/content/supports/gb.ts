import type { CountrySupports } from './types.ts';

const CHECKED = '2026-12-05';

/**
 * United Kingdom. Samaritans, Shout and the others are in crisis-lines.ts, not here.
 * Left out: phone numbers for Rethink Mental Illness, Carers UK and Shelter (none we could
 * confirm on a public page), and Carers UK itself (we found no public page describing it).
 */
export const GB: CountrySupports = {
  code: 'GB',
  supports: [
    {
      kind: 'group',
      name: 'Rethink Mental Illness',
      offer: 'A charity for people with mental illness and the people who care for them. It runs carer support groups across England and an advice line.',
      website: 'https://www.rethink.org/',
      source: 'https://www.rethink.org/aboutus/who-we-are/our-history/we-are-rethink-mental-illness/',
      checkedOn: CHECKED,
    },
    {
      kind: 'helpline',
      name: 'Mind Infoline',
      // What the Infoline is for: https://thisiscapacity.co.uk/portfolio/call-to-mind/
      offer: 'Information and practical advice about mental health and where to find help, for anyone, including family and friends.',
      website: 'https://www.mind.org.uk/',
      phone: '0300 123 3393',
      hours: 'Monday to Friday, 9 a.m. to 6 p.m.',
      source: 'https://viralnewseveryday.com/a-new-mental-health-service-is-available-from-nhs-111-heres-everything-you-need-to-know',
      checkedOn: CHECKED,
    },
    {
      kind: 'helpline',
      name: 'Adfam',
      offer: 'The families and addiction charity in England, for anyone affected by someone else’s drinking, drug use or gambling. It can help you find support for yourself.',
      website: 'https://adfam.org.uk/',
      source: 'https://adfam.org.uk/about',
      checkedOn: CHECKED,
    },
    {
      kind: 'group',
      name: 'SMART Recovery UK Family & Friends',
      offer: 'A weekly online meeting and forum for people with a loved one who uses alcohol or drugs, built on CRAFT: calm talk, boundaries and self-care.',
      website: 'https://www.smartrecovery.org.uk/family-friends/',
      source: 'https://www.smartrecovery.org.uk/family-friends/',
      checkedOn: CHECKED,
    },
    {
      kind: 'group',
      name: 'Al-Anon Family Groups',
      offer: 'Free meetings across the UK for anyone affected by someone else’s drinking. The website lists the UK office and meetings.',
      website: 'https://al-anon.org/',
      source: 'https://www.worthingherald.co.uk/news/health/charity-for-loved-ones-of-alcoholics-celebrates-birthday-1-3235557',
      checkedOn: CHECKED,
    },
    {
      kind: 'housing',
      name: 'Shelter (England)',
      offer: 'Free expert advice on housing and homelessness, including an emergency helpline, for anyone about to lose their home.',
      website: 'https://england.shelter.org.uk/',
      source: 'https://england.shelter.org.uk/support_us/jenny',
      checkedOn: CHECKED,
    },
    {
      kind: 'work',
      name: 'Access to Work',
      offer: 'Government help for someone with a mental health condition to start or stay in work, including a support plan and sessions with a mental health professional. For England, Scotland and Wales.',
      website: 'https://www.gov.uk/access-to-work',
      source: 'https://www.gov.uk/government/publications/access-to-work-dwp-provider-guidance/chapter-1-introduction-and-overview',
      checkedOn: CHECKED,
    },
  ],
};
