/**
 * The in-page chip and panel, rendered with the content script's own templates and
 * styles, in open shadow roots so axe and screenshots can see inside (on a real page the
 * root is closed). Sample words only; nothing here reads or stores anything.
 */
import { render } from 'lit/html.js';
import { applyPageStyles } from '../../shared/ui/base/tokens.ts';
import { detectCues } from '../../shared/domain/nudge/cue-detector.ts';
import { chipView, type ChipViewActions, type ChipViewState } from '../content/chip-view.ts';
import { CHIP_CSS, hostStyle } from '../content/chip-styles.ts';
import { notesFor } from '../content/cue-notes.ts';
import type { ChipPrompt } from '../messages.ts';
import { chipHelp } from '../background/help-for-chip.ts';
import { pickPrompts } from '../background/pick-prompts.ts';
import { PROMPTS_EN } from '../../shared/content/prompts/prompts-en.ts';
import type { FindingKind } from '../../shared/domain/nudge/cue-finding.ts';

applyPageStyles();
document.body.style.padding = '1rem';

const SAMPLE = 'You never listen, this is your last chance!!!';
const cues = detectCues(SAMPLE).cues;
const prompts: ChipPrompt[] = [
  { id: 'boundary:sample', words: 'I love you. I won’t reply to angry texts. I’ll reply when things are calmer.', source: 'boundary', note: 'A boundary you wrote' },
  { id: 'calm-talk-tomorrow', words: 'Let’s talk about this tomorrow, when we can both think clearly.', source: 'library', note: '' },
  { id: 'i-need-quiet', words: 'I need some quiet time tonight. It’s not about you. I’m just worn out.', source: 'favourite', note: '' },
];
/** What the picker offers for these kinds from the library alone, as a person with no favourites would see it. */
const libraryPicks = (kinds: FindingKind[]): ChipPrompt[] => pickPrompts(kinds, { boundaries: [], favourites: new Set(), own: [], library: PROMPTS_EN });
const noop = (): void => undefined;
const actions: ChipViewActions = { open: noop, close: noop, notNow: noop, insert: noop, openHelp: noop, quietToday: noop, never: noop, keydown: noop };
const quiet: Pick<ChipViewState, 'notes' | 'safety' | 'prompts'> = { notes: [], safety: false, prompts: [] };

const states: [string, ChipViewState][] = [
  ['The chip', { mode: 'chip', notes: [], safety: false, prompts: 'loading', help: null }],
  ['The panel', { mode: 'panel', notes: notesFor(cues), safety: false, prompts, help: null }],
  [
    'The panel when a message touches on safety',
    {
      mode: 'panel',
      notes: notesFor(detectCues('I can’t do this anymore, I want to die').cues),
      safety: true,
      prompts: [{ id: 'self-text-check-in', words: 'Rough day. Could you check in on me tonight?', source: 'library', note: '' }],
      help: null,
    },
  ],
  // What only the model found, with no words of the message to point at: said in general terms.
  ['A general tone finding', { mode: 'panel', notes: [], safety: false, general: 'tone', prompts: libraryPicks(['tone']), help: null }],
  ['A general topic finding', { mode: 'panel', notes: [], safety: false, general: 'topic', prompts: libraryPicks(['topic']), help: null }],
  ['A general topic finding, when no words could be found', { mode: 'panel', notes: [], safety: false, general: 'topic', prompts: 'unavailable', help: null }],
  // A message of despair or danger, or of fear: help instead of a thought about wording.
  ['The chip when a message speaks of despair', { mode: 'chip', ...quiet, help: chipHelp('crisis', 'US') }],
  ['Crisis help, in the United States', { mode: 'panel', ...quiet, help: chipHelp('crisis', 'US') }],
  ['The chip when a message speaks of being hurt or afraid', { mode: 'chip', ...quiet, help: chipHelp('safety', 'GB') }],
  ['Safety help, in the United Kingdom', { mode: 'panel', ...quiet, help: chipHelp('safety', 'GB') }],
  ['Crisis help when the country is not known', { mode: 'panel', ...quiet, help: chipHelp('crisis', undefined) }],
  ['After “Quiet on this site today”', { mode: 'done', notes: [], safety: false, prompts: [], help: null, doneMessage: 'Alongside will stay quiet on this site until tomorrow.' }],
];

const list = document.getElementById('previews')!;
for (const [title, state] of states) {
  const section = document.createElement('section');
  section.setAttribute('aria-label', title);
  section.style.margin = '1.5rem 0';
  const host = document.createElement('alongside-chip');
  // Shown whole here; on a page the panel's height is capped to the room beside the field.
  host.style.cssText = `${hostStyle('relative')} --al-panel-max-height: none;`;
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CHIP_CSS);
  root.adoptedStyleSheets = [sheet];
  render(chipView(state, actions), root);
  section.append(host);
  list.append(section);
}
