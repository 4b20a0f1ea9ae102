import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { enReport } from '../../i18n/locales/en-report.js';
import type { ReportMessages, ThreeSixtyKey, ThreeSixtyMessages } from '../../i18n/types.js';
import { builtinThreeSixty } from '../../i18n/three-sixty.js';
import { en360 } from '../../i18n/locales/en-360.js';
import { compute360, type RaterComments, type View360 } from '../../internal/view360.js';
import {
  View360Controller,
  type Feedback,
  type MessageRef,
} from '../../controllers/view360-controller.js';
import { RATER_GROUPS } from '../../scoring/index.js';
import type { ResponseCodeProblem } from '../../scoring/codes.js';
import type {
  Norms,
  RaterResponseSet,
  RaterResult,
  ResponseSet,
  Result,
  Result360,
} from '../../scoring/types.js';
import { ReportElement } from '../report-element.js';
import {
  changeSection,
  columnsOf,
  gapsSection,
  tablesSection,
  hasGaps,
  isShown,
  normSizes,
  type Formatter,
  type Kind,
} from './sections.js';
import type { L3dErrorCode } from '../../events/events.js';
import type { DevelopmentPlan } from '../../schema/plan.js';
import type { FileInput360, L3d360InputEvent } from '../../events/l3d-360-input.js';
import { L3d360Inputs, type InputFeedback } from '../l3d-360-inputs/l3d-360-inputs.component.js';
import {
  L3dRadarChart,
  type RadarSeries,
  type RadarView,
} from '../l3d-radar-chart/l3d-radar-chart.component.js';
import { formatList, formatSizes, section, viewToggle } from '../../internal/report-parts.js';
import { TableScrollController } from '../../controllers/table-scroll-controller.js';
import { reportStyles } from '../l3d-report/l3d-report.styles.js';
import { view360Styles } from './l3d-360.styles.js';
import { buttonStyles } from '../../internal/button.styles.js';
import { themeStyles } from '../../internal/theme.styles.js';

/**
 * The 360° feedback view: the person's self-assessment beside each rater group and all others,
 * on a radar chart and in a table per dimension, with the gaps named (blind spot, hidden
 * strength, agreed strength, agreed growth area), percentiles when norms are given, and what
 * changed since an earlier result. The person adds their result file and pastes the raters'
 * response codes or chooses the files raters downloaded (with their comments); a host with a
 * backend sets `self`, `raters`, `norms` and `previous` instead.
 * Every number comes from `score360` (with `percentiles` and `reliableChange`), so it equals
 * what the scoring engine gives in Node. Groups under 3 raters are not shown (anonymity); the
 * manager is shown alone. Nothing is sent anywhere.
 *
 * @tagname l3d-360
 * @summary Leadership 3D 360° feedback: self vs others, from files and response codes.
 *
 * @fires l3d-360-change - `{ input, report, codes }` when the person adds or removes a self-assessment, codes, norms or an earlier result (never for the host's property changes).
 * @fires l3d-error - `{ code, message }` for input that cannot be used: `invalid-code` (also a rater's file refused, or a comment left out of one), `invalid-result`, `invalid-norms`, `invalid-responses` (a host rater), `unknown-lang`, `invalid-locale`.
 *
 * @csspart base - The view container.
 * @csspart title - The main heading (an `h2`).
 * @csspart inputs - The input panel (its parts `field`, `code` and `button` are exported too).
 * @csspart field - Each group of inputs in the panel (a `fieldset`).
 * @csspart code - Each added response code in the panel.
 * @csspart section - Each section of the report.
 * @csspart heading - The heading of each section (an `h3`).
 * @csspart button - Buttons: the chart view toggle, the panel's buttons.
 * @csspart table - Each table of scores.
 *
 * @cssprop --l3d-color-primary - Buttons, the self line of the chart.
 * @cssprop --l3d-color-on-primary - Text on primary buttons.
 * @cssprop --l3d-color-technical - Accent of technical expertise.
 * @cssprop --l3d-color-relational - Accent of relationship management; a chart line.
 * @cssprop --l3d-color-business - Accent of business savvy; a chart line.
 * @cssprop --l3d-color-text - Text.
 * @cssprop --l3d-color-muted - Secondary text.
 * @cssprop --l3d-color-background - Background.
 * @cssprop --l3d-color-surface - Panels, notes and table headers.
 * @cssprop --l3d-color-border - Borders and rules.
 * @cssprop --l3d-color-focus - Focus outline.
 * @cssprop --l3d-color-error - Messages about refused input.
 * @cssprop --l3d-font-family - Font.
 * @cssprop --l3d-radius - Corner radius.
 * @cssprop --l3d-spacing - Base spacing unit.
 * @cssprop --l3d-max-width - Widest the view grows.
 */
