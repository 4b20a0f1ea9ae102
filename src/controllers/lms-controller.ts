import { lmsMode, xapiEndpointOf, type LmsHost } from './lms-settings.js';
import type { AssessmentController, AssessmentState } from './assessment-controller.js';
import type { L3dErrorCode, L3dAnswerEvent, L3dCompleteEvent } from '../events/events.js';
import { L3dXapiEvent } from '../events/events.js';
import { findScormApi } from '../lms/scorm-api.js';
import { ScormSession, type ScormFailure } from '../lms/scorm-runtime.js';
import { decodeSuspendData, encodeSuspendData } from '../lms/suspend-data.js';
import {
  answeredStatement,
  completedStatement,
  initializedStatement,
  overallScore,
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

// One SCORM session per API: a second widget on the page must not Initialize it again.
const apisInUse = new WeakSet<object>();

/**
 * The SCORM and xAPI side of `<leadership-3d>`. SCORM: finds the API, initialises once,
 * resumes from `suspend_data`, keeps the resume data current at page changes (SetValue only),
 * commits at completion and when the page is hidden or left, terminates once on `pagehide`.
 * xAPI: builds a statement for each of the respondent's steps, fires it as `l3d-xapi` and
 * queues it for the LRS when `xapi-endpoint` is set. Loaded lazily by `LmsLoader`.
 */
export class LmsController {
  #session?: ScormSession;
  #scormTried = false;
  #resume?: string;
  #completed = false;
  #last?: { status: string; page: number };
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

  /** True while a SCORM session is open: the LMS keeps the answers. */
  get scormActive(): boolean {
    return this.#session?.open === true;
  }

  connect(): void {
    window.addEventListener('pagehide', this.#onPageHide);
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.#unsubscribe ??= this.assessment.subscribe((state) => this.#onState(state));
    if (!this.#scormTried && lmsMode(this.host.lms) !== 'none') this.#startScorm();
  }

  disconnect(): void {
    window.removeEventListener('pagehide', this.#onPageHide);
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#save(false);
    // Removed for good (not just moved, which reconnects at once): the course is over for this
    // page, so end the LMS session now; no pagehide listener is left to do it later.
    setTimeout(() => {
      if (!this.host.isConnected && this.#session?.open) this.#report(this.#session.terminate());
    }, 0);
  }

  /** After each render: start SCORM if `lms` was set late; apply LMS resume data once the instrument is known. */
  update(): void {
    if (!this.#scormTried && lmsMode(this.host.lms) !== 'none') this.#startScorm();
    if (this.#resume !== undefined && this.options.ready()) this.#applyResume();
  }

  /** One of the respondent's events: an xAPI statement, and the SCORM completion. */
  handle(event: Event): void {
    if (event.type === 'l3d-start') this.#emit(initializedStatement(this.#run()));
    else if (event.type === 'l3d-answer') {
      const { itemId, value } = (event as L3dAnswerEvent).detail;
      const durationMs = this.assessment.state.timings[itemId];
      this.#emit(answeredStatement(this.#run(), { itemId, value, durationMs }));
    } else if (event.type === 'l3d-complete') {
      const { result, responses } = (event as L3dCompleteEvent).detail;
      const spent = Object.values(responses.timings ?? {}).reduce((a, b) => a + b, 0);
      this.#emit(completedStatement(this.#run(), spent));
      this.#emit(scoredStatement(this.#run(), result));
      this.#completeScorm(event as L3dCompleteEvent);
    }
  }

  // ---- SCORM --------------------------------------------------------------------------------

  #startScorm(): void {
    this.#scormTried = true;
    const found = findScormApi(window);
    if (!found || apisInUse.has(found.api)) {
      // Standalone is normal outside an LMS; only an explicit lms="scorm" is told about it.
      if (lmsMode(this.host.lms) === 'scorm')
        this.options.onError('lms-unavailable', 'No SCORM API (API_1484_11 or API) was found');
      return;
    }
    apisInUse.add(found.api);
    const session = new ScormSession(found);
    const launch = session.initialize();
    this.#report(launch.failures);
    if (!launch.ok) return;
    this.#session = session;
    if (launch.entry === 'resume' && launch.suspendData) this.#resume = launch.suspendData;
    // The intro says where answers are kept; now it is the LMS.
    this.host.requestUpdate();
  }

  /** The LMS's resume data wins over the browser's copy: it follows the learner across devices. */
  #applyResume(): void {
    const data = this.#resume!;
    this.#resume = undefined;
    const { instrument, form } = this.assessment;
    const decoded = decodeSuspendData(data, instrument, form);
    if (decoded.kind === 'empty') return;
    if (decoded.kind === 'invalid' || !this.assessment.resume(decoded.state)) {
      const why =
        decoded.kind === 'invalid'
          ? decoded.message
          : 'suspend_data ignored: answers do not fit the instrument';
      this.options.onError('lms-resume-invalid', why);
    }
  }

  /** Page or step changes refresh suspend_data (SetValue only, no Commit): nothing per answer. */
  #onState(state: AssessmentState): void {
    const last = this.#last;
    this.#last = { status: state.status, page: state.page };
    if (last && last.status === state.status && last.page === state.page) return;
    if (state.status === 'questions' || state.status === 'review') this.#saveProgress();
  }

  #encoded(): string | undefined {
    const { state, instrument, form } = this.assessment;
    const status = state.status === 'error' ? (state.error?.returnTo ?? 'intro') : state.status;
    const encoded = encodeSuspendData(
      {
        answers: state.answers,
        timings: state.timings,
        page: state.page,
        status,
        group: this.assessment.group,
        nonce: state.nonce,
      },
      instrument,
      form,
      this.#session!.suspendDataLimit,
    );
    if (encoded.ok) return encoded.value;
    this.options.onError('lms-write-failed', encoded.message);
    return undefined;
  }

  #saveProgress(): void {
    if (!this.#session?.open || this.#completed || this.#resume !== undefined) return;
    const value = this.#encoded();
    if (value === undefined) return;
    const { answeredCount, total } = this.assessment;
    this.#report(this.#session.saveProgress(value, total ? answeredCount / total : 0));
  }

  /**
   * The first completion is the attempt's result. After a host `reset()` in the same attempt the
   * learner may finish again, but the LMS keeps what it has: writing 48 more interactions or a
   * second score into one attempt would only confuse its records.
   */
  #completeScorm(event: L3dCompleteEvent): void {
    const session = this.#session;
    if (!session?.open || this.#completed) return;
    const { result, responses } = event.detail;
    const { instrument, form } = this.assessment;
    this.#completed = true;
    const failures = session.complete({
      score: overallScore(result),
      objectives: instrument.dimensions.map((d) => ({
        id: d.id,
        score: result.dimensions[d.id].score,
        description: d.label,
      })),
      interactions: instrument.items.map((item) => {
        const answer = responses.answers[item.id];
        return {
          id: item.id,
          response: answer === null || answer === undefined ? null : String(answer),
          latencyMs: responses.timings?.[item.id],
          description: form === 'observer' ? item.observer : item.self,
        };
      }),
      suspendData: this.#encoded(),
    });
    this.#report([...failures, ...session.commit()]);
  }

  /** Page hidden or left: resume data and session time are committed; on leaving, Terminate. */
  #save(terminate: boolean): void {
    const session = this.#session;
    if (session?.open) {
      this.#saveProgress();
      this.#report(session.commit());
      if (terminate) this.#report(session.terminate());
    }
    void this.#sender?.sender.flush({ keepalive: true });
  }

  // Never `unload`: it breaks the back/forward cache and is not fired reliably on mobile.
  #onPageHide = (event: PageTransitionEvent): void => this.#save(!event.persisted);
  #onVisibility = (): void => {
    if (document.visibilityState === 'hidden') this.#save(false);
  };

  #report(failures: readonly ScormFailure[]): void {
    if (!failures.length) return;
    const list = failures
      .slice(0, 5)
      .map(
        (f) =>
          `${f.call}${f.element ? ` ${f.element}` : ''}: error ${f.code}${f.message ? ` (${f.message})` : ''}`,
      )
      .join('; ');
    const more = failures.length > 5 ? ` and ${failures.length - 5} more` : '';
    this.options.onError('lms-write-failed', `The LMS refused ${list}${more}`);
  }

  // ---- xAPI ---------------------------------------------------------------------------------

  #run(): XapiRun {
    const { instrument, form } = this.assessment;
    return {
      actor: this.host.xapiActor ?? this.#anonymous(),
      registration: this.#registration,
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

  #emit(statement: XapiStatement): void {
    this.host.dispatchEvent(new L3dXapiEvent(statement));
    const endpoint = xapiEndpointOf(this.host);
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
          auth: () => this.host.xapiAuth?.() ?? '',
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
