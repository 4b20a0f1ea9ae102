/**
 * The steps of `<leadership-3d>` as templates: intro, a page of questions, the review of
 * unanswered items, the end (report, thank-you or the rater's code) and the error screen. Each is
 * a function of what it shows; the element decides which one, and the navigation controller
 * does what the buttons ask.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import type { InstrumentItem } from '../../scoring/types.js';
import type { PersistMode } from '../../scoring/vocabulary.js';
import type { MessageValues } from '../../i18n/format.js';
import type { FlowMessages, LocaleData } from '../../i18n/types.js';
import type {
  AssessmentController,
  AssessmentError,
} from '../../controllers/assessment-controller.js';
import type { NavigationController } from '../../controllers/navigation-controller.js';
import type { L3dErrorCode } from '../../events/events.js';
import { primaryButton } from '../../internal/button.js';
import type { L3dQuestionChangeEvent } from '../l3d-question/l3d-question.component.js';
import type { RaterView } from './rater-view.js';

/** Reading and answering one short behaviour statement takes about this long. */
const SECONDS_PER_ITEM = 12;

/** Errors the respondent can step past: their answers are intact and the flow still works. */
const CONTINUABLE: readonly L3dErrorCode[] = [
  'invalid-responses',
  'scoring-failed',
  'response-code-failed',
];

type FlowErrorText = keyof FlowMessages['error']['text'];
/** Errors that read, for the respondent, like another one. */
const ERROR_TEXT: Partial<Record<L3dErrorCode, FlowErrorText>> = {
  // A part of the widget that did not load is, to a rater, a questionnaire that did not load.
  'rater-unavailable': 'instrument-fetch-failed',
  // Answers that the code cannot carry: as unexpected as answers the engine cannot score.
  'response-code-failed': 'scoring-failed',
};

/** What the templates read from the element. */
export interface Steps {
  strings: FlowMessages;
  /** A message with its values, numbers formatted for the language in use. */
  t: (message: string, values: MessageValues) => string;
  assessment: AssessmentController;
  nav: NavigationController;
  lang: string;
  locale: LocaleData | null;
  theme?: 'light' | 'dark';
  /** The observer form's part, once loaded. */
  rater?: RaterView;
  /** Where answers are kept: a persist mode, or the LMS when a SCORM session is open. */
  keptIn: PersistMode | 'lms';
  showReport: boolean;
}

const heading = (text: string, describedBy?: string): TemplateResult =>
  html`<h2 part="heading" class="heading" tabindex="-1" aria-describedby=${ifDefined(describedBy)}>
    ${text}
  </h2>`;

const button = (label: string, onClick: () => void): TemplateResult =>
  html`<button type="button" part="button" class="button" @click=${onClick}>${label}</button>`;

/** "12 of 48 answered" above the questions and the review; it reads the count from context. */
const progress = ({ strings, lang, theme }: Steps): TemplateResult =>
  html`<l3d-progress
    part="progress"
    class="progress"
    theme=${ifDefined(theme)}
    lang=${lang}
    .strings=${strings.progress}
  ></l3d-progress>`;

export function introStep(v: Steps): TemplateResult {
  const { strings: s, assessment, rater } = v;
  const { instrument, form, total } = assessment;
  const minutes = Math.max(1, Math.round((total * SECONDS_PER_ITEM) / 60));
  const storage = v.keptIn === 'lms' ? s.intro.storageLms : s.intro.storage[v.keptIn];
  return html`
    ${heading(instrument.title)}
    <p class="lead">${s.intro.lead[form]}</p>
    <h3>${s.intro.measuresHeading}</h3>
    <ul class="dimensions">
      ${instrument.dimensions.map(
        (d) => html`<li class=${d.id}><strong>${d.label}</strong> ${d.description}</li>`,
      )}
    </ul>
    <h3>${s.intro.timeHeading}</h3>
    <p>${v.t(s.intro.time, { minutes, items: total })}</p>
    <p>${s.intro.howToAnswer[form]}</p>
    <h3>${s.intro.privacyHeading}</h3>
    ${
      form === 'observer' && rater
        ? rater.intro(storage, s.intro.notSent)
        : html`
            <p>${storage} ${s.intro.notSent}</p>
            <p>${s.intro.purpose}</p>
          `
    }
    <div class="actions start">${primaryButton(s.intro.start, v.nav.start)}</div>
  `;
}