export class L3d360 extends ReportElement {
  static override dependencies = {
    'l3d-radar-chart': L3dRadarChart,
    'l3d-360-inputs': L3d360Inputs,
  };

  static override styles = [themeStyles, buttonStyles, reportStyles, view360Styles];

  /** The person's self-assessment: responses or a scored result. The panel's file sets it too. */
  @property({ attribute: false }) self: ResponseSet | Result | null = null;

  /**
   * Raters a host supplies (responses with `group`, or `{ group, result }`), each with the rater's
   * `comments` when they wrote any (at most 500 characters each); codes add to them.
   */
  @property({ attribute: false }) raters: ((RaterResponseSet | RaterResult) & {
    comments?: RaterComments;
  })[] = [];

  /** A comparison group for percentiles of the self scores. The panel's file sets it too. */
  @property({ attribute: false }) norms: Norms | null = null;

  /** An earlier self-assessment, for "What changed". The panel's file sets it too. */
  @property({ attribute: false }) previous: Result | null = null;

  /**
   * The development plan in the earlier result's file, shown with "What changed".
   * @internal Set by the view's input panel.
   */
  @state() previousPlan: DevelopmentPlan | null = null;

  /** Hide the input panel, for hosts that supply everything through properties. */
  @property({ type: Boolean, reflect: true, attribute: 'hide-inputs' }) hideInputs = false;

  @state() private view: RadarView = 'dimensions';

  // Every table becomes a focusable region only when it has to scroll sideways.
  private readonly tableScroll = new TableScrollController(this);

  // What the person gives in the panel: codes, files, and the messages beside each input.
  private readonly inputs = new View360Controller(this);

  // The item detail and comments (issue 17): a chunk of its own, fetched once there are raters
  // (a plain import(): the browser loads a module once; a failed one is tried at the next render).
  #detail?: typeof import('./l3d-360-detail.js');

  private memo: { inputs: unknown[]; view: View360 } | null = null;
  private reported = new Set<string>();

  /** The 360° numbers shown (from `score360`); `null` until there is a self-assessment or a rater. */
  get report(): Result360 | null {
    return this.current.report;
  }

  /** The response codes the person added, in canonical spelling, in the order added. */
  get codes(): string[] {
    return this.inputs.codes.map((c) => c.code);
  }

  /**
   * Adds response codes as if the person had pasted them (e.g. codes a host page kept for
   * them): one string with codes separated by lines, commas or spaces, or a list. Refused codes
   * fire `l3d-error` and are listed beside the codes box; no `l3d-360-change` fires.
   *
   * @returns the canonical codes added, those already there, and those refused with the reason.
   */
  addCodes(codes: string | readonly string[]): {
    added: string[];
    duplicates: string[];
    rejected: { code: string; problem: ResponseCodeProblem }[];
  } {
    const text = typeof codes === 'string' ? codes : codes.join('\n');
    const read = this.inputs.addCodes(text, false);
    return {
      added: read.added.map((c) => c.code),
      duplicates: read.duplicates,
      rejected: read.rejected.map((r) => ({ code: r.text, problem: r.reason })),
    };
  }

  private get current(): View360 {
    const inputs = [
      this.instrument,
      this.self,
      this.raters,
      this.inputs.codes,
      this.norms,
      this.previous,
    ];
    if (!this.memo || inputs.some((value, i) => value !== this.memo!.inputs[i])) {
      const view = compute360({
        instrument: this.instrument,
        self: this.self,
        raters: this.raters,
        codes: this.inputs.codes,
        norms: this.norms,
        previous: this.previous,
      });
      this.memo = { inputs, view };
    }
    return this.memo.view;
  }

  /**
   * The view's texts: a host locale's own, else the built-in ones of its language (loaded on
   * demand; `null` meanwhile), else English.
   */
  private get t360(): ThreeSixtyMessages | null {
    return (
      this.locales.data?.threeSixty ??
      builtinThreeSixty(this.locales.lang, () => this.requestUpdate())
    );
  }

