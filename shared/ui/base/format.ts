/** Small, pure text helpers the toolkit's components share (no DOM). */
import { dateLocale } from '../../content/locale.ts';

/** A plan's date and time as people say it: "Saturday 3 May, 6:30 pm" (in the reader's locale). */
export function formatWhen(at: number): string {
  const d = new Date(at);
  const sameYear = d.getFullYear() === new Date().getFullYear();
  return d.toLocaleString(dateLocale(), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
    hour: 'numeric',
    minute: '2-digit',
  });
}

/** Only the time of day: "6:30 pm". */
export function formatTime(at: number): string {
  return new Date(at).toLocaleTimeString(dateLocale(), { hour: 'numeric', minute: '2-digit' });
}

/** The first few words of a text, to tell buttons apart for screen readers: "Copy: It sounds like [what happened]…". */
export function shortWords(words: string, count = 6): string {
  const parts = words.replace(/\s+/g, ' ').trim().split(' ');
  return parts.length > count ? `${parts.slice(0, count).join(' ')}…` : parts.join(' ');
}
