import type { HelpKind } from './crisis-lines.ts';

/**
 * "What to do now" cards for the help page: a few plain steps for the hardest moments,
 * each pointing to the lines of one kind for the reader's country. Education and support,
 * not treatment; no method detail, ever (safe-messaging practice). Checked 2026-12-05
 * against the public pages named above each card.
 */
export interface RightNowCard {
  id: 'suicide' | 'mental-health-crisis' | 'overdose' | 'withdrawal' | 'violence';
  title: string;
  /** What to do, in order. */
  steps: readonly string[];
  /** Which lines of the reader's country the card points to. */
  lines: HelpKind;
  /** A page of the course that helps next (the PWA only; the extension has no such page). */
  next?: { href: string; label: string };
}

export const RIGHT_NOW_CARDS: readonly RightNowCard[] = [
  // https://www.uclahealth.org/hospitals/resnick/resources/planning-discharge/what-do-and-say-if-you-are-concerned
  //   (ask in direct words; asking does not plant the idea; do not leave them alone)
  // https://www.whmhrb.org/what-should-you-do-if-someone-tells-you-they-are-thinking-about-suicide
  //   (listen without judging; limit access to firearms and other lethal means)
  // https://www.dspo.mil/Tools/Family-Friends/ (do not swear to secrecy; get professional help)
  {
    id: 'suicide',
    title: 'They may be thinking of suicide',
    steps: [
      'Ask them straight out: "Are you thinking about suicide?" Asking does not put the idea in their head. It shows you can hear the answer.',
      'Listen. Stay calm, and do not judge or argue.',
      'Stay with them, or make sure someone else is with them.',
      'Put distance between them and anything they could use to hurt themselves. Lock away or take out of the house any guns, pills and medicines.',
      'Do not promise to keep it a secret.',
      'Call or text a crisis line, together if you can. If they may act on it now, call the emergency number.',
    ],
    lines: 'crisis',
  },
  // https://helplinefaqs.nami.org/article/284-how-can-i-help-my-loved-one-during-a-psychosis-related-crisis
  //   (988 for a mobile crisis team; ask for CIT-trained officers; say it is a psychiatric emergency)
  // https://www.namiaustin.org/crisis-resources/for-someone-else/ (calm voice; do not argue with what
  //   they see or hear; secure things that could be weapons; leave if you are in danger)
  // https://reddotalert.com/dos-and-donts-in-mental-health-crisis-intervention/ (space, move slowly, don't touch)
  {
    id: 'mental-health-crisis',
    title: 'A mental health crisis or psychosis',
    steps: [
      'Keep your voice low and calm. Move slowly, and tell them what you are about to do.',
      'Give them space. Do not touch them unless they say it is all right.',
      'Do not argue about what they see or hear. Say that you can see they are scared, and that you want to help.',
      'If it is safe, quietly move things that could be used as a weapon, and car keys.',
      'Ask for a mobile crisis team if your area has one: a crisis line can tell you. If you need the police, say it is a mental health crisis and ask for officers trained in crisis work.',
      'If anyone is in danger, get to a safe place and call the emergency number.',
    ],
    lines: 'crisis',
  },
  // https://www.quincyoverdosehelp.org/what-to-do/ (call 911; give naloxone; recovery position; stay;
  //   no cold shower, do not make them vomit)
  // https://www.wataugalead.org/overdose (a second dose if there is no response)
  // http://3stepstosavealife.com/recovery-position/ (naloxone can wear off before the opioid does)
  {
    id: 'overdose',
    title: 'They may have taken too much',
    steps: [
      'If they will not wake up, or their breathing is slow, noisy or has stopped, call the emergency number now.',
      'If opioids may be involved and you have naloxone, give it. If they do not wake in a few minutes, a second dose may be needed.',
      'If they are breathing, lay them on their side (the recovery position), so they cannot choke.',
      'Stay with them until help comes. Naloxone can wear off before the drug does.',
      'Do not put them in a cold bath or try to make them sick.',
      'If they are awake and you are not sure how serious it is, call the poison line.',
    ],
    lines: 'poison',
  },
  // https://wallpublicschools.org/Page/3489 (dependence on alcohol or benzodiazepines: withdrawal is a
  //   great risk; seek care or call 911; seizures, hallucinations, delirium tremens)
  // https://www.alleydog.com/glossary/definition.php?term=Alcohol+Withdrawal+Syndrome (may need a
  //   medically supervised withdrawal; can be life threatening)
  // https://action-dev.org/?p=8736 (red flags: seizures, confusion, heavy shaking, sweating, irregular heartbeat)
  {
    id: 'withdrawal',
    title: 'Stopping alcohol or sedatives',
    steps: [
      'After a long time of heavy drinking, or of taking sedatives like sleeping pills or benzodiazepines, stopping all at once can be dangerous.',
      'Do not push them to stop suddenly on their own. A doctor can help them stop safely.',
      'Call the emergency number if they have a fit (seizure), are confused, see or hear things that are not there, shake hard, or their heart races.',
    ],
    lines: 'substance',
  },
  // https://www.porterco.org/320/Safety-Plan-Domestic-Violence (a room with an exit; a code word;
  //   an emergency bag; leave and call 911 if in danger)
  // https://countyofmonterey.gov/government/departments-a-h/district-attorney/holdingontohopefjc/services-and-resources/safety-planning-tips
  //   (teach children how to get help; safe people to call; important documents)
  {
    id: 'violence',
    title: 'Violence, or fear of it',
    steps: [
      'Get yourself and any children safe first. Move to a room with a way out, away from the kitchen and anything that could be a weapon.',
      'If you are in danger now, leave if you can and call the emergency number.',
      'A domestic violence line can help you make a plan, whether you stay or go. They help family and friends too.',
      'A private safety plan helps: safe places to go, people to call, a code word, important papers and a bag ready.',
      'Being hurt or threatened is never your fault.',
    ],
    lines: 'violence',
    next: { href: '/safety-plan', label: 'Make a private safety plan' },
  },
];
