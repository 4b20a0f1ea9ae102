import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Instrument, InstrumentFacet } from '../../scoring/types.js';
import { formatMessage, type MessageValues } from '../../i18n/format.js';
import { builtinPlan } from '../../i18n/plan-texts.js';
import { enPlan } from '../../i18n/locales/en-plan.js';
import type { PlanMessages } from '../../i18n/types.js';
import {
  PLAN_LIMITS,
  checkPlan,
  dayValue,
  defaultDates,
  isoDay,
  type DevelopmentPlan,
  type PlanField,
  type PlanProblem,
} from '../../schema/plan.js';
import { calendarText } from '../../internal/calendar.js';
import { downloadText } from '../../internal/download.js';
import { formatList } from '../../internal/report-parts.js';
import { L3dElement } from '../../internal/l3d-element.js';
import { L3dPlanChangeEvent } from '../../events/plan-events.js';
import { buttonStyles } from '../../internal/button.styles.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { planStyles } from './l3d-plan.styles.js';

/** What the editor holds while the person types: every field as text, nothing lost. */
type Draft = Omit<DevelopmentPlan, 'createdAt'>;

const DATE_FIELDS = ['start', 'review', 'retest'] as const;

/**
 * The development plan step after a report: with no plan, a sentence and a button; the editor
 * (one or two facets, why, whom to ask for feedforward, one experiment, start, review and retest
 * dates); a saved plan as a summary (what is printed) with Edit, Remove (with Undo) and a
 * calendar reminder (`.ics`). `<l3d-report>` loads and shows it; it works alone too.
 *
 * @tagname l3d-plan
 * @summary A development plan: editor, summary and calendar reminder.
 *
 * @fires l3d-plan-change - `{ plan }` when the person saves a plan (the plan) or removes it (`null`); not when the host sets `plan`.
 *
 * @csspart button - Every button.
 */
export class L3dPlan extends L3dElement {
  static override styles = [themeStyles, buttonStyles, planStyles];

  /** The saved plan, checked by the host (`<l3d-report>` checks its own `plan`); `null` for none. */
  @property({ attribute: false }) plan: DevelopmentPlan | null = null;

  /** The instrument in the language shown: facet labels and each facet's "try" step. */
  @property({ attribute: false }) instrument?: Instrument;

  /** Facet ids listed first in the editor: the report's growth areas. */
  @property({ attribute: false }) growthAreas: string[] = [];

  /** Language of the texts and dates (`en`, `es`, `ar` built in; English otherwise). */
  @property() override lang = 'en';

  /** The sentence and button shown with no plan (the report's own texts). */
  @property({ attribute: false }) lead?: { intro: string; make: string };

  /** Only the summary, headed "The plan made with the earlier result" (the 360° view's retest). */
  @property({ type: Boolean }) readonly = false;

  /** True while the editor is open; the host sets it to open the editor. */
  @property({ type: Boolean }) editing = false;

  @state() private draft: Draft = { ...this.#empty() };
  @state() private problems: PlanProblem[] = [];
  /** The live region's message. */
  @state() private status = '';
  /** The plan just removed, until the person undoes it or makes another. */
  @state() private removed: DevelopmentPlan | null = null;

  /** Fields the person has changed since the editor opened (defaults stop following). */
  #touched = new Set<PlanField>();
  /** Where focus goes after the next render. */
  #focus?: string;

  get #t(): PlanMessages {
    return builtinPlan(this.lang, () => this.requestUpdate()) ?? enPlan;
  }

