import { lmsMode, xapiEndpointOf, type LmsHost } from './lms-settings.js';
import type { AssessmentController } from './assessment-controller.js';
import type { LmsLink, LmsLinkFactory, StatementKind } from './lms-link.js';
import type { L3dErrorCode, L3dAnswerEvent, L3dCompleteEvent } from '../events/events.js';
import { L3dXapiEvent } from '../events/events.js';
import {
  answeredStatement,
  completedStatement,
  initializedStatement,
  randomUuid,
  scoredStatement,
  type XapiAgent,
  type XapiRun,
  type XapiStatement,
} from '../lms/xapi.js';
import { LrsSender } from '../lms/lrs-sender.js';

/** What the element decides beyond its settings. */
export interface LmsOptions {
  /** True once the instrument is known (not loading): resume data is checked against it. */
  ready: () => boolean;
  /** Reported as `l3d-error` only: LMS problems never show an error screen. */
  onError: (code: L3dErrorCode, message: string) => void;
}

/**
 * Each protocol's link is a chunk of its own: a SCORM course never downloads cmi5, nor the
 * reverse. `auto` picks cmi5 when the URL carries its launch parameters (the link checks them).
 */
const loadLink = (mode: string): Promise<LmsLinkFactory> =>
  mode === 'cmi5' ||
  (mode === 'auto' && /[?&]fetch=/.test(location.search) && /[?&]endpoint=/.test(location.search))
    ? import('./cmi5-link.js').then((chunk) => chunk.cmi5Link)
    : import('./scorm-link.js').then((chunk) => chunk.scormLink);

/**
 * The LMS and xAPI side of `<leadership-3d>`. xAPI: builds a statement for each of the
 * respondent's steps, fires it as `l3d-xapi` and queues it for the LRS when `xapi-endpoint` is
 * set (or the LMS gives one). LMS: loads the link of the protocol the page runs (`LmsLink`) and
 * tells it of page changes, the completion and the page going away. Loaded lazily by `LmsLoader`.
 */
export class LmsController {
  #link?: LmsLink;
  /** 'idle' until `lms` is set; 'loading' while the link's chunk arrives; then 'done'. */
  #linkState: 'idle' | 'loading' | 'done' = 'idle';
  #connected = false;
  #unsubscribe?: () => void;
  #sender?: { endpoint: string; sender: LrsSender };
  /** Statements refused by an endpoint the host has since replaced. */
  #refusedBefore: XapiStatement[] = [];
  readonly #registration: string;

  constructor(
    private readonly host: LmsHost,
    private readonly assessment: AssessmentController,
    private readonly options: LmsOptions,
  ) {
    this.#registration = host.xapiRegistration ?? randomUuid();
  }

