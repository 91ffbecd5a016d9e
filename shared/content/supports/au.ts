import type { CountrySupports } from './types.ts';

const CHECKED = '2026-12-05';

/**
 * Australia. Lifeline and the National Alcohol and Other Drug Hotline are in crisis-lines.ts.
 * Left out: a phone number for SANE (none we could confirm on a public page).
 */
export const AU: CountrySupports = {
  code: 'AU',
  supports: [
    {
      kind: 'helpline',
      name: 'Family Drug Support',
      offer: 'A support line for families, answered by trained volunteers, many of whom have lived through a family member’s drug use. It also runs support groups and the Stepping Stones course.',
      website: 'https://www.fds.org.au/',
      phone: '1300 368 186',
      hours: 'All day, every day.',
      source: 'https://www.fds.org.au/FlippingBooks/2024_Annual_Report/29',
      checkedOn: CHECKED,
    },
    {
      kind: 'helpline',
      name: 'Carer Gateway',
      offer: 'The government’s service for carers. Call when you need support for yourself so you can keep supporting someone.',
      website: 'https://www.carergateway.gov.au/',
      phone: '1800 422 737',
      source: 'https://navigator.mhcv.org.au/where-do-i-start/',
      checkedOn: CHECKED,
    },
    {
      kind: 'helpline',
      name: 'Mind Australia carer helpline',
      offer: 'A helpline for families and carers of someone with a mental illness. Mind also runs groups and workshops in Victoria, South Australia and Queensland.',
      website: 'https://www.mindaustralia.org.au/',
      phone: '1300 554 660',
      source: 'https://www.healthtalkaustralia.org/carers/resources-and-information/',
      checkedOn: CHECKED,
    },
    {
      kind: 'peer',
      name: 'SANE Australia',
      offer: 'A national mental health charity with online forums where carers share what helps, and guides for families and friends.',
      website: 'https://www.sane.org/',
      source: 'https://www.sane.org/information-and-resources/the-sane-blog/caring-for-others/building-your-team-looking-after-yourself-as-a-carer',
      checkedOn: CHECKED,
    },
  ],
};
