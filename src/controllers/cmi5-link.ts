import type { AssessmentState } from './assessment-controller.js';
import {
  finishesOnComplete,
  reportsScore,
  type LinkXapi,
  type LmsLink,
  type LmsLinkContext,
} from './lms-link.js';
import type { L3dCompleteEvent } from '../events/events.js';
import {
  CMI5_RESUME_STATE,
  cmi5Allowed,
  cmi5Allows,
  cmi5Request,
  cmi5SessionId,
  cmi5StateUrl,
  cmi5Statement,
  cmi5Verdict,
  fetchCmi5Token,
  parseCmi5Launch,
  readCmi5Language,
  readCmi5LaunchData,
  type Cmi5Fetch,
  type Cmi5Launch,
  type Cmi5Session,
  type Cmi5Verb,
} from '../lms/cmi5.js';
import { decodeSuspendData, encodeSuspendData } from '../lms/suspend-data.js';
import { isoDuration } from '../lms/time.js';
import { overallScore, type XapiResult } from '../lms/xapi.js';

const fetcher: Cmi5Fetch = (url, init) => fetch(url, init);
// One cmi5 session per page: a second widget must not spend the single-use token again.
let taken = false;

/**
 * The cmi5 side of `<leadership-3d>`: fetches the token once, reads `LMS.LaunchData`, the
 * learner's language and the resume document, sends `initialized`, decorates the element's
 * `answered`/`scored` statements as cmi5 "allowed" ones, sends `completed` (and passed/failed
 * against a mastery score) and `terminated`, and keeps the resume document current at page
 * changes and when the page is hidden. Statements go through the element's LRS sender.
 */
class Cmi5Link implements LmsLink {
  starting = true;
  #session?: Cmi5Session;
  #auth = '';
  readonly #sent = new Set<string>();
  readonly #began = Date.now();
  #resume?: string;
  #written?: string;
  #writing: Promise<unknown> = Promise.resolve();
  #last?: { status: string; page: number };
  readonly #xapi: LinkXapi;

  constructor(
    private readonly context: LmsLinkContext,
    launch: Cmi5Launch,
  ) {
    this.#xapi = {
      endpoint: launch.endpoint,
      auth: () => this.#auth,
      actor: launch.actor,
      registration: launch.registration,
      // The link sends its own initialized and completed; the rest become "allowed" statements.
      stamp: (kind, statement) =>
        kind === 'initialized' || kind === 'completed' || !this.#allows('allowed')
          ? null
          : cmi5Allowed(this.#session!, statement, reportsScore(context.host)),
    };
    void this.#start(launch);
  }

  get active(): boolean {
    return !!this.#session && !this.#sent.has('terminated');
  }

  /** Only while the session is open: nothing reaches the LMS's LRS after `terminated`. */
  get xapi(): LinkXapi | undefined {
    return this.active ? this.#xapi : undefined;
  }

  async #start(launch: Cmi5Launch): Promise<void> {
    const { host, options } = this.context;
    try {
      const auth = (this.#auth = await fetchCmi5Token(launch, fetcher));
      const [data, resume, lang] = await Promise.all([
        readCmi5LaunchData(launch, fetcher, auth),
        cmi5Request(fetcher, cmi5StateUrl(launch, CMI5_RESUME_STATE), auth).catch(
          (error: unknown) => {
            options.onError('lms-resume-invalid', `cmi5 resume state unreadable: ${String(error)}`);
            return undefined;
          },
        ),
        readCmi5Language(launch, fetcher, auth),
      ]);
      this.#session = { launch, data, sessionId: cmi5SessionId(data) };
      this.#resume = resume || undefined;
      // The LMS's language preference, unless the page chose one.
      if (lang && !host.lang) host.lang = lang;
      this.#send('initialized');
    } catch (error) {
      options.onError('lms-unavailable', (error as Error).message);
    } finally {
      this.starting = false;
      host.requestUpdate();
    }
  }