  get pendingStatements(): readonly XapiStatement[] {
    return [...this.#refusedBefore, ...(this.#sender?.sender.pending ?? [])];
  }

  /** True while an LMS session is open: the LMS keeps the answers. */
  get lmsActive(): boolean {
    return this.#link?.active === true;
  }

  /** True while `lms` is set and its link is still loading or opening its session. */
  get settling(): boolean {
    if (lmsMode(this.host.lms) === 'none') return false;
    return this.#linkState !== 'done' || this.#link?.starting === true;
  }

  connect(): void {
    this.#connected = true;
    window.addEventListener('pagehide', this.#onPageHide);
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.#unsubscribe ??= this.assessment.subscribe((state) => this.#link?.onState(state));
    this.#startLink();
  }

  disconnect(): void {
    this.#connected = false;
    window.removeEventListener('pagehide', this.#onPageHide);
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#save(false);
    // Removed for good (not just moved, which reconnects at once): the course is over for this
    // page, so end the LMS session now; no pagehide listener is left to do it later.
    setTimeout(() => {
      if (!this.host.isConnected && this.#link?.active) this.#link.save(true);
    }, 0);
  }

  /** After each render: start the LMS link if `lms` was set late; let it apply resume data. */
  update(): void {
    this.#startLink();
    this.#link?.update();
  }

  /** One of the respondent's events: an xAPI statement, and the LMS's completion. */
  handle(event: Event): void {
    if (event.type === 'l3d-start') this.#emit('initialized', initializedStatement(this.#run()));
    else if (event.type === 'l3d-answer') {
      const { itemId, value } = (event as L3dAnswerEvent).detail;
      const durationMs = this.assessment.state.timings[itemId];
      this.#emit('answered', answeredStatement(this.#run(), { itemId, value, durationMs }));
    } else if (event.type === 'l3d-complete') {
      const { result, responses } = (event as L3dCompleteEvent).detail;
      const spent = Object.values(responses.timings ?? {}).reduce((a, b) => a + b, 0);
      this.#emit('completed', completedStatement(this.#run(), spent));
      this.#emit('scored', scoredStatement(this.#run(), result));
      this.#link?.complete(event as L3dCompleteEvent);
    }
  }

  // ---- LMS ----------------------------------------------------------------------------------

  #startLink(): void {
    if (this.#linkState !== 'idle' || lmsMode(this.host.lms) === 'none') return;
    this.#linkState = 'loading';
    loadLink(lmsMode(this.host.lms))
      .then((factory) => {
        this.#link = factory({
          host: this.host,
          assessment: this.assessment,
          options: this.options,
          send: (statement) => this.#post(statement),
        });
        // Removed while the chunk arrived: the session ends with the page.
        if (!this.#connected && !this.host.isConnected) this.#link?.save(true);
      })
      .catch((error: unknown) =>
        this.options.onError(
          'lms-unavailable',
          `LMS support could not be loaded: ${String(error)}`,
        ),
      )
      .finally(() => {
        this.#linkState = 'done';
        // The intro says where answers are kept; the widget stops waiting.
        this.host.requestUpdate();
      });
  }

  /** Page hidden or left: the LMS saves (and on leaving, ends its session); the LRS queue goes out. */
  #save(terminate: boolean): void {
    this.#link?.save(terminate);
    void this.#sender?.sender.flush({ keepalive: true });
  }

  // Never `unload`: it breaks the back/forward cache and is not fired reliably on mobile.
  #onPageHide = (event: PageTransitionEvent): void => this.#save(!event.persisted);
  #onVisibility = (): void => {
    if (document.visibilityState === 'hidden') this.#save(false);
  };

  // ---- xAPI ---------------------------------------------------------------------------------

  #run(): XapiRun {
    const { instrument, form } = this.assessment;
    const lms = this.#link?.xapi;
    return {
      actor: lms?.actor ?? this.host.xapiActor ?? this.#anonymous(),
      registration: lms?.registration ?? this.#registration,
      instrument,
      form,
    };
  }

  /** Without `xapiActor`, an anonymous agent per registration on this site. */
  #anonymous(): XapiAgent {
    // xAPI wants a URL as homePage; a file: or about: page gets a reserved, never-resolving one.
    const origin = location.protocol.startsWith('http')
      ? location.origin
      : 'https://leadership-3d.invalid';
    return { objectType: 'Agent', account: { homePage: origin, name: this.#registration } };
  }

  #emit(kind: StatementKind, built: XapiStatement): void {
    const lms = this.#link?.xapi;
    const statement = lms ? lms.stamp(kind, built) : built;
    if (statement) this.#post(statement);
  }

  #post(statement: XapiStatement): void {
    const lms = this.#link?.xapi;
    this.host.dispatchEvent(new L3dXapiEvent(statement));
    const endpoint = lms?.endpoint ?? xapiEndpointOf(this.host);
    if (!endpoint) return;
    if (this.#sender?.endpoint !== endpoint) {
      // A new endpoint takes over what the old one had not sent; refused ones stay readable.
      const previous = this.#sender?.sender;
      this.#refusedBefore = [...this.#refusedBefore, ...(previous?.rejected ?? [])];
      const carried = previous?.close() ?? [];
      this.#sender = {
        endpoint,
        sender: new LrsSender({
          endpoint,
          auth: () => (lms ? lms.auth() : (this.host.xapiAuth?.() ?? '')),
          onFailure: (statements, status, message) =>
            this.options.onError(
              'xapi-send-failed',
              `The LRS did not take ${statements.length} statement(s) (${status ? `HTTP ${status}` : message}); they are kept in pendingStatements`,
            ),
        }),
      };
      for (const earlier of carried) this.#sender.sender.enqueue(earlier);
    }
    this.#sender.sender.enqueue(statement);
  }
}
