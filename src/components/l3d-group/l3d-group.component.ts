import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { enReport } from '../../i18n/locales/en-report.js';
import type { GroupMessages, ReportMessages } from '../../i18n/types.js';
import { builtinGroupTexts } from '../../i18n/group-texts.js';
import { GroupController } from '../../controllers/group-controller.js';
import { TableScrollController } from '../../controllers/table-scroll-controller.js';
import {
  GROUP_FILE_FORMAT,
  MAX_RECORDS,
  MIN_ITEM_ANALYSIS,
  MIN_RESULTS,
  groupCsv,
  readRecord,
  summarize,
  type GroupSummary,
  type Refusal,
  type Source,
} from '../../internal/group.js';
import { downloadJson, downloadText } from '../../internal/download.js';
import { section, viewToggle, type RadarView } from '../../internal/report-parts.js';
import { analyze } from '../../scoring/analyze.js';
import type { Analysis, Norms, ResponseSet, Result } from '../../scoring/types.js';
import { ReportElement } from '../report-element.js';
import { L3dRadarChart, type RadarSeries } from '../l3d-radar-chart/l3d-radar-chart.component.js';
import { distributionContent, heatmapContent, spreadContent, type Formatter } from './sections.js';
import { itemsContent } from './item-analysis.js';
import { reportStyles } from '../l3d-report/l3d-report.styles.js';
import { groupStyles } from './l3d-group.styles.js';
import { buttonStyles } from '../../internal/button.styles.js';
import { themeStyles } from '../../internal/theme.styles.js';

/**
 * The group report: many people's results side by side as a cohort, never person by person. A
 * coach or HR team chooses or drops result files (or pastes JSON lines; a host sets `results`),
 * and the report shows n, the spread of scores per dimension and facet (box plots, each with its
 * table), the group's mean profile on the radar, a facet heatmap by score band, the spread in
 * words, and files to save: the table (CSV), the numbers (JSON) and norms for percentiles.
 * Results of another questionnaire or version are refused one by one with the reason. Below 3
 * results it shows nothing but why. Nothing is sent anywhere.
 *
 * @tagname l3d-group
 * @summary Leadership 3D group report: a cohort's scores from many result files.
 *
 * @fires l3d-error - `{ code, message }` for each result that cannot be used (`invalid-result`), and `unknown-lang`, `invalid-locale`.
 *
 * @csspart base - The report container.
 * @csspart title - The main heading (an `h2`).
 * @csspart inputs - The panel where results are added.
 * @csspart section - Each section of the report.
 * @csspart heading - The heading of each section (an `h3`).
 * @csspart button - Every button.
 * @csspart table - Each table.
 *
 * @cssprop --l3d-color-primary - Buttons, the chart's line, the heatmap's shades.
 * @cssprop --l3d-color-on-primary - Text on primary buttons.
 * @cssprop --l3d-color-technical - Accent of technical expertise.
 * @cssprop --l3d-color-relational - Accent of relationship management.
 * @cssprop --l3d-color-business - Accent of business savvy.
 * @cssprop --l3d-color-text - Text.
 * @cssprop --l3d-color-muted - Secondary text.
 * @cssprop --l3d-color-background - Background.
 * @cssprop --l3d-color-surface - Panels, notes and table headers.
 * @cssprop --l3d-color-border - Borders and rules.
 * @cssprop --l3d-color-focus - Focus outline.
 * @cssprop --l3d-color-error - Messages about refused results.
 * @cssprop --l3d-font-family - Font.
 * @cssprop --l3d-radius - Corner radius.
 * @cssprop --l3d-spacing - Base spacing unit.
 * @cssprop --l3d-max-width - Widest the report grows.
 */
export class L3dGroup extends ReportElement {
  static override dependencies = { 'l3d-radar-chart': L3dRadarChart };

  static override styles = [themeStyles, buttonStyles, reportStyles, groupStyles];

  /**
   * Results a host supplies (scored results, the report's download files, or response sets);
   * the person's files add to them. One that cannot be used is listed and fires `l3d-error`.
   */
  @property({ attribute: false }) results: readonly (Result | ResponseSet | unknown)[] = [];

  /** Hide the input panel, for hosts that supply everything through `results`. */
  @property({ type: Boolean, reflect: true, attribute: 'hide-inputs' }) hideInputs = false;

  @state() private view: RadarView = 'dimensions';
  @state() private dragging = false;

  private readonly tableScroll = new TableScrollController(this);
  private readonly inputs = new GroupController(this);

