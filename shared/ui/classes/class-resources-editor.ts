import { LitElement, css, html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { LIMITS, type ClassResource } from '../../domain/classes/class-pack.ts';
import { phoneProblem, siteProblem } from '../../domain/classes/class-resource-checks.ts';
import { packProblemTextIn } from '../../content/classes/pack-problems-es.ts';
import { formatCount } from '../../content/locale.ts';
import { baseStyles } from '../base/shared-styles.ts';
import { classFormStyles } from './class-form-styles.ts';

/** Each field of a resource; built at render time, so its label follows the interface's language. */
const fields = (): readonly { key: keyof ClassResource; label: string; max: number; type: string; multiline?: boolean }[] => [
  { key: 'name', label: msg('Name'), max: LIMITS.resourceName, type: 'text' },
  { key: 'offer', label: msg('What they offer'), max: LIMITS.offer, type: 'text', multiline: true },
  { key: 'phone', label: msg('Phone'), max: LIMITS.phone, type: 'tel' },
  { key: 'site', label: msg('Website'), max: LIMITS.site, type: 'url' },
  { key: 'address', label: msg('Address'), max: LIMITS.address, type: 'text', multiline: true },
];

const EMPTY: ClassResource = { name: '', offer: '', phone: '', site: '', address: '' };

/**
 * Local community resources for the class: name, what they offer, phone, website, address.
 *
 * @summary Local resources editor.
 * @fires change - When a resource is added, edited or removed (read `resources`).
 */
@localized()
@customElement('al-class-resources-editor')
export class AlClassResourcesEditor extends LitElement {
  static override styles = [
    baseStyles,
    classFormStyles,
    css`
      :host { display: block; }
      ol { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--al-space-3); }
      .wide { grid-column: 1 / -1; }
      .resource { grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr)); }
      .field-problem { color: var(--al-color-danger); font-weight: 600; border-left: 4px solid var(--al-color-danger); padding-left: var(--al-space-3); margin: var(--al-space-1) 0 0; font-size: var(--al-font-size-small); }
    `,
  ];

  /** The resources. */
  @property({ attribute: false }) resources: ClassResource[] = [];

  private emit(resources: ClassResource[]): void {
    this.resources = resources;
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  private handleField(index: number, key: keyof ClassResource, value: string): void {
    this.emit(this.resources.map((r, i) => (i === index ? { ...r, [key]: value } : r)));
  }

  private async handleAdd(): Promise<void> {
    this.emit([...this.resources, { ...EMPTY }]);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`#r${this.resources.length - 1}-name`)?.focus();
  }

  override render() {
    return html`
      <ol>
        ${this.resources.map((r, i) => {
          // Said here, as soon as the field is left, so nothing that would be refused is shared.
          const n = formatCount(i + 1);
          const name = r.name.trim() || msg(str`resource ${n}`);
          const [phone, site] = [phoneProblem(name, r.phone.trim()), siteProblem(name, r.site.trim())];
          const problems: Partial<Record<keyof ClassResource, string>> = { phone: phone && packProblemTextIn(phone), site: site && packProblemTextIn(site) };
          return html`<li><fieldset>
            <legend>${r.name ? msg(str`Resource ${n}: ${r.name}`) : msg(str`Resource ${n}`)}</legend>
            <div class="row resource">
              ${fields().map((f) => {
                const id = `r${i}-${f.key}`;
                const label = html`<label for=${id}>${f.label}<span class="visually-hidden">${msg(str` of resource ${n}`)}</span></label>`;
                const onInput = (e: Event) => this.handleField(i, f.key, (e.target as HTMLInputElement).value);
                return html`<div class="field ${f.multiline ? 'wide' : ''}">${label}
                  ${f.multiline
                    ? html`<textarea id=${id} rows="2" maxlength=${f.max} .value=${r[f.key]} @change=${onInput}></textarea>`
                    : html`<input id=${id} type=${f.type} maxlength=${f.max} .value=${r[f.key]} @change=${onInput}
                        aria-invalid=${problems[f.key] ? 'true' : 'false'} aria-describedby=${ifDefined(problems[f.key] ? `${id}-problem` : undefined)} />`}
                  ${problems[f.key] ? html`<p class="field-problem" id=${`${id}-problem`}>${problems[f.key]}</p>` : nothing}
                </div>`;
              })}
            </div>
            <div class="buttons"><button class="btn quiet" type="button" @click=${() => this.emit(this.resources.filter((_, j) => j !== i))}>${msg(str`Remove resource ${n}`)}</button></div>
          </fieldset></li>`;
        })}
      </ol>
      <div class="buttons"><button class="btn" type="button" ?disabled=${this.resources.length >= LIMITS.resources} @click=${this.handleAdd}>${msg('Add a local resource')}</button></div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-class-resources-editor': AlClassResourcesEditor;
  }
}
