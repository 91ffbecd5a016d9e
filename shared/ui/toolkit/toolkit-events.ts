/** Typed events of the communication toolkit's components (bubbling and composed, so pages hear them). */
import type { ConversationPlan } from '../../domain/toolkit/conversation-plan.ts';
import type { BoundaryDraftField } from '../../domain/toolkit/boundary-pitfalls.ts';
import type { OwnPromptInput } from '../../domain/toolkit/own-prompt.ts';

/** Fired by `<al-prompt-card>` when the person stars or un-stars a prompt. */
export class AlFavouriteToggleEvent extends Event {
  static readonly type = 'al-favourite-toggle';
  constructor(readonly detail: Readonly<{ promptId: string; favourite: boolean }>) {
    super(AlFavouriteToggleEvent.type, { bubbles: true, composed: true });
  }
}

/** Fired by `<al-prompt-card>` when the person asks to edit or delete a prompt they wrote. */
export class AlOwnPromptActionEvent extends Event {
  static readonly type = 'al-own-prompt-action';
  constructor(readonly detail: Readonly<{ promptId: string; action: 'edit' | 'delete' }>) {
    super(AlOwnPromptActionEvent.type, { bubbles: true, composed: true });
  }
}

/** Fired by `<al-own-prompt-form>` with a valid prompt the person wrote (`id` when editing). */
export class AlOwnPromptSaveEvent extends Event {
  static readonly type = 'al-own-prompt-save';
  constructor(readonly detail: Readonly<{ input: OwnPromptInput; id?: string }>) {
    super(AlOwnPromptSaveEvent.type, { bubbles: true, composed: true });
  }
}

/** Fired by `<al-own-prompt-form>` when an edit is cancelled. */
export class AlOwnPromptCancelEvent extends Event {
  static readonly type = 'al-own-prompt-cancel';
  constructor() {
    super(AlOwnPromptCancelEvent.type, { bubbles: true, composed: true });
  }
}

/** Fired by `<al-boundary-item>` for its buttons: edit, delete, or a new try with how it went. */
export class AlBoundaryItemEvent extends Event {
  static readonly type = 'al-boundary-item';
  constructor(readonly detail: Readonly<{ id: string; action: 'edit' | 'delete' | 'tried'; howItWent?: string }>) {
    super(AlBoundaryItemEvent.type, { bubbles: true, composed: true });
  }
}

/** Fired by `<al-pitfall-hints>` when the person chooses to change the field a hint is about. */
export class AlPitfallFixEvent extends Event {
  static readonly type = 'al-pitfall-fix';
  constructor(readonly detail: Readonly<{ field: BoundaryDraftField }>) {
    super(AlPitfallFixEvent.type, { bubbles: true, composed: true });
  }
}

/** Fired by `<al-plan-editor>` once a plan is stored. */
export class AlPlanSavedEvent extends Event {
  static readonly type = 'al-plan-saved';
  /** `note`: what to tell the person instead of "Plan saved." (after a changed-in-another-tab choice). */
  constructor(readonly detail: Readonly<{ plan: ConversationPlan; created: boolean; note?: string }>) {
    super(AlPlanSavedEvent.type, { bubbles: true, composed: true });
  }
}

/** Fired by `<al-plan-editor>` when the person cancels, and by `<al-plan-view>` after a delete. */
export class AlPlanDoneEvent extends Event {
  static readonly type = 'al-plan-done';
  constructor(readonly detail: Readonly<{ reason: 'cancel' | 'deleted' | 'edit'; planId?: string }>) {
    super(AlPlanDoneEvent.type, { bubbles: true, composed: true });
  }
}


/** Fired by `<al-quick-prep>` when the person is done (or wants to go back). */
export class AlQuickPrepDoneEvent extends Event {
  static readonly type = 'al-quick-prep-done';
  constructor() {
    super(AlQuickPrepDoneEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'al-favourite-toggle': AlFavouriteToggleEvent;
    'al-own-prompt-action': AlOwnPromptActionEvent;
    'al-own-prompt-save': AlOwnPromptSaveEvent;
    'al-own-prompt-cancel': AlOwnPromptCancelEvent;
    'al-boundary-item': AlBoundaryItemEvent;
    'al-pitfall-fix': AlPitfallFixEvent;
    'al-plan-saved': AlPlanSavedEvent;
    'al-plan-done': AlPlanDoneEvent;
    'al-quick-prep-done': AlQuickPrepDoneEvent;
  }
}