  #memo: { inputs: unknown[]; value: { results: Result[]; refused: Refusal[] } } | null = null;
  #reported = new Set<string>();

  /** The results in the report: the host's usable ones, then those the person added. */
  get accepted(): Result[] {
    return this.#current.results;
  }

  /** The group's numbers (`null` below 3 results): what the report shows and the CSV holds. */
  get summary(): GroupSummary | null {
    const results = this.accepted;
    return results.length >= MIN_RESULTS ? summarize(results, this.instrument) : null;
  }

  #analysed?: { results: Result[]; analysis: Analysis | null };

  /**
   * The item analysis of the accepted results (`analyze()` of `leadership-3d/scoring`), from
   * 30 results; `null` below that.
   */
  get analysis(): Analysis | null {
    const results = this.accepted;
    if (results.length < MIN_ITEM_ANALYSIS) return null;
    if (this.#analysed?.results !== results)
      this.#analysed = { results, analysis: analyze(results, { instrument: this.instrument }) };
    return this.#analysed.analysis;
  }

  get #current(): { results: Result[]; refused: Refusal[] } {
    const inputs = [this.instrument, this.results, this.inputs.entries];
    if (!this.#memo || inputs.some((v, i) => v !== this.#memo!.inputs[i])) {
      const results: Result[] = [];
      const refused: Refusal[] = [];
      (Array.isArray(this.results) ? this.results : []).forEach((data: unknown, i: number) => {
        const read = readRecord(data, this.instrument);
        if (read.ok) results.push(read.value);
        else refused.push({ ...read.refusal, source: { kind: 'host', index: i + 1 } });
      });
      results.push(...this.inputs.entries.map((e) => e.result));
      this.#memo = { inputs, value: { results, refused } };
    }
    return this.#memo.value;
  }

  private get texts(): GroupMessages | null {
    return builtinGroupTexts(this.locales.lang, () => this.requestUpdate());
  }

