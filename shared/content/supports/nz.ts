import type { CountrySupports } from './types.ts';

const CHECKED = '2026-12-05';

/**
 * New Zealand. 1737 and the others are in crisis-lines.ts, not here.
 * Left out: Yellow Brick Road's website and national phone (we confirmed its Auckland number
 * only), and a phone number for Carers NZ (none we could confirm on a public page).
 */
export const NZ: CountrySupports = {
  code: 'NZ',
  supports: [
    {
      kind: 'group',
      name: 'Yellow Brick Road (formerly Supporting Families in Mental Illness)',
      // Its courses and one-to-one support: https://gbb.org.nz/our-stories/a-tangible-demonstration-of-manaakitanga/
      offer: 'A national organisation for families and whānau supporting someone with a mental illness, with courses and one-to-one support.',
      howToReach: 'Ask the Family Services Helpline or your local mental health service for the nearest branch.',
      source: 'https://anxiety.org.nz/resources/support-for-whanaufamily',
      checkedOn: CHECKED,
    },
    {
      kind: 'helpline',
      name: 'Family Services Helpline',
      offer: 'Helps you find health and social support services near you, and can put you straight through.',
      phone: '0800 211 211',
      source: 'https://anxiety.org.nz/resources/support-for-whanaufamily',
      checkedOn: CHECKED,
    },
    {
      kind: 'helpline',
      name: 'Parent Help',
      offer: 'Private support and practical ideas for parents and whānau with any worry about their child.',
      phone: '0800 568 856',
      source: 'https://anxiety.org.nz/resources/support-for-whanaufamily',
      checkedOn: CHECKED,
    },
    {
      kind: 'peer',
      name: 'A Guide for Carers (Ministry of Social Development)',
      offer: 'The government’s guide to help for people caring for family or whānau with a mental health condition: money, breaks, health and support services.',
      website: 'https://msd.govt.nz/what-we-can-do/community/carers/guide-for-carers/index.html',
      source: 'https://msd.govt.nz/what-we-can-do/community/carers/guide-for-carers/index.html',
      checkedOn: CHECKED,
    },
  ],
};