  override render() {
    const t = this.t360;
    if (this.locales.settling || !t) return nothing;
    const r = this.locales.data?.report ?? enReport;
    const { lang, dir } = this.locales;
    const view = this.current;
    const instrument = this.localizedInstrument;
    return html`<article
      part="base"
      class="report view360"
      lang=${lang}
      dir=${ifDefined(dir)}
      aria-labelledby="title"
    >
      <header class="header">
        <p class="eyebrow">${instrument.title}</p>
        <h2 part="title" id="title" tabindex="-1">${t.title}</h2>
        <p class="lede">${t.lede}</p>
        <p class="note">${t.developmentNote}</p>
      </header>
      ${this.hideInputs ? nothing : this.renderInputs(t, view)} ${this.renderProblems(t, view)}
      ${
        view.report
          ? html`${this.renderSummary(t, view.report)} ${this.renderChart(t, r, view.report)}
            ${tablesSection(t, r, view, this.localizedInstrument, this.#format)}
            ${gapsSection(t, view.report, this.localizedInstrument.facets, this.#format)}
            ${view.report.others.raters ? this.#renderDetail() : nothing}
            ${this.#renderChange(t, view)}`
          : html`<p class="empty">${t.empty}</p>`
      }
    </article>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.reportHostProblems();
  }

  private renderInputs(t: ThreeSixtyMessages, view: View360): TemplateResult {
    const usable = (input: 'self' | 'norms' | 'previous') =>
      !view.problems.some((p) => p.input === input);
    const loaded: Record<FileInput360, string | null> = {
      self:
        this.self && usable('self')
          ? this.t(t.inputs.self.loaded, {
              instrument: this.instrument.id,
              version: this.instrument.version,
            })
          : null,
      norms:
        this.norms && usable('norms')
          ? this.t(t.inputs.norms.loaded, {
              group: this.norms.group,
              n: formatSizes(normSizes(this.norms), this.locales.lang),
            })
          : null,
      previous: this.previous && usable('previous') ? t.inputs.previous.loaded : null,
    };
    const feedback = Object.fromEntries(
      Object.entries(this.inputs.feedback).map(([input, f]) => [input, this.resolve(t, f)]),
    );
    return html`<l3d-360-inputs
      part="inputs"
      exportparts="field, code, button"
      lang=${this.locales.lang}
      .strings=${t}
      .loaded=${loaded}
      .codes=${this.inputs.codes}
      .feedback=${feedback}
      .codesDraft=${this.inputs.codesDraft}
      .theme=${this.theme}
      @l3d-360-input=${this.onInput}
    ></l3d-360-inputs>`;
  }

  /** Host data that could not be used: named in plain words (details go to `l3d-error`). */
  private renderProblems(t: ThreeSixtyMessages, view: View360): TemplateResult | typeof nothing {
    if (!view.problems.length) return nothing;
    const items = view.problems.map((p) =>
      p.input === 'raters'
        ? this.t(t.errors.hostRater, { index: (p.index ?? 0) + 1 })
        : p.input === 'self'
          ? t.errors.hostSelf
          : p.input === 'norms'
            ? t.errors.hostNorms
            : t.errors.hostPrevious,
    );
    return html`<div class="notice problems">
      <p>${t.errors.host}</p>
      <ul>
        ${items.map((item) => html`<li>${item}</li>`)}
      </ul>
    </div>`;
  }

  private renderSummary(t: ThreeSixtyMessages, report: Result360): TemplateResult {
    const total = report.others.raters;
    const groups = RATER_GROUPS.filter((g) => report.groups[g].raters > 0);
    return section(
      'summary',
      t.summary.heading,
      html`<p>${this.t(t.summary.count, { count: total })}</p>
        ${
          groups.length
            ? html`<ul class="group-counts">
                ${groups.map(
                  (g) =>
                    html`<li>
                      ${this.t(t.summary.group, {
                        group: t.groups[g],
                        count: report.groups[g].raters,
                      })}
                    </li>`,
                )}
              </ul>`
            : nothing
        }
        ${report.self ? nothing : html`<p class="hint">${t.summary.noSelf}</p>`}
        ${this.renderNotes(t, report)}`,
    );
  }

  /** Why a group is hidden or shown alone, per group, in plain words. */
  private renderNotes(t: ThreeSixtyMessages, report: Result360): TemplateResult | typeof nothing {
    const notes: string[] = [];
    const pooled = isShown(report.others);
    for (const g of RATER_GROUPS) {
      const group = report.groups[g];
      if (group.raters === 0) continue;
      if (g === 'manager') notes.push(t.notes.manager);
      else if (group.hidden === 'anonymity') {
        const hidden = this.t(t.notes.hidden, { group: t.groups[g], count: group.raters });
        notes.push(pooled ? `${hidden} ${t.notes.inPool}` : hidden);
      } else if (hasGaps(group)) notes.push(this.t(t.notes.partly, { group: t.groups[g] }));
    }
    if (report.others.raters > 0 && !pooled) notes.push(t.notes.notInPool);
    else if (hasGaps(report.others)) notes.push(this.t(t.notes.partly, { group: t.groups.others }));
    if (!notes.length) return nothing;
    return html`<ul class="notes">
      ${notes.map((note) => html`<li>${note}</li>`)}
    </ul>`;
  }

  private renderChart(t: ThreeSixtyMessages, r: ReportMessages, report: Result360): TemplateResult {
    const instrument = this.localizedInstrument;
    const kind: Kind = this.view === 'facets' ? 'facets' : 'dimensions';
    const axes = kind === 'facets' ? instrument.facets : instrument.dimensions;
    const series: RadarSeries[] = columnsOf(t, report).map((c) => ({
      label: c.label,
      values: axes.map((a) => c.score(kind, a.id)),
    }));
    const counts = { dimensions: instrument.dimensions.length, facets: instrument.facets.length };
    return section(
      'chart',
      t.sections.chart,
      html`${viewToggle(r, this.locales.lang, counts, this.view, (v) => (this.view = v))}
        <p class="hint">${t.chart.caption}</p>
        <l3d-radar-chart
          .labels=${axes.map((a) => a.label)}
          .series=${series}
          .instrument=${instrument}
          .lang=${this.lang}
          .locale=${this.locales.data ?? undefined}
          .theme=${this.theme}
        ></l3d-radar-chart>`,
    );
  }

  #renderDetail() {
    if (!this.#detail)
      import('./l3d-360-detail.js').then((m) => {
        this.#detail = m;
        this.requestUpdate();
      }, String);
    return this.#detail?.detailSections(this);
  }

  #renderChange(t: ThreeSixtyMessages, view: View360): TemplateResult | typeof nothing {
    if (!this.previous || view.problems.some((p) => p.input === 'previous')) return nothing;
    if (!view.change)
      return section('change', t.sections.change, html`<p>${t.change.needSelf}</p>`);
    const r = this.locales.data?.report ?? enReport;
    const plan = this.previousPlan;
    // the plan made with the earlier result, read-only, from the plan's own chunk
    if (plan) void import('../l3d-plan/l3d-plan.js');
    return html`${changeSection(t, r, view.change, this.localizedInstrument, this.#format)}
    ${
      plan
        ? html`<l3d-plan
            readonly
            .plan=${plan}
            .instrument=${this.localizedInstrument}
            lang=${this.locales.lang}
          ></l3d-plan>`
        : nothing
    }`;
  }

  /** Messages and numbers in the language shown, for the section functions. */
  get #format(): Formatter {
    return {
      t: (message, values) => this.t(message, values),
      number: (value, digits) => this.number(value, digits),
      lang: this.locales.lang,
    };
  }

  private readonly onInput = async (event: L3d360InputEvent): Promise<void> => {
    const panel = event.target as L3d360Inputs;
    const detail = event.detail;
    // a pasted text that was used is cleared; one that was refused stays, to be fixed
    if ((await this.inputs.handle(detail)) && detail.input !== 'codes' && detail.action === 'text')
      panel.clearPaste(detail.input);
  };

  /** One `l3d-error` per problem with the host's data, not one per render. */
  private reportHostProblems(): void {
    const now = new Set<string>();
    for (const p of this.current.problems) {
      const key = `${p.input}:${p.index ?? ''}:${p.detail}`;
      now.add(key);
      if (this.reported.has(key)) continue;
      const code: L3dErrorCode =
        p.input === 'raters'
          ? 'invalid-responses'
          : p.input === 'norms'
            ? 'invalid-norms'
            : 'invalid-result';
      const where = p.input === 'raters' ? `raters[${p.index}]` : p.input;
      this.fail(code, `${where}: ${p.detail}`);
    }
    this.reported = now;
  }

  private resolve(t: ThreeSixtyMessages, feedback: Feedback): InputFeedback {
    const instrument = this.localizedInstrument;
    const labels = new Map<string, string>([
      ...instrument.dimensions.map((d) => [d.id, d.label] as const),
      ...instrument.facets.map((f) => [f.id, f.label] as const),
    ]);
    const named = (ids: string[]) =>
      formatList(
        ids.map((id) => labels.get(id) ?? id),
        this.locales.lang,
      );
    const text = (ref: MessageRef) =>
      this.t(message(t, ref.key), {
        ...ref.values,
        ...Object.fromEntries(Object.entries(ref.ids ?? {}).map(([k, ids]) => [k, named(ids)])),
      });
    return {
      ...(feedback.errors ? { errors: feedback.errors.map(text) } : {}),
      ...(feedback.errorsHeading ? { errorsHeading: text(feedback.errorsHeading) } : {}),
      ...(feedback.status ? { status: feedback.status.map(text) } : {}),
    };
  }
}

/**
 * The message at `key`. The key's type admits only paths to a message of the 360° texts, and a
 * host's locale is checked key for key against English before it is used; the English one
 * stands in only for the sections a host locale may lack (those added later, see locale.ts).
 */
function message(messages: ThreeSixtyMessages, key: ThreeSixtyKey): string {
  let node: unknown = messages;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string' ? node : message(en360, key);
}

declare global {
  interface HTMLElementTagNameMap {
    'l3d-360': L3d360;
  }
}
