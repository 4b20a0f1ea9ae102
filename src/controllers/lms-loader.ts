import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AssessmentController } from './assessment-controller.js';
import type { LmsController, LmsOptions } from './lms-controller.js';
import type { XapiStatement } from '../lms/xapi.js';

/** The respondent's events the LMS and xAPI side reacts to. */
const FORWARDED = ['l3d-start', 'l3d-answer', 'l3d-complete'] as const;

/**
 * Keeps the SCORM and xAPI code out of the first download: the `LmsController` chunk is
 * imported when `lms` or `xapi-endpoint` is set, or on the respondent's first event (for the
 * `l3d-xapi` events). Events that happen before it arrives are buffered and replayed.
 */
export class LmsLoader implements ReactiveController {
  #controller?: LmsController;
  #loading = false;
  #connected = false;
  #buffer: Event[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly assessment: AssessmentController,
    private readonly options: LmsOptions,
  ) {
    host.addController(this);
    for (const type of FORWARDED) host.addEventListener(type, this.#onEvent);
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
    else if (this.options.lms() !== 'none' || this.options.xapiEndpoint()) void this.#load();
  }

  #onEvent = (event: Event): void => {
    if (event.target !== this.host) return;
    if (this.#controller) this.#controller.handle(event);
    else {
      this.#buffer = [...this.#buffer, event];
      void this.#load();
    }
  };

  async #load(): Promise<void> {
    if (this.#loading) return;
    this.#loading = true;
    try {
      const { LmsController } = await import('./lms-controller.js');
      const controller = new LmsController(this.host, this.assessment, this.options);
      this.#controller = controller;
      if (this.#connected) controller.connect();
      const buffered = this.#buffer;
      this.#buffer = [];
      for (const event of buffered) controller.handle(event);
      controller.update();
    } catch (error) {
      // The chunk could not be fetched: the questionnaire works on, only without LMS reporting.
      this.#loading = false;
      this.options.onError('lms-unavailable', `LMS support could not be loaded: ${String(error)}`);
    }
  }
}
