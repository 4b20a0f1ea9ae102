import type { AssessmentState } from './assessment-controller.js';
import { finishesOnComplete, reportsScore, type LmsLink, type LmsLinkContext } from './lms-link.js';
import { lmsMode } from './lms-settings.js';
import type { L3dCompleteEvent } from '../events/events.js';
import { findScormApi } from '../lms/scorm-api.js';
import { ScormSession, type ScormFailure } from '../lms/scorm-runtime.js';
import { decodeSuspendData, encodeSuspendData } from '../lms/suspend-data.js';
import { overallScore } from '../lms/xapi.js';

// One SCORM session per API: a second widget on the page must not Initialize it again.
const apisInUse = new WeakSet<object>();

/**
 * The SCORM side of `<leadership-3d>`: finds the API, initialises once, resumes from
 * `suspend_data`, keeps the resume data current at page changes (Commit at most once per 30 s),
 * commits at completion and when the page is hidden or left, terminates once when it is left
 * (or at completion with `lms-finish="on-complete"`).
 */
class ScormLink implements LmsLink {
  readonly starting = false;
  #resume?: string;
  #completed = false;
  #last?: { status: string; page: number };

  constructor(
    private readonly context: LmsLinkContext,
    private readonly session: ScormSession,
  ) {}

  get active(): boolean {
    return this.session.open;
  }

  /**
   * Initialize and read the resume data; false when the LMS refused to start. `entry` is not
   * trusted (Chamilo says `ab-initio` on every launch): data this instrument wrote decides.
   */
  start(): boolean {
    const launch = this.session.initialize();
    this.#report(launch.failures);
    this.#resume = launch.suspendData;
    return launch.ok;
  }

  update(): void {
    if (this.#resume !== undefined && this.context.options.ready()) this.#applyResume();
  }

  /**
   * The LMS's resume data wins over the browser's copy: it follows the learner across devices.
   * Nothing is written to the LMS before this decision, so data that is not resumed is not lost.
   */
  #applyResume(): void {
    const data = this.#resume!;
    this.#resume = undefined;
    const { assessment, options } = this.context;
    const decoded = decodeSuspendData(data, assessment.instrument, assessment.form);
    this.#report(this.session.begin());
    if (decoded.kind === 'empty') return;
    if (decoded.kind === 'invalid' || !assessment.resume(decoded.state)) {
      const why =
        decoded.kind === 'invalid'
          ? decoded.message
          : 'suspend_data ignored: answers do not fit the instrument';
      options.onError('lms-resume-invalid', why);
    } // A finished attempt shows its report again: the LMS has its result already.
    else this.#completed = decoded.state.status === 'report';
  }

  /** Page or step changes refresh suspend_data and commit, throttled: nothing per answer. */
  onState(state: AssessmentState): void {
    const last = this.#last;
    this.#last = { status: state.status, page: state.page };
    if (last && last.status === state.status && last.page === state.page) return;
    if (state.status === 'questions' || state.status === 'review') this.#saveProgress(true);
  }

  #encoded(): string | undefined {
    const { assessment, options } = this.context;
    const { state, instrument, form } = assessment;
    const status = state.status === 'error' ? (state.error?.returnTo ?? 'intro') : state.status;
    const encoded = encodeSuspendData(
      {
        answers: state.answers,
        timings: state.timings,
        page: state.page,
        status,
        group: assessment.group,
        nonce: state.nonce,
      },
      instrument,
      form,
      this.session.suspendDataLimit,
    );
    if (encoded.ok) return encoded.value;
    options.onError('lms-write-failed', encoded.message);
    return undefined;
  }

  /** `commit`: a page change, which commits too (throttled, see `commitSoon`). */
  #saveProgress(commit?: boolean): void {
    if (!this.session.open || this.#completed || this.#resume !== undefined) return;
    const value = this.#encoded();
    if (value === undefined) return;
    const { answeredCount, total } = this.context.assessment;
    this.#report(this.session.saveProgress(value, total ? answeredCount / total : 0));
    if (commit) this.session.commitSoon((failures) => this.#report(failures));
  }

  /**
   * The first completion is the attempt's result. After a host `reset()` in the same attempt the
   * learner may finish again, but the LMS keeps what it has: writing 48 more interactions or a
   * second score into one attempt would only confuse its records.
   */
  complete(event: L3dCompleteEvent): void {
    const session = this.session;
    if (!session.open || this.#completed) return;
    const { result, responses } = event.detail;
    const { instrument, form } = this.context.assessment;
    this.#completed = true;
    const failures = session.complete({
      // No score by default: a diagnostic has no pass mark, and gradebooks turn scores into grades.
      score: reportsScore(this.context.host) ? overallScore(result) : null,
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
    failures.push(...session.commit());
    // For LMSs that record only at finish (Brightspace); the report still shows.
    if (finishesOnComplete(this.context.host)) failures.push(...session.terminate());
    this.#report(failures);
  }

  /** Resume data and session time are committed; on leaving, Terminate. */
  save(terminate: boolean): void {
    if (!this.session.open) return;
    this.#saveProgress();
    this.#report(this.session.commit());
    if (terminate) this.#report(this.session.terminate());
  }

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
    this.context.options.onError('lms-write-failed', `The LMS refused ${list}${more}`);
  }
}

/** The SCORM link when the page runs inside a SCORM LMS whose API no other widget holds. */
export function scormLink(context: LmsLinkContext): LmsLink | undefined {
  const found = findScormApi(window);
  if (!found || apisInUse.has(found.api)) {
    // Standalone is normal outside an LMS; only an explicit lms="scorm" is told about it.
    if (lmsMode(context.host.lms) === 'scorm')
      context.options.onError('lms-unavailable', 'No SCORM API (API_1484_11 or API) was found');
    return undefined;
  }
  apisInUse.add(found.api);
  const link = new ScormLink(context, new ScormSession(found));
  return link.start() ? link : undefined;
}
