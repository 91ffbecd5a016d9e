import { html } from 'lit';
import type { Block } from '../../content/course-types.ts';
import { blocksFor } from '../../domain/course/lesson-blocks.ts';
import { DEFAULT_PROFILE, personalise, type Profile } from '../../domain/course/profile.ts';
import type { Language } from '../../content/locale.ts';
import '../crisis/emergency-call.ts';

/**
 * Crisis help inside a lesson is drawn by its own elements, fetched the first time a step
 * shows one (the course is precached, so offline too). Most steps never do, and those elements
 * carry every country's lines: loading them with every lesson slowed its first screen.
 */
const crisisCare = () => void import('../crisis/country-crisis-care.ts');
const crisisHelp = () => void import('../crisis/country-crisis-help.ts');

/**
 * Renders course text blocks (paragraphs, lists, links to the app's tools, crisis help) for the reader: the variant
 * written for their situation, filled in with their own words in `language`, the language the
 * blocks are written in.
 */
export function renderBlocks(blocks: readonly Block[], profile: Profile | undefined, language: Language = 'en') {
  return blocksFor(blocks, (profile ?? DEFAULT_PROFILE).situation).map((b) => {
    if (typeof b === 'string') return html`<p>${personalise(b, profile, language)}</p>`;
    if ('list' in b) return html`<ul>${b.list.map((item) => html`<li>${personalise(item, profile, language)}</li>`)}</ul>`;
    if (b.kind === 'link') return html`<p><a class="btn" href=${b.href}>${b.label}</a></p>`;
    if (b.kind === 'crisis-care') {
      crisisCare();
      return html`<al-country-crisis-care></al-country-crisis-care>`;
    }
    crisisHelp();
    // Until its element arrives, or if it cannot, the emergency number shows in its place: the
    // fuller help draws in its own shadow root, which leaves this fallback unshown.
    return html`<al-country-crisis-help nested><al-emergency-call></al-emergency-call></al-country-crisis-help>`;
  });
}
