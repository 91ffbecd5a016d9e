import { html } from 'lit';
import type { Block } from '../../content/course-types.ts';
import { personalise, type Profile } from '../../domain/profile.ts';

/** Renders course text blocks (paragraphs and lists), filled in with the reader's own words. */
export function renderBlocks(blocks: readonly Block[], profile: Profile | undefined) {
  return blocks.map((b) =>
    typeof b === 'string'
      ? html`<p>${personalise(b, profile)}</p>`
      : html`<ul>${b.list.map((item) => html`<li>${personalise(item, profile)}</li>`)}</ul>`,
  );
}
