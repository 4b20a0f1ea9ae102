import type { ReactiveController, ReactiveElement } from 'lit';
import type { Answer } from '../scoring/types.js';
import type { AssessmentController } from './assessment-controller.js';

/** Where focus goes after the next render: the new step's heading, or one question. */
export type FocusRequest = { kind: 'heading' } | { kind: 'question'; itemId: string };

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

export interface NavigationOptions {
  /**
   * Observer form: asks the rater for their group when it is still missing; true when it asked
   * (the move waits). Without the observer part, nothing to ask.
   */
  askForGroup: () => boolean;
}

/**
 * What the respondent does with the buttons and answers of the flow, and where focus goes
 * after each move: the new step's heading, the report (which focuses its own heading) or the
 * question they jumped to from the review. A focus request waits through renders that do not
 * show its target yet (a report still loading). The handlers are bound, so templates can pass
 * them as listeners.
 */
export class NavigationController implements ReactiveController {
  #focus?: FocusRequest;
  #fromReview = false;

  constructor(
    private readonly host: ReactiveElement,
    private readonly assessment: AssessmentController,
    private readonly options: NavigationOptions,
  ) {
    host.addController(this);
  }

  /** The respondent jumped from the review to a question: offer the way straight back. */
  get fromReview(): boolean {
    return this.#fromReview;
  }

  readonly start = (): void => {
    if (this.options.askForGroup()) return;
    this.#fromReview = false;
    this.#go('start');
  };

  readonly next = (): void => this.#go('next');
  readonly back = (): void => this.#go('back');
  readonly review = (): void => this.#go('review');
  readonly continue = (): void => this.#go('recover');

  readonly finish = (): void => {
    if (!this.options.askForGroup()) this.#go('finish');
  };

  /** From the review to one unanswered question, with focus on it. */
  readonly jump = (itemId: string): void => {
    this.#fromReview = true;
    this.#focus = { kind: 'question', itemId };
    this.assessment.goToPage(this.assessment.pageOf(itemId));
  };

  readonly answer = (itemId: string, value: Answer | null): void => {
    // A refused answer re-renders the group so the radio shows what is really recorded.
    if (!this.assessment.answer(itemId, value)) this.host.requestUpdate();
  };

  hostUpdated(): void {
    const request = this.#focus;
    if (!request) return;
    const root = this.host.renderRoot;
    const target: (Partial<Updating> & HTMLElement) | null =
      request.kind === 'question'
        ? root.querySelector<Updating>(`l3d-question[data-item-id="${CSS.escape(request.itemId)}"]`)
        : (root.querySelector<Updating>('l3d-report') ?? root.querySelector('.heading'));
    if (!target) return;
    this.#focus = undefined;
    // A question or the report renders its own content in its own update, after ours.
    if (target.updateComplete) void target.updateComplete.then(() => target.focus());
    else target.focus();
  }

  /** Back to a fresh start: no pending focus, no way back to a review. */
  reset(): void {
    this.#focus = undefined;
    this.#fromReview = false;
  }

  /** Every move between steps puts focus on the new step's heading. */
  #go(move: 'start' | 'next' | 'back' | 'review' | 'recover' | 'finish'): void {
    this.#focus = { kind: 'heading' };
    this.assessment[move]();
  }
}
