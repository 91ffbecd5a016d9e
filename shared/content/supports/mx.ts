import type { CountrySupports } from './types.ts';

const CHECKED = '2026-12-05';

/**
 * Mexico. Línea de la Vida is in crisis-lines.ts, not here.
 * Left out: a national family group for mental illness (none we could confirm on a public page).
 */
export const MX: CountrySupports = {
  code: 'MX',
  supports: [
    {
      kind: 'helpline',
      name: 'Centros de Integración Juvenil (CIJ)',
      offer: 'Free public services for drug and alcohol problems across Mexico. About half the people they see are family members, who get guidance and support of their own.',
      website: 'https://www.gob.mx/salud/cij',
      phone: '55 5212 1212',
      // Half of those they see are family: https://plenilunia.com/vida-sana/prevencion/centros-de-integracion-juvenil-ha-atendido-a-9-5-millones-de-personas/41411
      source: 'https://jornada.com.mx/notas/2022/03/13/sociedad/dejan-98-de-pacientes-hospitalizados-en-los-cij-de-consumir-drogas',
      checkedOn: CHECKED,
    },
    {
      kind: 'group',
      name: 'Nar-Anon Family Groups',
      offer: 'Free meetings for people affected by someone else’s drug use. There are groups in Mexico.',
      website: 'https://www.nar-anon.org/',
      source: 'https://12stepnationalmeetings.com/nar-anon-support-group-2',
      checkedOn: CHECKED,
    },
  ],
};
