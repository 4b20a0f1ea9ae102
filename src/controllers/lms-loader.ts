import type { ReactiveController } from 'lit';
import type { AssessmentController } from './assessment-controller.js';
import type { LmsController, LmsOptions } from './lms-controller.js';
import { lmsMode, xapiEndpointOf, type LmsHost } from './lms-settings.js';
import type { XapiStatement } from '../lms/xapi.js';
import { whenIdle } from '../internal/when.js';

/** The respondent's events the LMS and xAPI side reacts to. */
const FORWARDED = ['l3d-start', 'l3d-answer', 'l3d-complete'] as const;

/**
 * Keeps the SCORM and xAPI code out of the first download: the `LmsController` chunk is
 * imported when `lms` or `xapi-endpoint` is set, or at the first idle moment after the
 * respondent's first event (for the `l3d-xapi` events). Events that happen before it arrives are
 * buffered and replayed, in order.
 */
export class LmsLoader implements ReactiveController {
  #controller?: LmsController;
  #loading = false;
  #connected = false;
  #buffer: Event[] = [];
  #failed = false;

  constructor(
    private readonly host: LmsHost,
    private readonly assessment: AssessmentController,
    private readonly options: LmsOptions,
    /** How the controller's chunk is fetched; replaced in tests. */
    private readonly loadChunk: () => Promise<{ LmsController: typeof LmsController }> = () =>
      import('./lms-controller.js'),
  ) {
    host.addController(this);
    for (const type of FORWARDED) host.addEventListener(type, this.#onEvent);
  }

  /**
   * True while `lms` is set and the LMS code is still loading or opening its session. The widget waits (shows its
   * loading state), so resume data from the LMS can never arrive after the learner has answered.
   */
  get settling(): boolean {
    if (this.#controller) return this.#controller.settling;
    return lmsMode(this.host.lms) !== 'none' && !this.#failed;
  }

  /** True while an LMS session is open: the LMS, not the browser, keeps the answers. */
  get lmsActive(): boolean {
    return this.#controller?.lmsActive ?? false;
  }

  /** Statements not (yet) accepted by the LRS, including those it refused. */
  get pendingStatements(): readonly XapiStatement[] {
    return this.#controller?.pendingStatements ?? [];
  }

  hostConnected(): void {
    this.#connected = true;
    this.#controller?.connect();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#controller?.disconnect();
  }

  hostUpdated(): void {
    if (this.#controller) this.#controller.update();
    else if (this.#failed) return;
    else if (lmsMode(this.host.lms) !== 'none' || xapiEndpointOf(this.host)) void this.#load();
  }

  #onEvent = (event: Event): void => {
    if (event.target !== this.host) return;
    if (this.#controller) this.#controller.handle(event);
    // Once failed, never again in this page: a retry per render or per event would flood the host.
    else if (!this.#failed) {
      this.#buffer = [...this.#buffer, event];
      // Without an LMS or an LRS the chunk only turns events into `l3d-xapi` ones: it waits for
      // an idle moment, so it never competes with the first page of questions (l3d-start).
      if (this.#buffer.length === 1) void whenIdle().then(() => this.#load());
    }
  };

  async #load(): Promise<void> {
    if (this.#loading) return;
    this.#loading = true;
    try {
      const { LmsController } = await this.loadChunk();
      const controller = new LmsController(this.host, this.assessment, this.options);
      this.#controller = controller;
      if (this.#connected) controller.connect();
      const buffered = this.#buffer;
      this.#buffer = [];
      for (const event of buffered) controller.handle(event);
      controller.update();
      this.host.requestUpdate();
    } catch (error) {
      // The chunk could not be fetched (or the controller not built): the questionnaire works
      // on, only without LMS reporting. Reported once; not retried.
      this.#failed = true;
      this.#buffer = [];
      this.host.requestUpdate();
      this.options.onError('lms-unavailable', `LMS support could not be loaded: ${String(error)}`);
    }
  }
}
