import type { CountrySupports } from './types.ts';

const CHECKED = '2026-12-05';

/**
 * Ireland. Samaritans and the others are in crisis-lines.ts, not here.
 * Left out: the National Family Support Network, which closed in April 2021
 * (https://www.drugsandalcohol.ie/34753/); and its successor, Families in Addiction Recovery
 * Ireland (https://www.irishtimes.com/ireland/social-affairs/2025/05/12/i-didnt-know-what-to-do-where-to-go-families-affected-by-addiction-seek-more-support-and-a-say-in-drugs-policy),
 * whose website and phone we could not confirm on a public page. The HSE Drugs and Alcohol
 * Helpline, which families can call too, is in crisis-lines.ts.
 */
export const IE: CountrySupports = {
  code: 'IE',
  supports: [
    {
      kind: 'group',
      name: 'Shine',
      offer: 'A national charity for people affected by mental illness and for their whole family. It offers one-to-one support, peer support groups and training.',
      website: 'https://www.shine.ie/',
      source: 'https://farmersjournal.ie/careers/education/empowering-voices-and-driving-change-at-shine-776434',
      checkedOn: CHECKED,
    },
    {
      kind: 'peer',
      name: 'Mental Health Ireland',
      offer: 'A network of local Mental Health Associations run by volunteers, with social clubs, befriending and community activities.',
      website: 'https://www.mentalhealthireland.ie/',
      source: 'https://vdocuments.net/mental-health-ireland-context-and-background.html',
      checkedOn: CHECKED,
    },
    {
      kind: 'group',
      name: 'Al-Anon Family Groups',
      offer: 'Free meetings across Ireland for anyone affected by someone else’s drinking. The website lists the Irish office and meetings.',
      website: 'https://al-anon.org/',
      source: 'https://clarechampion.ie/al-anon-helping-those-close-to-alcoholics/',
      checkedOn: CHECKED,
    },
  ],
};