  #allows(verb: Cmi5Verb | 'allowed'): boolean {
    return !!this.#session && cmi5Allows(this.#session.data.launchMode, this.#sent, verb);
  }

  /** A cmi5-defined statement, if the rules allow it now. Marked sent after it is queued. */
  #send(verb: Cmi5Verb, result?: XapiResult): void {
    if (!this.#allows(verb)) return;
    if (result) result.duration = isoDuration(Date.now() - this.#began);
    this.context.send(cmi5Statement(this.#session!, verb, result));
    this.#sent.add(verb);
  }

  /** Once the instrument is known: the LMS's resume document, if it fits, replaces the start. */
  update(): void {
    const data = this.#resume;
    if (data === undefined || !this.context.options.ready()) return;
    this.#resume = undefined;
    this.#written = data;
    const { assessment, options } = this.context;
    const decoded = decodeSuspendData(data, assessment.instrument, assessment.form);
    if (
      decoded.kind !== 'empty' &&
      (decoded.kind === 'invalid' || !assessment.resume(decoded.state))
    )
      options.onError(
        'lms-resume-invalid',
        decoded.kind === 'invalid'
          ? decoded.message
          : 'cmi5 resume state does not fit the instrument',
      );
  }

  /** Page or step changes write the resume document; answers alone never do. */
  onState(state: AssessmentState): void {
    const last = this.#last;
    this.#last = { status: state.status, page: state.page };
    if (last && last.status === state.status && last.page === state.page) return;
    if (state.status === 'questions' || state.status === 'review') this.#saveResume(false);
  }

  /** PUTs the resume document when it changed (Normal mode only: Browse/Review change nothing). */
  #saveResume(keepalive: boolean): void {
    if (!this.active || this.#resume !== undefined || !this.#allows('allowed')) return;
    const { assessment, options } = this.context;
    const { state, instrument, form } = assessment;
    const encoded = encodeSuspendData(
      {
        answers: state.answers,
        timings: state.timings,
        page: state.page,
        status: state.status === 'error' ? (state.error?.returnTo ?? 'intro') : state.status,
        group: assessment.group,
        nonce: state.nonce,
      },
      instrument,
      form,
      64_000,
    );
    if (!encoded.ok) return options.onError('lms-write-failed', encoded.message);
    if (encoded.value === this.#written) return;
    this.#written = encoded.value;
    const url = cmi5StateUrl(this.#session!.launch, CMI5_RESUME_STATE);
    this.#writing = cmi5Request(fetcher, url, this.#auth, encoded.value, keepalive).catch(
      (error: unknown) => {
        this.#written = undefined;
        options.onError('lms-write-failed', `cmi5 resume state not saved: ${String(error)}`);
      },
    );
  }

  /**
   * completed (once), then passed/failed when the LMS gave a mastery score. With
   * `lms-finish="on-complete"`: terminated at once, then the LMS's returnURL.
   */
  complete(event: L3dCompleteEvent): void {
    if (!this.active) return;
    this.#saveResume(false);
    this.#send('completed', { completion: true });
    const overall = overallScore(event.detail.result);
    const scaled = overall === null ? null : Math.round(overall * 100) / 10_000;
    const verdict = cmi5Verdict(this.#session!.data, scaled);
    if (verdict)
      this.#send(verdict, {
        score: { scaled: scaled!, raw: overall!, min: 0, max: 100 },
        success: verdict === 'passed',
      });
    if (finishesOnComplete(this.context.host)) {
      const returnURL = this.#session!.data.returnURL;
      this.save(true);
      if (returnURL) void this.#leave(returnURL);
    }
  }

  /** Navigates once the resume document is written and the LRS took every statement. */
  async #leave(url: string): Promise<void> {
    await this.#writing;
    const host = this.context.host as unknown as { pendingStatements: readonly unknown[] };
    // Refused statements stay pending: the learner stays, nothing is lost (tried for a minute).
    for (let i = 0; i < 240; i++) {
      if (!host.pendingStatements.length) return location.assign(url);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  /** Hidden: the resume document (keepalive). Left: also terminated. */
  save(terminate: boolean): void {
    this.#saveResume(true);
    if (terminate) this.#send('terminated', {});
  }
}

/** The cmi5 link when the page was launched by a cmi5 LMS (launch parameters in its URL). */
export function cmi5Link(context: LmsLinkContext): LmsLink | undefined {
  let launch: Cmi5Launch;
  try {
    launch = parseCmi5Launch(location.search);
  } catch (error) {
    context.options.onError('lms-unavailable', (error as Error).message);
    return undefined;
  }
  if (taken) return undefined;
  taken = true;
  return new Cmi5Link(context, launch);
}
