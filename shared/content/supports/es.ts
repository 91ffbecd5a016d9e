import type { CountrySupports } from './types.ts';

const CHECKED = '2026-12-05';

/** Spain. 024 and the others are in crisis-lines.ts, not here. */
export const ES: CountrySupports = {
  code: 'ES',
  supports: [
    {
      kind: 'group',
      name: 'Confederación SALUD MENTAL ESPAÑA (formerly FEAFES)',
      offer: 'The national federation of associations of people with mental health problems and their families. Its regional federations can point you to an association near you.',
      website: 'https://consaludmental.org/',
      source: 'https://iefs.es/confederacion-salud-mental-espana/',
      checkedOn: CHECKED,
    },
    {
      kind: 'group',
      name: 'Al-Anon Family Groups (Grupos de Familia Al-Anon)',
      offer: 'Free meetings for family and friends of someone who drinks, with hundreds of groups across Spain. The website lists the Spanish office.',
      website: 'https://al-anon.org/',
      source: 'https://www.granadahoy.com/granada/Al-Anon-tiende-mano-familiares-alcoholicos_0_746025899.html',
      checkedOn: CHECKED,
    },
  ],
};