  #fmt(message: string, values: MessageValues): string {
    return formatMessage(message, values, this.lang);
  }

  get #facets(): InstrumentFacet[] {
    return this.instrument?.facets ?? [];
  }

  #empty(): Draft {
    return {
      facets: [],
      why: '',
      feedforwardFrom: '',
      experiment: '',
      ...defaultDates(isoDay(new Date())),
    };
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('editing') && this.editing) {
      const saved: Draft = this.plan ?? this.#empty();
      this.draft = {
        facets: [...saved.facets],
        why: saved.why,
        feedforwardFrom: saved.feedforwardFrom,
        experiment: saved.experiment,
        start: saved.start,
        review: saved.review,
        retest: saved.retest,
      };
      this.problems = [];
      this.#touched = new Set(this.plan ? (Object.keys(this.draft) as PlanField[]) : []);
      this.#focus = '#editor-heading';
    }
  }

  override updated(): void {
    const target = this.#focus;
    this.#focus = undefined;
    if (!target) return;
    // "Not now": back to the report's section heading, if there is one; otherwise (and after
    // a save or a removal) to what now shows: the summary's heading or the sentence
    const section = target === 'section' ? this.closest('section')?.querySelector('h3') : null;
    (
      section ?? this.renderRoot.querySelector<HTMLElement>(target === 'section' ? '#top' : target)
    )?.focus();
  }

  override render(): TemplateResult {
    const t = this.#t;
    // the live region first: "check the fields marked below" is read, and seen, above them
    return html`<div class="plan">
      <p class="status" role="status">${this.status}</p>
      ${
        this.editing
          ? this.#renderEditor(t)
          : this.plan
            ? this.#renderSummary(t, this.plan)
            : this.#renderIdle()
      }
    </div>`;
  }

  #renderIdle(): TemplateResult {
    const t = this.#t;
    return html`<div id="top" tabindex="-1" class="idle">
      ${this.lead ? html`<p>${this.lead.intro}</p>` : nothing}
      <div class="actions">
        ${
          this.lead
            ? html`<button part="button" class="button primary" type="button" @click=${this.#open}>
                ${this.lead.make}
              </button>`
            : nothing
        }
        ${
          this.removed
            ? html`<button part="button" class="button" type="button" @click=${this.#undo}>
                ${t.undo}
              </button>`
            : nothing
        }
      </div>
    </div>`;
  }

  #renderSummary(t: PlanMessages, plan: DevelopmentPlan): TemplateResult {
    // the person's own words keep their own direction (English in an Arabic report)
    const row = (label: string, value: string) =>
      value
        ? html`<dt>${label}</dt>
            <dd dir="auto">${value}</dd>`
        : nothing;
    return html`<div class="summary">
      <h4 id="top" tabindex="-1">${this.readonly ? t.earlier : t.summaryHeading}</h4>
      <dl>
        ${row(t.areas, this.#labels(plan.facets))} ${row(t.why, plan.why)}
        ${row(t.feedforwardFrom, plan.feedforwardFrom)} ${row(t.experiment, plan.experiment)}
        ${row(
          t.when,
          this.#fmt(t.dates, {
            start: this.#date(plan.start),
            review: this.#date(plan.review),
            retest: this.#date(plan.retest),
          }),
        )}
      </dl>
      <div class="actions" ?hidden=${this.readonly}>
        <button part="button" class="button primary" type="button" @click=${this.#calendar}>
          ${t.download}
        </button>
        <button part="button" class="button" type="button" @click=${this.#open}>${t.edit}</button>
        <button part="button" class="button" type="button" @click=${this.#remove}>
          ${t.remove}
        </button>
      </div>
    </div>`;
  }

  #renderEditor(t: PlanMessages): TemplateResult {
    const d = this.draft;
    const growth = this.#facets.filter((f) => this.growthAreas.includes(f.id));
    const other = this.#facets.filter((f) => !this.growthAreas.includes(f.id));
    const facetProblem = this.#problem('facets');
    const box = (f: InstrumentFacet, i: number) =>
      html`<label class="choice">
        <input
          type="checkbox"
          id=${ifDefined(i === 0 ? 'facets' : undefined)}
          .checked=${live(d.facets.includes(f.id))}
          aria-invalid=${ifDefined(facetProblem ? 'true' : undefined)}
          aria-describedby=${ifDefined(facetProblem ? 'facets-error' : undefined)}
          @change=${(e: Event) => this.#toggle(f.id, (e.target as HTMLInputElement).checked)}
        />
        <span>${f.label}</span>
      </label>`;
    const all = [...growth, ...other];
    return html`<form class="editor" novalidate @submit=${this.#save}>
      <h4 id="editor-heading" tabindex="-1">${t.editorHeading}</h4>
      <fieldset class="facets">
        <legend>${t.facets}</legend>
        ${growth.length ? html`<p class="group">${t.growthGroup}</p>` : nothing}
        ${growth.map((f) => box(f, all.indexOf(f)))}
        ${growth.length && other.length ? html`<p class="group">${t.otherGroup}</p>` : nothing}
        ${other.map((f) => box(f, all.indexOf(f)))} ${this.#error('facets', facetProblem)}
      </fieldset>
      ${this.#text(t, 'why', true)} ${this.#text(t, 'feedforwardFrom', false, t.feedforwardHint)}
      ${this.#text(t, 'experiment', true, t.experimentHint)}
      <div class="dates">
        <p class="hint">${t.datesHint}</p>
        ${DATE_FIELDS.map((field) => {
          const problem = this.#problem(field);
          return html`<div class="field">
            <label for=${field}>${t[field]}</label>
            <input
              type="date"
              id=${field}
              .value=${live(d[field])}
              aria-invalid=${ifDefined(problem ? 'true' : undefined)}
              aria-describedby=${ifDefined(problem ? `${field}-error` : undefined)}
              @input=${(e: Event) => this.#set(field, (e.target as HTMLInputElement).value)}
            />
            ${this.#error(field, problem)}
          </div>`;
        })}
      </div>
      <div class="actions">
        <button part="button" class="button primary" type="submit">${t.save}</button>
        <button part="button" class="button" type="button" @click=${this.#cancel}>
          ${t.cancel}
        </button>
      </div>
    </form>`;
  }

  #text(
    t: PlanMessages,
    field: 'why' | 'feedforwardFrom' | 'experiment',
    area: boolean,
    hint?: string,
  ): TemplateResult {
    const problem = this.#problem(field);
    const max = PLAN_LIMITS[field];
    const describedBy = [`${field}-hint`, problem ? `${field}-error` : ''].join(' ').trim();
    const input = (e: Event) => this.#set(field, (e.target as HTMLInputElement).value);
    const invalid = problem ? 'true' : undefined;
    return html`<div class="field">
      <label for=${field}>${t[field]}</label>
      <p class="hint" id="${field}-hint">${hint ?? ''} ${this.#fmt(t.limit, { max })}</p>
      ${
        area
          ? html`<textarea
              id=${field}
              rows="3"
              dir="auto"
              .value=${live(this.draft[field])}
              aria-invalid=${ifDefined(invalid)}
              aria-describedby=${describedBy}
              @input=${input}
            ></textarea>`
          : html`<input
              id=${field}
              type="text"
              autocomplete="off"
              dir="auto"
              .value=${live(this.draft[field])}
              aria-invalid=${ifDefined(invalid)}
              aria-describedby=${describedBy}
              @input=${input}
            />`
      }
      ${this.#error(field, problem)}
    </div>`;
  }

  #problem(field: PlanField): PlanProblem | undefined {
    return this.problems.find((p) => p.field === field);
  }

  #error(field: PlanField, problem: PlanProblem | undefined): TemplateResult | typeof nothing {
    if (!problem) return nothing;
    const max = field in PLAN_LIMITS ? PLAN_LIMITS[field as keyof typeof PLAN_LIMITS] : 0;
    return html`<p class="error" id="${field}-error">
      ${this.#fmt(this.#t.problems[problem.code], { max })}
    </p>`;
  }

  #labels(ids: readonly string[]): string {
    const label = new Map(this.#facets.map((f) => [f.id, f.label]));
    return formatList(
      ids.map((id) => label.get(id) ?? id),
      this.lang,
    );
  }

  #date(day: string): string {
    try {
      return new Intl.DateTimeFormat(this.lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
        dayValue(day),
      );
    } catch {
      return day;
    }
  }

  #set(field: Exclude<PlanField, 'facets'>, value: string): void {
    this.#touched.add(field);
    const draft = { ...this.draft, [field]: value };
    // untouched review and retest dates keep their distance from the start
    if (field === 'start' && !Number.isNaN(dayValue(value))) {
      const dates = defaultDates(value);
      if (!this.#touched.has('review')) draft.review = dates.review;
      if (!this.#touched.has('retest')) draft.retest = dates.retest;
    }
    this.draft = draft;
  }

  #toggle(id: string, on: boolean): void {
    const facets = on ? [...this.draft.facets, id] : this.draft.facets.filter((f) => f !== id);
    const draft = { ...this.draft, facets };
    // the experiment starts as the first chosen facet's "try" step until the person edits it
    if (!this.#touched.has('experiment'))
      draft.experiment = this.#facets.find((f) => f.id === facets[0])?.develop.experiment ?? '';
    this.draft = draft;
  }

  readonly #open = (): void => {
    this.status = '';
    this.editing = true;
  };

  readonly #cancel = (): void => {
    this.editing = false;
    this.problems = [];
    this.#focus = 'section';
  };

  readonly #save = (event: Event): void => {
    event.preventDefault();
    const t = this.#t;
    const checked = checkPlan(
      { ...this.draft, createdAt: this.plan?.createdAt || new Date().toISOString() },
      this.#facets.map((f) => f.id),
      isoDay(new Date()),
    );
    if (!checked.ok) {
      this.problems = checked.problems;
      this.status = this.#fmt(t.check, {
        count: new Set(checked.problems.map((p) => p.field)).size,
      });
      this.#focus = `#${checked.problems[0]!.field}`;
      return;
    }
    this.problems = [];
    this.removed = null;
    this.editing = false;
    this.status = t.saved;
    this.#change(checked.plan);
  };

  readonly #remove = (): void => {
    this.removed = this.plan;
    this.status = this.#t.removed;
    this.#change(null);
  };

  readonly #undo = (): void => {
    const plan = this.removed;
    this.removed = null;
    this.status = this.#t.restored;
    this.#change(plan);
  };

  #change(plan: DevelopmentPlan | null): void {
    this.plan = plan;
    this.#focus = '#top';
    // built apart from dispatchEvent so the manifest lists the documented `@fires` only
    const event = new L3dPlanChangeEvent({ plan });
    this.dispatchEvent(event);
  }

  readonly #calendar = (): void => {
    const plan = this.plan;
    if (!plan) return;
    const c = this.#t.calendar;
    const description = [
      this.#fmt(c.areas, { facets: this.#labels(plan.facets) }),
      this.#fmt(c.experiment, { experiment: plan.experiment }),
      plan.feedforwardFrom ? this.#fmt(c.feedforwardFrom, { name: plan.feedforwardFrom }) : '',
    ]
      .filter(Boolean)
      .join('\n');
    const id = `${plan.createdAt || plan.start}`.replace(/[^\w]/g, '');
    const text = calendarText(
      (['review', 'retest'] as const).map((kind) => ({
        uid: `l3d-plan-${id}-${kind}@leadership-3d`,
        day: plan[kind],
        summary: c[kind],
        description,
      })),
      new Date(),
    );
    downloadText(text, 'text/calendar', c.fileName);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'l3d-plan': L3dPlan;
  }
}
