/** Typed events the feature components fire (bubbling and composed, so pages hear them). */

/** A boundary statement the person asked to save. */
export interface BoundaryDraftDetail {
  id?: string;
  situation: string;
  action: string;
  reason: string;
  /** The guided builder's extra parts; absent from the quick form. */
  feeling?: string;
  words?: string;
  holdPlan?: string;
}

/** Fired by `<al-boundary-form>` and `<al-boundary-builder>` when the person saves a valid boundary. */
export class AlBoundarySaveEvent extends Event {
  static readonly type = 'al-boundary-save';
  constructor(readonly detail: Readonly<BoundaryDraftDetail>) {
    super(AlBoundarySaveEvent.type, { bubbles: true, composed: true });
  }
}

/** Fired by `<al-boundary-form>` when the person cancels an edit. */
export class AlBoundaryCancelEvent extends Event {
  static readonly type = 'al-boundary-cancel';
  constructor() {
    super(AlBoundaryCancelEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'al-boundary-save': AlBoundarySaveEvent;
    'al-boundary-cancel': AlBoundaryCancelEvent;
  }
}
