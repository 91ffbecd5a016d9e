import type { CountrySupports } from './types.ts';

const CHECKED = '2026-12-05';

/** Canada. 988 is in crisis-lines.ts, not here. */
export const CA: CountrySupports = {
  code: 'CA',
  supports: [
    {
      kind: 'course',
      name: 'Strengthening Families Together (Schizophrenia Society of Canada)',
      offer: 'A free ten-session course for family and friends of someone with a serious mental illness: conditions, treatments, the mental health system, crisis planning and coping. Your provincial society runs it.',
      website: 'https://www.schizophrenia.ca/',
      source: 'https://www.schizophrenia.ca/strength.php',
      checkedOn: CHECKED,
    },
    {
      kind: 'peer',
      name: 'Canadian Mental Health Association (CMHA)',
      offer: 'Local branches across Canada. Many offer peer support, groups, and help with housing and work.',
      website: 'https://cmha.ca/',
      source: 'https://atbclassic.com/our-charity/',
      checkedOn: CHECKED,
    },
    {
      kind: 'group',
      name: 'Al-Anon Family Groups',
      offer: 'Free meetings for anyone troubled by someone else’s drinking. The website lists the offices and meetings in Canada.',
      website: 'https://al-anon.org/',
      source: 'https://sobercompanionnyc.com/al-anon-support-group-families-alcoholics/',
      checkedOn: CHECKED,
    },
    {
      kind: 'group',
      name: 'Nar-Anon Family Groups',
      offer: 'Free meetings for people affected by someone else’s drug use. There are groups in Canada.',
      website: 'https://www.nar-anon.org/',
      source: 'https://12stepnationalmeetings.com/nar-anon-support-group-2',
      checkedOn: CHECKED,
    },
  ],
};
