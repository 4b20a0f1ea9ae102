import type { ReactiveController, ReactiveElement } from 'lit';
import { VALUE_FORMATS, type ValueFormat } from '../scoring/vocabulary.js';
import type { L3dErrorCode } from '../events/events.js';
import { enField } from '../i18n/locales/en-field.js';
import type { FieldMessages } from '../i18n/types.js';
import type { AssessmentController } from './assessment-controller.js';
import { parseSnapshot, type Snapshot } from './persistence-controller.js';

/**
 * What one form callback of the browser asks for, as the element records it until this
 * controller has loaded: the form was reset, or the browser gives back a state it saved
 * (back/forward). Joining a form and `disabled` only need the update every call brings.
 */
export interface FieldCall {
  reset?: true;
  state?: unknown;
}

/** What the form field reads from `<leadership-3d>`. */
export interface FieldHost extends ReactiveElement {
  /** What would be saved now: the state the browser keeps for back/forward. */
  readonly snapshot: Snapshot;
  reset(): void;
  restore(snapshot: Snapshot | string): boolean;
}

export interface FieldOptions {
  /** The field's texts in the language shown; English when the locale has none. */
  strings: () => FieldMessages | undefined;
  onError: (code: L3dErrorCode, message: string) => void;
}

/** What a disabled widget ignores, caught on the way in (capture) before any part sees it. */
const BLOCKED = ['click', 'l3d-question-change'] as const;

/** `value-format` as written, or the default for anything else. */
export const valueFormatOf = (value: string | null): ValueFormat =>
  VALUE_FORMATS.find((format) => format === value) ?? 'result';

/**
 * What the form submits for the assessment now, as JSON; an empty string until the respondent
 * has finished (a form never carries half a questionnaire). The observer form has no report:
 * its "result" is the response code with the responses it carries, as in the rater's download.
 */
export function fieldValue(assessment: AssessmentController, format: ValueFormat): string {
  const { status, result, code } = assessment.state;
  if (status !== 'report' || !result) return '';
  const responses = assessment.raterResponses ?? assessment.responses;
  if (format === 'responses') return JSON.stringify(responses);
  if (assessment.form === 'observer')
    return JSON.stringify(format === 'both' ? { code, result, responses } : { code, responses });
  return JSON.stringify(format === 'both' ? { result, responses } : result);
}

/**
 * `<leadership-3d>` as a form field (`ElementInternals`): keeps the submitted value and the
 * validity in step with the flow, and does what a native control does on `disabled`, form
 * reset and the browser's state restore. Loaded only when the element meets a form, so a page
 * without one never fetches it; the element records the browser's calls until it is here.
 */
export class FormFieldController implements ReactiveController {
  #observer?: MutationObserver;

  constructor(
    private readonly host: FieldHost,
    private readonly internals: ElementInternals,
    private readonly assessment: AssessmentController,
    /** The calls the element recorded; drained before each render. */
    private readonly calls: FieldCall[],
    private readonly options: FieldOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // `required` and `value-format` are attributes only (no properties in the first load):
    // an attribute change re-checks the value and validity.
    this.#observer = new MutationObserver(() => this.host.requestUpdate());
    this.#observer.observe(this.host, { attributeFilter: ['required', 'value-format'] });
    for (const type of BLOCKED) this.host.renderRoot.addEventListener(type, this.#block, true);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    for (const type of BLOCKED) this.host.renderRoot.removeEventListener(type, this.#block, true);
  }

  /** The recorded calls change the flow before it renders, so one render shows their effect. */
  hostUpdate(): void {
    for (const call of this.calls.splice(0)) this.#handle(call);
  }

  /** After each render: the value, the validity (anchored to what is on screen) and `disabled`. */
  hostUpdated(): void {
    const { host, internals } = this;
    const value = fieldValue(this.assessment, valueFormatOf(host.getAttribute('value-format')));
    // Saved for back/forward only while something was answered; the snapshot brings it back.
    const touched = this.assessment.answeredCount > 0 || this.assessment.state.status !== 'intro';
    internals.setFormValue(value, touched ? JSON.stringify(host.snapshot) : null);
    if (host.hasAttribute('required') && !value) {
      // The step's heading: reportValidity() points at it and focus lands where the
      // respondent can see which step is unfinished.
      const anchor = host.renderRoot.querySelector<HTMLElement>('[part~="heading"]') ?? undefined;
      const message = (this.options.strings() ?? enField).incomplete;
      internals.setValidity({ valueMissing: true }, message, anchor);
    } else internals.setValidity({});
    // Disabled like a native control: nothing in the card can be used or focused; the
    // answers and the saved copy stay.
    const base = host.renderRoot.querySelector<HTMLElement>('[part~="base"]');
    if (base) base.inert = host.matches(':disabled');
  }

  /**
   * `inert` stops the mouse and keyboard; this also stops a click made by script or assistive
   * technology (a radio's own default is undone by preventDefault).
   */
  #block = (event: Event): void => {
    if (!this.host.matches(':disabled')) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  };

  #handle(call: FieldCall): void {
    // form.reset(): as the host's reset(), which asks nothing (a page that wants to ask
    // cancels the form's `reset` event first).
    if (call.reset) this.host.reset();
    if ('state' in call) this.#restore(call.state);
  }

  /** The browser gives back the state saved with the value: a snapshot, checked first. */
  #restore(state: unknown): void {
    let data: unknown;
    try {
      data = typeof state === 'string' ? JSON.parse(state) : state;
    } catch {
      data = undefined;
    }
    const parsed = parseSnapshot(data, this.assessment.instrument, this.assessment.form);
    if (parsed.kind === 'error') this.options.onError(parsed.code, parsed.message);
    else if (parsed.kind === 'ok') this.host.restore(parsed.snapshot);
  }
}