  override render() {
    const t = this.texts;
    if (this.locales.settling || !t) return nothing;
    const { lang, dir } = this.locales;
    const instrument = this.localizedInstrument;
    const results = this.accepted;
    const summary = this.summary;
    return html`<article
      part="base"
      class="report group"
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
      ${this.hideInputs ? nothing : this.#renderInputs(t, results.length)}
      ${this.#renderHostProblems(t)}
      ${
        summary
          ? this.#renderReport(t, summary)
          : html`<div class="notice too-few" role="status">
              <p class="too-few-heading">${t.tooFew.heading}</p>
              <p>${this.t(t.tooFew.text, { min: MIN_RESULTS, count: results.length })}</p>
            </div>`
      }
    </article>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#reportHostProblems();
  }

  #renderReport(t: GroupMessages, summary: GroupSummary): TemplateResult {
    const instrument = this.localizedInstrument;
    const f = this.#format;
    const analysis = this.analysis;
    return html`${section('summary', t.sections.summary, this.#summaryContent(t, summary))}
    ${this.#renderProfile(t, summary)}
    ${section('distribution', t.sections.distribution, distributionContent(t, f, summary, instrument))}
    ${section('heatmap', t.sections.heatmap, heatmapContent(t, f, summary, instrument))}
    ${section('spread', t.sections.spread, spreadContent(t, f, summary, instrument))}
    ${section(
      'items',
      t.sections.items,
      analysis
        ? itemsContent(t, f, analysis, instrument)
        : html`<p>${this.t(t.items.needMore, { min: MIN_ITEM_ANALYSIS, count: summary.n })}</p>`,
    )}
    ${this.#renderExports(t, summary)}`;
  }

  #summaryContent(t: GroupMessages, summary: GroupSummary): TemplateResult {
    const instrument = this.localizedInstrument;
    return html`<p class="count">${this.t(t.summary.count, { count: summary.n })}</p>
      <ul class="valid-counts">
        ${instrument.dimensions.map(
          (d) =>
            html`<li>
              ${this.t(t.summary.valid, { dimension: d.label, count: summary.dimensions[d.id].n })}
            </li>`,
        )}
      </ul>
      <p class="hint">${t.summary.validNote}</p>`;
  }

  #renderProfile(t: GroupMessages, summary: GroupSummary): TemplateResult {
    const r: ReportMessages = this.locales.data?.report ?? enReport;
    const instrument = this.localizedInstrument;
    const kind = this.view;
    const axes = kind === 'facets' ? instrument.facets : instrument.dimensions;
    const stats = kind === 'facets' ? summary.facets : summary.dimensions;
    const series: RadarSeries[] = [
      {
        label: t.profile.series,
        values: axes.map((a) => {
          const m = (stats as Record<string, { mean: number | null }>)[a.id]?.mean ?? null;
          return m === null ? null : Math.round(m * 10) / 10;
        }),
      },
    ];
    const counts = { dimensions: instrument.dimensions.length, facets: instrument.facets.length };
    return section(
      'profile',
      t.sections.profile,
      html`${viewToggle(r, this.locales.lang, counts, this.view, (v) => (this.view = v))}
        <p class="hint">${t.profile.caption}</p>
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

  #renderExports(t: GroupMessages, summary: GroupSummary): TemplateResult {
    const enough = summary.n >= MIN_ITEM_ANALYSIS;
    return section(
      'exports',
      t.sections.exports,
      html`<p class="hint">${t.exports.intro}</p>
        <div class="actions export-actions">
          <button part="button" class="button export-csv" type="button" @click=${this.#saveCsv}>
            ${t.exports.csv}
          </button>
          ${
            enough
              ? html`<button
                    part="button"
                    class="button export-json"
                    type="button"
                    @click=${this.#saveJson}
                  >
                    ${t.exports.json}
                  </button>
                  <button
                    part="button"
                    class="button export-norms"
                    type="button"
                    @click=${this.#saveNorms}
                  >
                    ${t.exports.norms}
                  </button>`
              : nothing
          }
        </div>
        ${
          enough
            ? nothing
            : html`<p class="hint">
                ${this.t(t.exports.normsNeedMore, { min: MIN_ITEM_ANALYSIS })}
              </p>`
        }`,
    );
  }

  #renderInputs(t: GroupMessages, count: number): TemplateResult {
    const i = t.inputs;
    const feedback = this.inputs.feedback;
    const refused = feedback?.refused ?? [];
    const status = feedback
      ? feedback.cleared
        ? i.cleared
        : [
            this.t(i.added, { count: feedback.added }),
            ...feedback.truncated.map((s) =>
              this.t(i.tooMany, { max: MAX_RECORDS, source: this.#source(t, s) }),
            ),
          ].join(' ')
      : '';
    const invalid = refused.length ? 'true' : 'false';
    return html`<section part="inputs" class="panel" aria-labelledby="inputs-heading">
      <h3 id="inputs-heading">${i.heading}</h3>
      <p class="hint">${i.privacy}</p>
      <div
        class="drop ${this.dragging ? 'dragging' : ''}"
        @dragover=${this.#onDragOver}
        @dragleave=${() => (this.dragging = false)}
        @drop=${this.#onDrop}
      >
        <label for="files">${i.file}</label>
        <p class="hint" id="files-hint">${i.hint}</p>
        <input
          id="files"
          type="file"
          multiple
          accept=".json,.jsonl,.ndjson,.txt,application/json"
          aria-describedby="files-hint inputs-status inputs-msg"
          aria-invalid=${invalid}
          @change=${this.#onFiles}
        />
      </div>
      <details class="paste">
        <summary>${i.paste}</summary>
        <label for="paste-text">${i.pasteLabel}</label>
        <textarea
          id="paste-text"
          rows="5"
          spellcheck="false"
          autocomplete="off"
          aria-describedby="inputs-status inputs-msg"
          aria-invalid=${invalid}
        ></textarea>
        <button part="button" class="button use-pasted" type="button" @click=${this.#onPaste}>
          ${i.usePasted}
        </button>
      </details>
      <div class="state">
        <p id="inputs-status" role="status">${this.t(i.count, { count })} ${status}</p>
        ${
          this.inputs.entries.length
            ? html`<button
                part="button"
                class="button small clear"
                type="button"
                @click=${() => this.inputs.clear()}
              >
                ${i.clear}
              </button>`
            : nothing
        }
      </div>
      <div id="inputs-msg" class="errors" aria-live="polite">
        ${
          refused.length
            ? html`<p class="error">${this.t(i.refused, { count: refused.length })}</p>
                <ul class="error-list">
                  ${refused.map((r) => html`<li>${this.#refusalText(t, r)}</li>`)}
                </ul>`
            : nothing
        }
      </div>
    </section>`;
  }

  #renderHostProblems(t: GroupMessages): TemplateResult | typeof nothing {
    const refused = this.#current.refused;
    if (!refused.length) return nothing;
    return html`<div class="notice problems">
      <p>${t.host}</p>
      <ul>
        ${refused.map((r) => html`<li>${this.#refusalText(t, r)}</li>`)}
      </ul>
    </div>`;
  }

  #source(t: GroupMessages, s: Source): string {
    const s2 = t.source;
    if (s.kind === 'host') return this.t(s2.host, { index: s.index ?? 1 });
    if (s.kind === 'pasted')
      return s.index === undefined ? s2.pasted : this.t(s2.pastedRecord, { index: s.index });
    const file = s.file ?? '?';
    return s.index === undefined
      ? this.t(s2.file, { file })
      : this.t(s2.record, { file, index: s.index });
  }

  #refusalText(t: GroupMessages, r: Refusal): string {
    return this.t(t.errors[r.key], { ...r.values, source: this.#source(t, r.source) });
  }

  /** One `l3d-error` per unusable host result, not one per render. */
  #reportHostProblems(): void {
    const now = new Set<string>();
    for (const r of this.#current.refused) {
      const key = `${r.source.index}:${r.detail}`;
      now.add(key);
      if (!this.#reported.has(key))
        this.fail('invalid-result', `results[${(r.source.index ?? 1) - 1}]: ${r.detail}`);
    }
    this.#reported = now;
  }

  readonly #onDragOver = (event: DragEvent): void => {
    event.preventDefault();
    this.dragging = true;
  };

  readonly #onDrop = (event: DragEvent): void => {
    event.preventDefault();
    this.dragging = false;
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length) void this.inputs.addFiles(files);
  };

  readonly #onFiles = (event: Event): void => {
    const field = event.target as HTMLInputElement;
    const files = [...(field.files ?? [])];
    if (files.length) void this.inputs.addFiles(files);
    // cleared, so choosing the same files again (after fixing them) is a change too
    field.value = '';
  };

  readonly #onPaste = (): void => {
    const box = this.renderRoot.querySelector<HTMLTextAreaElement>('#paste-text');
    if (box && this.inputs.addText(box.value)) box.value = '';
  };

  get #format(): Formatter {
    return {
      t: (message, values) => this.t(message, values),
      number: (value, digits) => this.number(value, digits),
      percent: (share) => percentFormat(this.locales.lang).format(share),
    };
  }

  #label = (kind: 'dimension' | 'facet', id: string): string => {
    const instrument = this.localizedInstrument;
    const list = kind === 'dimension' ? instrument.dimensions : instrument.facets;
    return list.find((x) => x.id === id)?.label ?? id;
  };

  readonly #saveCsv = (): void => {
    const summary = this.summary;
    const t = this.texts;
    if (!summary || !t) return;
    const csv = groupCsv(summary, this.instrument, this.#label);
    downloadText(csv, 'text/csv;charset=utf-8', t.exports.csvName);
  };

  /** The group's numbers, and no record of any one person. */
  readonly #saveJson = (): void => {
    const summary = this.summary;
    const t = this.texts;
    if (!summary || !t) return;
    downloadJson(
      {
        format: GROUP_FILE_FORMAT,
        formatVersion: 1,
        exportedAt: new Date().toISOString(),
        instrument: { id: this.instrument.id, version: this.instrument.version },
        summary,
        analysis: this.analysis,
        norms: this.norms(),
      },
      t.exports.jsonName,
    );
  };

  readonly #saveNorms = (): void => {
    const t = this.texts;
    const norms = this.norms();
    if (t && norms) downloadJson(norms, t.exports.normsName);
  };

  /**
   * Percentile norms from this group, in the format `norms` takes: every valid score per
   * dimension and facet (a distribution, so percentiles need no normal assumption). `null`
   * below 30 results.
   */
  norms(): Norms | null {
    const results = this.accepted;
    const t = this.texts;
    if (results.length < MIN_ITEM_ANALYSIS || !t) return null;
    const scores = (kind: 'dimensions' | 'facets', id: string) =>
      results
        .map((r) => (r[kind] as Record<string, { score: number | null } | undefined>)[id]?.score)
        .filter((s): s is number => typeof s === 'number');
    const stat = (kind: 'dimensions' | 'facets', id: string) => {
      const list = scores(kind, id);
      return list.length ? [[id, { scores: list }]] : [];
    };
    return {
      group: this.t(t.exports.normsGroup, {
        count: results.length,
        date: new Date().toISOString().slice(0, 10),
      }),
      dimensions: Object.fromEntries(
        this.instrument.dimensions.flatMap((d) => stat('dimensions', d.id)),
      ),
      facets: Object.fromEntries(this.instrument.facets.flatMap((f) => stat('facets', f.id))),
    };
  }
}

function percentFormat(lang: string): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
  } catch {
    return new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'l3d-group': L3dGroup;
  }
}
