import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { property, state } from 'lit/decorators.js';
import { enReport } from '../../i18n/locales/en-report.js';
import type { ReportMessages } from '../../i18n/types.js';
import { errorMessage } from '../../scoring/errors.js';
import { FILE_FORMATS } from '../../scoring/vocabulary.js';
import type { Percentile, QualityFlag, Result, ScoreBlock, Stage } from '../../scoring/types.js';
import { ReportElement } from '../report-element.js';
import {
  modelOf,
  pick,
  scoreBar,
  type DimensionEntry,
  type FacetEntry,
  type ReportModel,
} from './report-model.js';
import {
  formatList,
  formatRange,
  formatSizes,
  section,
  stageText,
  viewToggle,
} from '../../internal/report-parts.js';
import { TableScrollController } from '../../controllers/table-scroll-controller.js';
import { L3dRadarChart, type RadarView } from '../l3d-radar-chart/l3d-radar-chart.component.js';
import { reportStyles } from './l3d-report.styles.js';
import { reportGuideStyles } from './report-guide.styles.js';
import { buttonStyles } from '../../internal/button.styles.js';
import { downloadJson } from '../../internal/download.js';
import { themeStyles } from '../../internal/theme.styles.js';
// Report version 2 (issue 17): stage guidance, highest and lowest answers, strength advice.
import { builtinGuide } from '../../i18n/report-guide.js';
import { instrument as builtin } from '../../scoring/builtin-instrument.js';
import {
  itemsContent,
  lowItemsOf,
  stageGuide,
  useAdvice,
  type GuideContext,
} from './report-guide.js';
// the development plan step (issue 17): its element is a chunk of its own
import { checkPlan, type DevelopmentPlan } from '../../schema/plan.js';
import { readSide, sideKey, writeSide, type SideStoreHost } from '../../internal/side-store.js';
import type { L3dPlanChangeEvent } from '../../events/plan-events.js';

/** What a section of facet cards may add: content per card, and a paragraph before and after. */
interface FacetSectionParts {
  extra?: (entry: FacetEntry) => TemplateResult | typeof nothing;
  lead?: TemplateResult | typeof nothing;
  after?: TemplateResult | typeof nothing;
}

/** Named so the downloaded file says what it is and can be recognised when read back. */
const EXPORT_FORMAT = FILE_FORMATS.result;

/**
 * The developmental report for one scored result: dimension scores with their likely range
 * and stage, a radar chart with an equivalent data table, the leadership profile, strengths,
 * growth areas with development steps, response-quality notices, percentiles when norms were
 * given, and JSON download and print. Works alone, given a `result`.
 *
 * @tagname l3d-report
 * @summary Leadership 3D report for one result.
 *
 * @fires l3d-error - `{ code, message }` for an unknown `lang` or an invalid `locale` (the report then shows English), `invalid-result` for a `result` that cannot be read as data (the placeholder is shown), and `invalid-plan` for a `plan` that is not a development plan of the instrument (none is shown).
 * @fires l3d-plan-change - `{ plan }` when the person saves or removes their development plan (`null`); not when the host sets `plan`.
 *
 * @csspart base - The report container.
 * @csspart title - The report's main heading (an `h2`).
 * @csspart section - Each section of the report.
 * @csspart heading - The heading of each section (an `h3`).
 * @csspart button - The chart view toggle and action buttons.
 * @csspart table - The table of all scores.
 *
 * @cssprop --l3d-color-primary - Buttons, the chart line.
 * @cssprop --l3d-color-on-primary - Text on primary buttons.
 * @cssprop --l3d-color-technical - Accent of technical expertise.
 * @cssprop --l3d-color-relational - Accent of relationship management.
 * @cssprop --l3d-color-business - Accent of business savvy.
 * @cssprop --l3d-color-text - Text.
 * @cssprop --l3d-color-muted - Secondary text.
 * @cssprop --l3d-color-background - Report background.
 * @cssprop --l3d-color-surface - Cards and table header.
 * @cssprop --l3d-color-border - Borders and rules.
 * @cssprop --l3d-color-focus - Focus outline.
 * @cssprop --l3d-font-family - Font.
 * @cssprop --l3d-radius - Corner radius.
 * @cssprop --l3d-spacing - Base spacing unit.
 * @cssprop --l3d-max-width - Widest the report grows.
 */
export class L3dReport extends ReportElement {
  static override dependencies = { 'l3d-radar-chart': L3dRadarChart };

  static override styles = [themeStyles, buttonStyles, reportStyles, reportGuideStyles];