export function questionsStep(v: Steps): TemplateResult {
  const { strings: s, assessment: a, nav } = v;
  const { instrument, form, state } = a;
  const items = a.pageItems();
  const first = state.page * a.pageSize + 1;
  const last = state.page === a.pageCount - 1;
  const range = { from: first, to: first + items.length - 1, total: a.total };
  const onChange = (event: L3dQuestionChangeEvent): void => {
    event.stopPropagation();
    nav.answer(event.detail.itemId, event.detail.value);
  };
  return html`
    ${progress(v)}
    ${heading(v.t(items.length === 1 ? s.questions.headingOne : s.questions.headingRange, range))}
    <p class="hint">${s.questions.hint[form]}</p>
    <div class="questions" @l3d-question-change=${onChange}>
      ${repeat(
        items,
        (item) => item.id,
        (item, i) => html`
          <l3d-question
            part="question"
            data-item-id=${item.id}
            form=${form}
            theme=${ifDefined(v.theme)}
            number-label=${v.t(s.questions.number, { n: first + i })}
            text-lang=${instrument.lang}
            .item=${item}
            .scale=${instrument.scale}
            .value=${item.id in state.answers ? state.answers[item.id] : undefined}
          ></l3d-question>
        `,
      )}
    </div>
    <div class="actions">
      ${button(s.questions.back, nav.back)}
      ${nav.fromReview && !last ? button(s.questions.backToReview, nav.review) : nothing}
      ${primaryButton(last ? s.questions.toReview : s.questions.next, nav.next)}
    </div>
  `;
}

export function reviewStep(v: Steps): TemplateResult {
  const { strings: s, assessment: a, nav } = v;
  const missing = a.unanswered();
  const position = new Map(a.instrument.items.map((item, i) => [item.id, i + 1]));
  const jump = (item: InstrumentItem): TemplateResult => html`
    <button type="button" part="button" class="button jump" @click=${() => nav.jump(item.id)}>
      <span class="number">${v.t(s.review.jump, { n: position.get(item.id) ?? 0 })}</span>
      <span>${a.form === 'observer' ? item.observer : item.self}</span>
    </button>
  `;
  const finish = v.showReport && a.form === 'self' ? s.review.finish : s.review.finishNoReport;
  return html`
    ${progress(v)} ${heading(s.review.heading, 'review-summary')}
    ${
      missing.length === 0
        ? html`<p id="review-summary">${v.t(s.review.allAnswered, { total: a.total })}</p>`
        : html`
            <p id="review-summary">
              ${v.t(s.review.unanswered, { count: missing.length, total: a.total })}
              ${s.review.jumpHint}
            </p>
            <ul class="unanswered">
              ${missing.map((item) => html`<li>${jump(item)}</li>`)}
            </ul>
            <p class="callout">${s.review.minimumWarning}</p>
          `
    }
    ${v.rater?.groupChoice() ?? nothing}
    <div class="actions">
      ${button(s.review.back, nav.back)} ${primaryButton(finish, nav.finish)}
    </div>
  `;
}

/** The end: the rater's code, the report (once its chunk is there), or a thank-you. */
export function endStep(v: Steps, report: 'idle' | 'loading' | 'ready' | 'failed'): TemplateResult {
  const { strings: s, assessment } = v;
  // An observer's end is the response code, never a report on the person they rated.
  if (assessment.form === 'observer') return html`${v.rater?.completion()}`;
  if (!v.showReport || report === 'failed')
    return html`
      ${heading(s.thanks.heading)}
      <p>${v.showReport ? s.report.unavailable : s.thanks.body}</p>
    `;
  // a restored report has no result until the scoring engine is here
  if (report === 'ready' && assessment.state.result)
    return html`<l3d-report
      lang=${v.lang}
      .locale=${v.locale ?? undefined}
      theme=${ifDefined(v.theme)}
      .result=${assessment.state.result}
      .instrument=${assessment.instrument}
    ></l3d-report>`;
  return html`<p class="loading" role="status">${s.report.loading}</p>`;
}

export function errorStep(v: Steps, error: AssessmentError): TemplateResult {
  const { strings: s } = v;
  const text =
    s.error.text[(ERROR_TEXT[error.code] ?? error.code) as FlowErrorText] ??
    s.error.text['invalid-instrument'];
  return html`
    <div class="error" role="alert">
      ${heading(s.error.heading)}
      <p>${text}</p>
      ${
        CONTINUABLE.includes(error.code)
          ? html`<div class="actions start">
              ${primaryButton(s.error.continue, v.nav.continue)}
            </div>`
          : nothing
      }
    </div>
  `;
}
