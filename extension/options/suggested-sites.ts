import { msg } from '@lit/localize';

/** Common webmail and chat sites the options page offers to turn on with one click (names are the products' own, but for a description read in the page's language). */
export const SUGGESTED_SITES: readonly { name: string; origin: string }[] = [
  { name: 'Gmail', origin: 'https://mail.google.com' },
  { name: 'Outlook', origin: 'https://outlook.live.com' },
  {
    get name() {
      return msg('Outlook for work or school');
    },
    origin: 'https://outlook.office.com',
  },
  { name: 'Yahoo Mail', origin: 'https://mail.yahoo.com' },
  { name: 'Proton Mail', origin: 'https://mail.proton.me' },
  { name: 'WhatsApp Web', origin: 'https://web.whatsapp.com' },
  { name: 'Messenger', origin: 'https://www.messenger.com' },
  { name: 'Telegram Web', origin: 'https://web.telegram.org' },
  { name: 'Slack', origin: 'https://app.slack.com' },
  { name: 'Discord', origin: 'https://discord.com' },
];

/** The origin for what a person typed as a site's address ("mail.example.com" → "https://mail.example.com"), or null. */
export function originFromInput(value: string): string | null {
  const text = value.trim();
  if (!text || /\s/.test(text)) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (!url.hostname.includes('.') && url.hostname !== 'localhost') return null;
    return url.origin;
  } catch {
    return null;
  }
}
