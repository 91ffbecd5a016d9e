import { LitElement, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { settingsRepo } from '../../shared/data/settings-repo.ts';
import { baseStyles } from '../../shared/ui/shared-styles.ts';
import { pageStyles } from './page-styles.ts';
import type { AlCrisisHelp } from '../../shared/ui/features/crisis-help.ts';
import '../../shared/ui/features/crisis-help.ts';
import '../../shared/ui/features/local-resources.ts';

/**
 * Need help now?: crisis lines for the person's country and what to say when calling.
 * Reachable in one step from every screen.
 *
 * @summary Crisis help screen.
 */
@customElement('al-help-page')
export class AlHelpPage extends LitElement {
  static override styles = [baseStyles, pageStyles];

  @state() private country: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    settingsRepo.get('country', '').then(
      (c) => (this.country = c || undefined),
      () => undefined, // Help must show even when storage is unavailable.
    );
  }

  private handleChange(event: Event): void {
    const code = (event.target as AlCrisisHelp).country;
    void settingsRepo.set('country', code ?? '').catch(() => undefined);
  }

  override render() {
    return html`
      <h1>Need help now?</h1>
      <p class="lead">If you are worried about someone's safety, or your own, you do not have to handle it alone.</p>
      <div class="measure"><al-crisis-help .country=${this.country} @change=${this.handleChange}></al-crisis-help></div>
      <div class="measure"><al-local-resources from-class></al-local-resources></div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-help-page': AlHelpPage;
  }
}
