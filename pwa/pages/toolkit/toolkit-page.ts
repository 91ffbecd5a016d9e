import { LitElement, css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { baseStyles } from '../../../shared/ui/base/shared-styles.ts';
import { pageStyles } from '../page-styles.ts';
import '../../../shared/ui/base/card.ts';

/** The toolkit's parts, in the interface's language (built at render time, so a language switch shows). */
const parts = () => [
  { href: '/prompts', title: msg('Prompts'), text: msg('Ready-made words for hard moments: listening, saying no kindly, calming things down. Star the ones you like, or write your own.'), link: msg('Find words to say') },
  { href: '/boundaries', title: msg('My boundaries'), text: msg('Build a boundary step by step: what you will do, why it matters to you, and the words you will say.'), link: msg('Open my boundaries') },
  { href: '/plans', title: msg('Conversation plans'), text: msg('Plan a talk before it happens: your goal, a gentle opening, two or three points, and a way to pause if it gets heated.'), link: msg('Plan a conversation') },
  { href: '/practice', title: msg('Practise'), text: msg('Role-play cards to practise alone or with someone you trust. What they might say, and kind ways to answer.'), link: msg('Practise answers') },
  { href: '/patterns', title: msg('Pattern log'), text: msg('Note what came before a hard moment or use, what happened, and what came after. Look back week by week to see what shows up again.'), link: msg('Open the pattern log') },
  { href: '/patterns#activities', title: msg('Things to do together'), text: msg('Build a list of things you and the person you support could enjoy, that can fill the time use took.'), link: msg('Open the activities list') },
  { href: '/crisis-plan', title: msg('Our family crisis plan'), text: msg('Plan in a calm time for a hard day: the signs to watch for, who to call, and what helps. Open it any time, and print it for the fridge.'), link: msg('Open the crisis plan') },
  { href: '/support', title: msg('Find support'), text: msg('Family groups, courses and advice lines in your country, for you as well as the person you support.'), link: msg('Find support') },
];

/**
 * The toolkit: a short way in to prompts, boundaries, conversation plans and practice.
 *
 * @summary Toolkit hub.
 */
@localized()
@customElement('al-toolkit-page')
export class AlToolkitPage extends LitElement {
  static override styles = [
    baseStyles,
    pageStyles,
    css`
      .grid { display: grid; gap: var(--al-space-4); grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr)); margin-top: var(--al-space-5); }
      h2 { font-size: 1.2rem; }
    `,
  ];

  override render() {
    return html`
      <h1>${msg('Your toolkit')}</h1>
      <p class="lead">${msg('Hard talks are hard for everyone. You don’t need perfect words. These tools help you get ready, stay calm, and look after yourself after.')}</p>
      <div class="grid">
        ${parts().map(
          (p) => html`<al-card>
            <h2>${p.title}</h2>
            <p>${p.text}</p>
            <a slot="actions" class="btn" href=${p.href}>${p.link}</a>
          </al-card>`,
        )}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-toolkit-page': AlToolkitPage;
  }
}