  /** The scored result to report on; `null` shows a short placeholder. */
  @property({ attribute: false }) result: Result | null = null;

  /**
   * The person's development plan (see docs/development-plan.md), shown after the report and
   * included in its download; `null` for none. Checked when set: a plan that is not one fires
   * `l3d-error` (`invalid-plan`) and none is shown.
   */
  @property({ attribute: false }) plan: DevelopmentPlan | null = null;

  @state() private view: RadarView = 'dimensions';

  /** The person asked to make a plan: the plan's chunk opens its editor once loaded. */
  @state() private planAsked = false;
  /** `plan` checked, or `null`. */
  #plan: DevelopmentPlan | null = null;
  #planProblem = '';
  /** `plan` came from the widget's storage: a bad one is reported as such, and removed. */
  #planStored = false;
  /**
   * The plan's element, loaded when first needed. A plain import() rather than a
   * LazyPartController: that class lives in the widget's first file, which would then export it
   * to this chunk (one more name in every respondent's first download).
   */
  @state() private planReady = false;
  #planLoad?: Promise<void>;
  #requestPlan(): void {
    this.#planLoad ??= import('../l3d-plan/l3d-plan.js').then(
      () => void (this.planReady = true),
      // a failed fetch (offline, a blocked chunk) may succeed at the next request
      () => void (this.#planLoad = undefined),
    );
  }

  /** `result` as plain data, read once when it is set; what the report shows and downloads. */
  #shown: Result | null = null;
  /** Why the host's `result` could not be read, until another one is set. */
  #unreadable: string | null = null;

  // The table becomes a focusable region only when it has to scroll sideways.
  readonly #tableScroll = new TableScrollController(this);

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('result')) {
      // Read once, as plain data: a host object whose getters throw (or answer differently each
      // time) costs the report its content, never an error thrown into the page at every render.
      try {
        this.#shown =
          this.result == null ? null : (JSON.parse(JSON.stringify(this.result)) as Result);
        this.#unreadable = null;
      } catch (error) {
        this.#shown = null;
        this.#unreadable = errorMessage(error);
      }
      this.#loadPlan();
    }
    if (changed.has('plan') || changed.has('instrument') || this.#planStored) this.#checkPlan();
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('result') && this.#unreadable !== null)
      this.fail('invalid-result', `result could not be read as data (${this.#unreadable})`);
    if (this.#planProblem && this.#planStored) {
      this.fail('storage-corrupt', `Saved ${this.#planProblem}`);
      writeSide(this.#planStore(), undefined);
    } else if (this.#planProblem) this.fail('invalid-plan', this.#planProblem);
    this.#planProblem = '';
    this.#planStored = false;
  }

  override render() {
    const t = this.locales.data?.report ?? enReport;
    const lang = this.locales.lang;
    const dir = this.locales.dir;
    if (this.locales.settling) return nothing;
    if (!this.#shown)
      return html`<p part="base" class="placeholder" lang=${lang} dir=${ifDefined(dir)}>
        ${t.placeholder}
      </p>`;
    const model = modelOf(this.#shown, this.localizedInstrument);
    const c = this.#guideContext(model);
    return html`<article
      part="base"
      class="report"
      lang=${lang}
      dir=${ifDefined(dir)}
      aria-labelledby="title"
    >
      ${this.#renderHeader(t, model)} ${this.#renderDimensions(t, model, c)}
      ${this.#renderChart(t, model)} ${this.#renderProfile(t, model)}
      ${this.#renderStrengths(t, model, c)} ${this.#renderGrowth(t, model, c)}
      ${c ? this.#section('items', c.g.items.heading, itemsContent(c)) : nothing}
      ${this.#renderQuality(t, model)} ${this.#renderTable(t, model)} ${this.#renderPlan(t, model)}
    </article>`;
  }

  /**
   * What the version 2 parts read, or `null` while the language's texts load (the rest of the
   * report shows meanwhile). Built-in advice is for the built-in instrument only: a custom
   * instrument without `use` gets no advice line.
   */
  #guideContext(model: ReportModel): GuideContext | null {
    const fallback = builtinGuide(this.locales.lang, () => this.requestUpdate());
    const g = this.locales.data?.guide ?? fallback?.guide;
    if (!g) return null;
    const isBuiltin =
      this.instrument.id === builtin.id && this.instrument.version === builtin.version;
    return {
      g,
      use: (isBuiltin && fallback?.use) || {},
      instrument: this.localizedInstrument,
      form: model.result.form === 'observer' ? 'observer' : 'self',
      keyed: model.result.items,
      format: (message, values) => this.t(message, values),
      number: (value) => this.number(value),
      stageName: (id) => (this.locales.data?.report ?? enReport).stages[id],
    };
  }

  #renderHeader(t: ReportMessages, { result }: ReportModel): TemplateResult {
    const form = result.form === 'observer' ? 'observer' : 'self';
    return html`<header class="header">
      <p class="eyebrow">${this.localizedInstrument.title}</p>
      <h2 part="title" id="title" tabindex="-1">${t.title[form]}</h2>
      <p class="lede">${this.t(t.intro[form], { items: this.instrument.items.length })}</p>
      <p class="note">${t.developmentNote}</p>
      <div class="actions" role="group" aria-label=${t.sections.actions}>
        <button part="button" class="button primary" type="button" @click=${this.#download}>
          ${t.actions.download}
        </button>
        <button part="button" class="button" type="button" @click=${this.#print}>
          ${t.actions.print}
        </button>
      </div>
    </header>`;
  }

  #renderDimensions(t: ReportMessages, model: ReportModel, c: GuideContext | null): TemplateResult {
    return this.#section(
      'dimensions',
      t.sections.dimensions,
      html`<p class="hint">${t.howToRead}</p>
        ${model.assumed ? html`<p class="hint">${t.assumedNote}</p>` : nothing}
        <ul class="cards">
          ${model.dimensions.map((d) => this.#renderDimensionCard(t, model, d, c))}
        </ul>`,
    );
  }

  #renderDimensionCard(
    t: ReportMessages,
    model: ReportModel,
    d: DimensionEntry,
    c: GuideContext | null,
  ): TemplateResult {
    const { score, band, stage } = d.score;
    const percentile = model.result.percentiles?.dimensions?.[d.id];
    return html`<li class="card dim-${d.id}">
      <h4 class="card-title">${d.label}</h4>
      ${
        score === null
          ? html`<p class="not-scored">${t.notScored}</p>
              <p class="reason">${this.#reasonOf(t, d.score, 0)}</p>`
          : html`<p class="score">
                <span class="score-value">${this.number(score)}</span>
                <span class="score-max">${t.outOf}</span>
              </p>
              ${scoreBar(score, band)}
              ${band ? html`<p class="range">${this.#range(t, model, band)}</p>` : nothing}
              ${
                stage
                  ? html`<p class="stage">
                        <span class="stage-label">${t.stageLabel}</span>
                        <span class="stage-value">${stageText(t, stage, this.locales.lang)}</span>
                      </p>
                      ${c ? stageGuide(c, d.id, stage) : nothing}`
                  : nothing
              }
              ${
                percentile
                  ? html`<p class="percentile">${this.#percentile(t, model, percentile)}</p>`
                  : nothing
              }`
      }
      <p class="description">${d.description}</p>
    </li>`;
  }

  #renderChart(t: ReportMessages, model: ReportModel): TemplateResult {
    const counts = { dimensions: model.dimensions.length, facets: model.facets.size };
    return this.#section(
      'chart',
      t.sections.chart,
      html`${viewToggle(t, this.locales.lang, counts, this.view, (view) => (this.view = view))}
        <l3d-radar-chart
          .result=${model.result}
          .instrument=${this.localizedInstrument}
          .view=${this.view}
          .lang=${this.lang}
          .locale=${this.locales.data ?? undefined}
          .theme=${this.theme}
        ></l3d-radar-chart>`,
    );
  }

  #renderProfile(t: ReportMessages, { result, dimensions }: ReportModel): TemplateResult {
    const archetype = result.profile?.archetype ? t.archetypes[result.profile.archetype] : null;
    const labelOf = new Map(dimensions.map((d) => [d.id, d.label]));
    const leading = (result.profile?.leading ?? []).filter((id) => labelOf.has(id));
    const unscored = dimensions.filter((d) => d.score.score === null).map((d) => d.label);
    // The descriptions say "you describe…": they are for the person who answered about themselves.
    const description = result.form === 'observer' ? t.archetypeObserver : archetype?.description;
    return this.#section(
      'profile',
      t.sections.profile,
      html`${
        archetype
          ? html`<h4 class="archetype">${archetype.name}</h4>
              <p class="archetype-description">${description}</p>`
          : result.profile?.reason === 'response-quality'
            ? html`<p>${t.noArchetypeQuality}</p>`
            : html`<p>${this.t(t.noArchetype, { unscored: this.#list(unscored) })}</p>`
      }
      ${
        leading.length
          ? html`<div class="leading">
              <span class="leading-label" id="leading-label"
                >${this.t(t.leading, { count: leading.length })}</span
              >
              <ul class="chips" aria-labelledby="leading-label">
                ${leading.map((id) => html`<li class="chip dim-${id}">${labelOf.get(id)}</li>`)}
              </ul>
            </div>`
          : nothing
      }`,
    );
  }

  #renderStrengths(
    t: ReportMessages,
    model: ReportModel,
    c: GuideContext | null,
  ): TemplateResult | typeof nothing {
    const { strengths } = model.result;
    const extra = (e: FacetEntry) => (c ? useAdvice(c, e.facet) : nothing);
    if (strengths?.length || model.tiedStrengths.length || !model.highestRated)
      return this.#facetSection('strengths', t.sections.strengths, model, strengths, {
        extra,
        after: this.#tiedNote(t, model),
      });
    // None earned: say so, and show the highest-rated facets under that name (if any stand out).
    const note = model.highestRated.length ? t.highestRatedNote : t.noneStandsOut;
    return this.#facetSection('strengths', t.sections.highestRated, model, model.highestRated, {
      extra,
      lead: html`<p>${note}</p>`,
    });
  }

  #renderGrowth(
    t: ReportMessages,
    model: ReportModel,
    c: GuideContext | null,
  ): TemplateResult | typeof nothing {
    const steps = (e: FacetEntry) =>
      html`${c ? lowItemsOf(c, e.facet.id) : nothing}
        <ol class="steps">
          ${(['reflect', 'feedforward', 'experiment'] as const).map(
            (step) =>
              html`<li>
                <span class="step-name">${t.develop[step]}</span>
                <span>${e.facet.develop[step]}</span>
              </li>`,
          )}
        </ol>`;
    const { growthAreas } = model.result;
    // Facets tied for the lowest score leave none chosen: say so, and name them when only some
    // facets tie, rather than leave a gap.
    const tied = model.tiedLowest === 'all' ? [] : pick(model, model.tiedLowest);
    const empty =
      growthAreas?.length || !model.facetsScored
        ? nothing
        : tied.length
          ? html`<p>
              ${this.t(t.tiedLowestNote, {
                facets: this.#list(tied.map((e) => e.facet.label)),
                score: this.number(tied[0]!.score.score!),
              })}
            </p>`
          : html`<p>${t.noGrowthAreas}</p>`;
    return this.#facetSection('growth', t.sections.growth, model, growthAreas, {
      extra: steps,
      lead: empty,
    });
  }

  /**
   * "Credibility and Listening also score 88: they tie for the last place…", or nothing. Only for
   * strengths: facets tied for the last growth area may score high, where the note would mislead.
   */
  #tiedNote(t: ReportMessages, model: ReportModel): TemplateResult | typeof nothing {
    const entries = pick(model, model.tiedStrengths);
    if (!entries.length) return nothing;
    // "also" only when some facets are listed above the note
    const message = model.result.strengths?.length ? t.tiedNote : t.tiedAllNote;
    return html`<p class="tied">
      ${this.t(message, {
        facets: this.#list(entries.map((e) => e.facet.label)),
        score: this.number(entries[0]!.score.score!),
      })}
    </p>`;
  }

  /** A section of facet cards (strengths or growth areas), with optional extra content per card. */
  #facetSection(
    id: string,
    heading: string,
    model: ReportModel,
    facetIds: readonly string[] | undefined,
    { extra = () => nothing, lead = nothing, after = nothing }: FacetSectionParts = {},
  ): TemplateResult | typeof nothing {
    const entries = pick(model, facetIds);
    if (!entries.length && lead === nothing && after === nothing) return nothing;
    const cards = entries.map(
      (e) =>
        html`<li class="facet-card dim-${e.facet.dimension}">
          <h4 class="facet-title">${e.facet.label}</h4>
          ${this.#facetMeta(model, e)}
          <p>${e.facet.description}</p>
          ${extra(e)}
        </li>`,
    );
    return this.#section(
      id,
      heading,
      html`${lead}
      ${
        entries.length
          ? html`<ul class="facet-list">
              ${cards}
            </ul>`
          : nothing
      }
      ${after}`,
    );
  }

  #renderQuality(t: ReportMessages, { result }: ReportModel) {
    const flags = (result.flags ?? []).filter((f) => f.code in t.flags);
    if (!flags.length) return nothing;
    return this.#section(
      'quality',
      t.sections.quality,
      html`<div class="notice">
        <ul>
          ${flags.map((f) => html`<li>${this.#flagText(t, f)}</li>`)}
        </ul>
        <p>${t.flagsNote}</p>
      </div>`,
    );
  }

  #renderTable(t: ReportMessages, model: ReportModel): TemplateResult {
    // A percentile column only when the norms covered at least one score shown here.
    const normSize = this.#normSize(model);
    const percentiles = normSize ? model.result.percentiles : undefined;
    const row = (
      kind: 'dimension' | 'facet',
      label: string,
      block: ScoreBlock,
      stage: Stage | null | undefined,
      percentile: Percentile | undefined,
    ) =>
      html`<tr class=${kind}>
        <th scope="row">${label}</th>
        ${
          block.score === null
            ? html`<td class="num unscored">${t.table.notScored}</td>`
            : html`<td class="num">${this.number(block.score)}</td>`
        }
        <td class="num">
          ${block.band ? this.#range(t, model, block.band, false) : t.table.empty}
        </td>
        <td>
          ${stage ? stageText(t, stage, this.locales.lang) : kind === 'dimension' ? t.table.empty : nothing}
        </td>
        ${
          percentiles
            ? html`<td class="num">
                ${percentile ? this.number(percentile.value) : t.table.empty}
              </td>`
            : nothing
        }
      </tr>`;
    return this.#section(
      'details',
      t.sections.details,
      html`<div class="table-wrap">
        <table part="table">
          <caption id="table-caption">
            ${t.table.caption}
            ${
              percentiles
                ? this.t(t.table.percentileNote, { group: percentiles.group, n: normSize })
                : ''
            }
          </caption>
          <thead>
            <tr>
              <th scope="col">${t.table.area}</th>
              <th scope="col" class="num">${t.table.score}</th>
              <th scope="col" class="num">
                ${model.assumed ? t.table.rangeAssumed : t.table.range}
              </th>
              <th scope="col">${t.table.stage}</th>
              ${
                percentiles ? html`<th scope="col" class="num">${t.table.percentile}</th>` : nothing
              }
            </tr>
          </thead>
          ${model.dimensions.map(
            (d) =>
              html`<tbody class="dim-${d.id}">
                ${row('dimension', d.label, d.score, d.score.stage, percentiles?.dimensions?.[d.id])}
                ${d.facets.map((f) =>
                  row('facet', f.facet.label, f.score, null, percentiles?.facets?.[f.facet.id]),
                )}
              </tbody>`,
          )}
        </table>
      </div>`,
    );
  }

  /**
   * Inside `<leadership-3d>`: where the plan is kept beside the answers (the widget's `persist`,
   * its key + `:plan`; see internal/side-store.ts), so the widget's first file carries no plan
   * code. Alone, a report keeps nothing: the host has `plan` and `l3d-plan-change`.
   */
  #planStore(): ReturnType<typeof sideKey> {
    const host = (this.getRootNode() as Partial<ShadowRoot>).host as
      (Element & SideStoreHost) | undefined;
    const result = this.#shown;
    if (host?.localName !== 'leadership-3d' || result?.form !== 'self') return undefined;
    const instrument = { id: result.instrumentId, version: result.instrumentVersion };
    return sideKey(host, instrument, result.form, 'plan');
  }

  /** A plan kept beside the widget's answers comes back with its report (unless the host set one). */
  #loadPlan(): void {
    const raw = this.plan == null ? readSide(this.#planStore()) : null;
    if (raw === null) return;
    try {
      this.plan = JSON.parse(raw) as DevelopmentPlan;
    } catch {
      this.plan = raw as unknown as DevelopmentPlan;
    }
    this.#planStored = true;
  }

  /** The person saved or removed their plan: kept beside the widget's answers when inside one. */
  readonly #onPlanChange = (e: L3dPlanChangeEvent): void => {
    this.plan = e.detail.plan;
    writeSide(this.#planStore(), e.detail.plan ?? undefined);
  };

  #checkPlan(): void {
    const checked =
      this.plan == null
        ? null
        : checkPlan(
            this.plan,
            this.instrument.facets.map((f) => f.id),
          );
    this.#plan = checked?.ok ? checked.plan : null;
    if (checked && !checked.ok)
      this.#planProblem = `plan ignored: ${checked.problems.map((p) => p.message).join('; ')}`;
    if (this.#plan) this.#requestPlan();
  }

  /** The development plan step: a button until the person asks for it or a plan exists. */
  #renderPlan(t: ReportMessages, { result }: ReportModel): TemplateResult | typeof nothing {
    if (result.form === 'observer') return nothing;
    // a host locale written before the plan step has no texts for it
    const p = (t as Partial<ReportMessages>).plan ?? enReport.plan;
    const ready = this.planReady;
    // with no plan the section has nothing to print (l3d-report.styles.ts)
    return html`<section
      part="section"
      class="section plan ${this.#plan ? '' : 'empty'}"
      aria-labelledby="plan-heading"
    >
      <h3 part="heading" id="plan-heading" tabindex="-1">${p.heading}</h3>
      ${
        ready
          ? html`<l3d-plan
              .plan=${this.#plan}
              .instrument=${this.localizedInstrument}
              .growthAreas=${result.growthAreas ?? []}
              .lead=${p}
              .editing=${this.planAsked}
              lang=${this.locales.lang}
              @l3d-plan-change=${this.#onPlanChange}
            ></l3d-plan>`
          : this.#plan
            ? nothing
            : html`<p>${p.intro}</p>
                <div class="actions">
                  <button
                    part="button"
                    class="button primary"
                    type="button"
                    @click=${this.#askPlan}
                  >
                    ${p.make}
                  </button>
                </div>`
      }
    </section>`;
  }

  readonly #askPlan = (): void => {
    this.planAsked = true;
    this.#requestPlan();
  };

  #section(id: string, heading: string, content: unknown): TemplateResult {
    return section(id, heading, content);
  }

  #facetMeta(model: ReportModel, e: FacetEntry): TemplateResult {
    const score = e.score.score;
    return html`<p class="facet-meta">
      <span class="chip dim-${e.facet.dimension}"
        >${model.dimensionLabels.get(e.facet.dimension) ?? ''}</span
      >
      ${score === null ? nothing : html`<span class="facet-score">${this.number(score)}</span>`}
    </p>`;
  }

  #reasonOf(t: ReportMessages, block: ScoreBlock, items: number): string {
    const reason = block.reason ?? 'too-few-items';
    // Numbers, not formatted text: a translation may choose a plural form by them.
    return this.t(t.reasons[reason], { answered: block.answered, total: items });
  }

  #range(
    t: ReportMessages,
    model: ReportModel,
    [low, high]: [number, number],
    sentence = true,
  ): string {
    const message = model.assumed ? t.likelyRangeAssumed : t.likelyRange;
    const text = this.t(message, { low: this.number(low), high: this.number(high) });
    // In the table the column header already says "Likely range": keep only the numbers.
    return sentence ? text : formatRange([low, high], this.locales.lang);
  }

  #percentile(t: ReportMessages, model: ReportModel, p: Percentile): string {
    return this.t(t.percentile, {
      rank: Math.round(p.value),
      group: model.result.percentiles?.group ?? '',
      n: this.number(p.n),
    });
  }

  /** Size of the norm group, or the range of sizes when scores were normed on different n. */
  #normSize({ result, dimensions }: ReportModel): string {
    const p = result.percentiles;
    const sizes = [
      ...dimensions.map((d) => p?.dimensions?.[d.id]?.n),
      ...dimensions.flatMap((d) => d.facets.map((f) => p?.facets?.[f.facet.id]?.n)),
    ].filter((n): n is number => typeof n === 'number');
    return formatSizes(sizes, this.locales.lang);
  }

  #flagText(t: ReportMessages, flag: QualityFlag): string {
    if (flag.code !== 'too-fast')
      return this.t(t.flags[flag.code], { value: this.number(flag.value) });
    const seconds = this.number(flag.value / 1000, 1);
    // "about 0 seconds" reads as a mistake: under a twentieth of a second gets its own text.
    return seconds === this.number(0, 1)
      ? t.flags['too-fast-instant']
      : this.t(t.flags['too-fast'], { value: seconds });
  }

  #list(items: string[]): string {
    return formatList(items, this.locales.lang);
  }

  readonly #download = (): void => {
    const result = this.#shown;
    if (!result) return;
    const payload = {
      format: EXPORT_FORMAT,
      formatVersion: 1,
      exportedAt: new Date().toISOString(),
      instrument: { id: this.instrument.id, version: this.instrument.version },
      result,
      ...(this.#plan ? { plan: this.#plan } : {}),
    };
    downloadJson(payload, (this.locales.data?.report ?? enReport).fileName);
  };

  readonly #print = (): void => {
    window.print();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'l3d-report': L3dReport;
  }
}
