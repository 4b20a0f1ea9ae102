import { html, nothing, svg, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { property, query, state } from 'lit/decorators.js';
import type { Chart, ChartConfiguration, ScriptableScalePointLabelContext } from 'chart.js';
import { instrument as builtin } from '../../scoring/builtin-instrument.js';
import { enReport } from '../../i18n/locales/en-report.js';
import { formatMessage, numberFormat } from '../../i18n/format.js';
import type { LocaleData, ReportMessages } from '../../i18n/types.js';
import { localizeInstrument } from '../../i18n/localize.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import type { DimensionId, Instrument, Result } from '../../scoring/types.js';
import { radarChartStyles } from './l3d-radar-chart.styles.js';
import { lightAccents, themeStyles } from '../../internal/theme.styles.js';
import { L3dElement } from '../../internal/l3d-element.js';
import { loadChartJs } from '../lazy-parts.js';
import type { RadarView } from '../../internal/report-parts.js';

/** One line on the chart, e.g. self or one rater group; `null` values are "not scored". */
export interface RadarSeries {
  label: string;
  values: (number | null)[];
}

export type { RadarView };

type ChartConstructor = typeof Chart;
type RadarChart = Chart<'radar', (number | null)[], string | string[]>;
type RadarConfig = ChartConfiguration<'radar', (number | null)[], string | string[]>;

/** What is drawn: one axis per label, each series a value per axis, axes tinted by dimension. */
interface RadarData {
  labels: string[];
  dimensions: (DimensionId | null)[];
  series: RadarSeries[];
}

// With several series, colour is never the only difference: each also has its own point
// shape and dash pattern. Six, so a 360° view (self, four rater groups, all others) never
// repeats one.
const SERIES_COLORS = [
  '--_primary',
  '--_relational',
  '--_business',
  '--_muted',
  '--_text',
  '--_error',
];
const POINT_STYLES = ['circle', 'rectRot', 'triangle', 'rect', 'star', 'crossRot'] as const;
const DASHES: number[][] = [[], [6, 4], [2, 3], [10, 4, 2, 4], [1, 5], [12, 3, 3, 3, 3, 3]];
/** The key's drawing of each point style, centred on (14, 7) in a 28 × 14 box. */
const KEY_MARKERS = [
  svg`<circle cx="14" cy="7" r="4" />`,
  svg`<polygon points="14,2 19,7 14,12 9,7" />`,
  svg`<polygon points="14,2 19,11 9,11" />`,
  svg`<rect x="10" y="3" width="8" height="8" />`,
  svg`<polygon points="14,2 15.5,5.5 19,6 16.5,8.5 17,12 14,10 11,12 11.5,8.5 9,6 12.5,5.5" />`,
  svg`<path d="M10.5 3.5l7 7m0-7l-7 7" fill="none" stroke-width="2" stroke-dasharray="none" />`,
];

/** Below this width (px) the chart uses its compact labels. */
const NARROW = 420;

/**
 * The light theme's defaults, for printing a chart shown in the dark theme: the accents as the
 * theme declares them (a canvas cannot read print-only styles), black text as the printed report.
 */
const PRINT_TOKENS: Record<string, string> = {
  ...Object.fromEntries(
    [...lightAccents.cssText.matchAll(/(--_\w+): var\([^,]+, (#\w+)\)/g)].map((m) => [m[1], m[2]]),
  ),
  '--_text': '#000000',
  '--_muted': '#333333',
  '--_border': '#767d88',
  '--_error': '#b3261e',
};

/** Windows high contrast: a canvas keeps its own colours, so draw it in the system's. */
const FORCED_TOKENS: Record<string, string> = {
  '--_primary': 'Highlight',
  '--_technical': 'CanvasText',
  '--_relational': 'CanvasText',
  '--_business': 'CanvasText',
  '--_text': 'CanvasText',
  '--_muted': 'GrayText',
  '--_border': 'GrayText',
  '--_error': 'CanvasText',
  '--_bg': 'Canvas',
};

/**
 * A radar chart of a result's three dimension scores or twelve facet scores (0–100), or of any
 * labelled series (e.g. self and rater groups in 360° feedback). Chart.js is loaded lazily the
 * first time there is something to draw. The canvas carries a text alternative listing every
 * value; if Chart.js cannot be loaded, that text is shown instead.
 *
 * @tagname l3d-radar-chart
 * @summary Radar chart of leadership scores with a text alternative.
 *
 * @csspart base - The box that sizes the chart: 4 : 3 for three axes, square otherwise.
 * @csspart canvas - The chart canvas (`role="img"`).
 * @csspart fallback - The text shown in place of the chart when Chart.js cannot be loaded.
 * @csspart key - The key above a chart of several series (a list: name, line dash, point shape).
 *
 * @cssprop --l3d-color-primary - Line and fill of a single series.
 * @cssprop --l3d-color-technical - Points and labels of technical expertise.
 * @cssprop --l3d-color-relational - Points and labels of relationship management.
 * @cssprop --l3d-color-business - Points and labels of business savvy.
 * @cssprop --l3d-color-border - Grid lines.
 * @cssprop --l3d-color-muted - Scale numbers (shown with several series).
 * @cssprop --l3d-font-family - Labels.
 */
export class L3dRadarChart extends L3dElement {
  static override styles = [themeStyles, radarChartStyles];

  /** The scored result to draw; ignored while `series` and `labels` are set. */
  @property({ attribute: false }) result: Result | null = null;

  /** Instrument that gives the axis labels and their order. */
  @property({ attribute: false }) instrument: Instrument = builtin;

  /** Draw the dimension scores or the facet scores of `result`. */
  @property({ reflect: true }) view: RadarView = 'dimensions';

  /** Generic form: lines to draw instead of `result`, one value per label. */
  @property({ attribute: false }) series: RadarSeries[] | null = null;

  /** Generic form: axis labels for `series`. */
  @property({ attribute: false }) labels: string[] | null = null;

  /** Language of the texts and numbers: `en`, `es` or `ar` are built in (else English). */
  @property() override lang = 'en';

  /** A locale the host supplies (see the README); it wins over `lang` once checked. */
  @property({ attribute: false }) locale?: LocaleData;

  /** Light or dark tokens; follows the OS when absent. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  @state() private loadFailed = false;

  @query('canvas') private canvas!: HTMLCanvasElement | null;

  // Unknown languages fall back to English quietly: the report around a chart reports them.
  readonly #locales = new LocaleController(this, {
    instrument: () => this.instrument,
    onError: () => undefined,
  });

  #chart: RadarChart | null = null;
  #drawing: Promise<void> = Promise.resolve();
  readonly #colorScheme = matchMedia('(prefers-color-scheme: dark)');
  readonly #onSchemeChange = (): void => {
    this.#drawing = this.#draw();
  };
  #printing = false;
  readonly #onPrint = (event: Event): void => {
    this.#printing = event.type === 'beforeprint';
    this.#redrawNow();
  };

  get #strings(): ReportMessages['chart'] {
    return (this.#locales.data?.report ?? enReport).chart;
  }

  /** Resolves when the chart (or its text fallback) shows the current data. */
  get chartReady(): Promise<void> {
    return (async () => {
      let pending: Promise<void>;
      do {
        await this.updateComplete;
        pending = this.#drawing;
        await pending;
      } while (pending !== this.#drawing || this.isUpdatePending);
    })();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#colorScheme.addEventListener('change', this.#onSchemeChange);
    window.addEventListener('beforeprint', this.#onPrint);
    window.addEventListener('afterprint', this.#onPrint);
    // Reconnected after a move: the template is still there but its chart was destroyed.
    if (this.hasUpdated) this.#drawing = this.#draw();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#colorScheme.removeEventListener('change', this.#onSchemeChange);
    window.removeEventListener('beforeprint', this.#onPrint);
    window.removeEventListener('afterprint', this.#onPrint);
    this.#destroyChart();
  }

  override render() {
    const data = this.#chartData();
    if (!data) return nothing;
    const description = this.#describe(data);
    const { lang, dir } = this.#locales;
    if (this.loadFailed) {
      return html`<p part="fallback" class="fallback" lang=${lang} dir=${ifDefined(dir)}>
        ${this.#strings.unavailable} ${description}
      </p>`;
    }
    const axes = data.labels.length;
    const shape = axes === 3 ? 'triangle' : axes > 6 ? 'many' : '';
    return html`${this.#renderKey(data.series, lang, dir)}
      <div part="base" class="frame ${shape}" lang=${lang} dir=${ifDefined(dir)}>
        <canvas part="canvas" role="img" aria-label=${description}></canvas>
      </div>`;
  }

  /**
   * Several series: a key above the chart, each name beside its line's dash and point shape, so
   * colour is never the only difference. The canvas's text alternative names the series too,
   * so the drawings are hidden from screen readers.
   */
  #renderKey(series: RadarSeries[], lang: string, dir: string | undefined) {
    if (series.length < 2) return nothing;
    return html`<ul part="key" class="key" lang=${lang} dir=${ifDefined(dir)}>
      ${series.map(
        (s, i) =>
          html`<li class="series-${i % SERIES_COLORS.length}">
            <svg class="mark" aria-hidden="true" viewBox="0 0 28 14" width="28" height="14">
              <path
                d="M1 7h26"
                fill="none"
                stroke-dasharray=${DASHES[i % DASHES.length]!.join(' ')}
              />
              ${KEY_MARKERS[i % KEY_MARKERS.length]}</svg
            >${s.label}
          </li>`,
      )}
    </ul>`;
  }

  protected override updated(_changed: PropertyValues<this>): void {
    this.#drawing = this.#draw();
  }

  /** Loads the Chart.js constructor; a subclass may replace it (tests, a custom build). */
  protected loadChart(): Promise<ChartConstructor> {
    return loadChartJs();
  }

  /** Brings the chart in line with the data: created once per canvas, then only updated. */
  async #draw(): Promise<void> {
    const canvas = this.canvas;
    if (!canvas || !this.isConnected || !this.#chartData()) {
      this.#destroyChart();
      return;
    }
    if (this.#chart && this.#chart.canvas !== canvas) this.#destroyChart();
    let ChartJs: ChartConstructor;
    try {
      ChartJs = await this.loadChart();
    } catch {
      this.loadFailed = true;
      return;
    }
    // Things may have moved on while Chart.js loaded: read the data now, not before.
    const data = this.#chartData();
    if (!data || !this.isConnected || this.canvas !== canvas) return;
    if (this.#chart) this.#updateChart(this.#chart, data);
    else this.#chart = new ChartJs(canvas, this.#config(data));
  }

  #updateChart(chart: RadarChart, data: RadarData, mode?: 'none'): void {
    const config = this.#config(data);
    chart.data = config.data;
    chart.options = config.options ?? {};
    chart.update(mode);
  }

  /** Print snapshots the canvas at once, so the print colours must be drawn synchronously. */
  #redrawNow(): void {
    const data = this.#chartData();
    if (this.#chart && data) this.#updateChart(this.#chart, data, 'none');
  }

  #destroyChart(): void {
    this.#chart?.destroy();
    this.#chart = null;
  }

  #chartData(): RadarData | null {
    if (this.series?.length && this.labels?.length) {
      return { labels: this.labels, dimensions: this.labels.map(() => null), series: this.series };
    }
    const result = this.result;
    if (!result) return null;
    const instrument = localizeInstrument(
      this.instrument,
      this.#locales.data?.instrument,
      this.#locales.lang,
    );
    const axes =
      this.view === 'facets'
        ? instrument.facets
            .filter((f) => result.facets?.[f.id])
            .map((f) => ({ label: f.label, dimension: f.dimension, score: result.facets[f.id] }))
        : instrument.dimensions
            .filter((d) => result.dimensions?.[d.id])
            .map((d) => ({ label: d.label, dimension: d.id, score: result.dimensions[d.id] }));
    if (!axes.length) return null;
    return {
      labels: axes.map((a) => a.label),
      dimensions: axes.map((a) => a.dimension),
      series: [
        {
          label: this.#strings.series[result.form] ?? '',
          values: axes.map((a) => a.score?.score ?? null),
        },
      ],
    };
  }

  /** The text alternative: every label with its value, series by series. */
  #describe(data: RadarData): string {
    const t = this.#strings;
    const lang = this.#locales.lang;
    const number = numberFormat(lang);
    const one = (s: RadarSeries) =>
      data.labels
        .map((label, i) => {
          const value = s.values[i];
          return typeof value === 'number'
            ? formatMessage(t.value, { label, value: number.format(Math.round(value)) }, lang)
            : formatMessage(t.notScored, { label }, lang);
        })
        .join(', ');
    if (data.series.length === 1) return `${one(data.series[0]!)}.`;
    const summaries = data.series.map((s) =>
      formatMessage(t.summary, { series: s.label, values: one(s) }, lang),
    );
    return `${summaries.join('; ')}.`;
  }

  #config(data: RadarData): RadarConfig {
    const style = getComputedStyle(this);
    // Light-on-dark colours would vanish on paper: a dark theme prints in the light palette.
    const print = this.#printing && style.colorScheme === 'dark' ? PRINT_TOKENS : null;
    const forced = matchMedia('(forced-colors: active)').matches ? FORCED_TOKENS : null;
    const token = (name: string) =>
      print?.[name] ?? forced?.[name] ?? (style.getPropertyValue(name).trim() || 'currentColor');
    const text = token('--_text');
    const muted = token('--_muted');
    const grid = withAlpha(token('--_border'), 0.45);
    const font = style.getPropertyValue('--_font').trim() || 'sans-serif';
    const tint = data.dimensions.map((d) => (d ? token(`--_${d}`) : text));
    const single = data.series.length === 1;
    const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
    // Phone-sized charts get smaller, tighter-wrapped labels so twelve of them fit.
    const narrow = (this.canvas?.parentElement?.clientWidth ?? 0) < NARROW;
    const number = numberFormat(this.#locales.lang);
    // With one series each axis also names its value, so the chart reads without the scale.
    const noValue = this.#strings.noValue;
    const valueOf = (i: number): string | null => {
      if (!single) return null;
      const value = data.series[0]!.values[i];
      return typeof value === 'number' ? number.format(Math.round(value)) : noValue;
    };

    const datasets = data.series.map((s, i) => {
      const color = token(SERIES_COLORS[i % SERIES_COLORS.length]!);
      return {
        label: s.label,
        data: s.values,
        borderColor: color,
        backgroundColor: withAlpha(color, single ? 0.16 : 0.08),
        borderWidth: 2,
        borderDash: DASHES[i % DASHES.length]!,
        fill: true,
        pointStyle: POINT_STYLES[i % POINT_STYLES.length]!,
        pointRadius: 4,
        pointHoverRadius: 6,
        // One series: points take their dimension's colour, as everywhere in the report.
        pointBackgroundColor: single ? tint : color,
        pointBorderColor: single ? tint : color,
      };
    });

    return {
      type: 'radar',
      data: {
        labels: data.labels.map((label, i) => axisLabel(label, valueOf(i), narrow ? 11 : 16)),
        datasets,
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: reduceMotion ? false : { duration: 300 },
        spanGaps: false,
        layout: {
          // Three axes draw a triangle that never reaches the bottom of its circle; letting
          // the circle run past the canvas bottom makes the triangle fill the box.
          padding: (ctx) => ({
            top: 4,
            left: 4,
            right: 4,
            // (a phone's labels wrap onto more lines, so there it runs past less)
            bottom:
              data.labels.length === 3 ? -Math.round(ctx.chart.height * (narrow ? 0.05 : 0.15)) : 4,
          }),
        },
        onResize: (_chart, size) => {
          if (size.width < NARROW !== narrow) this.#drawing = this.#draw();
        },
        scales: {
          r: {
            min: 0,
            max: 100,
            beginAtZero: true,
            grid: { color: grid },
            angleLines: { color: grid },
            ticks: {
              // One series names its values on the axis labels; scale numbers would only crowd it.
              display: !single,
              stepSize: 20,
              color: muted,
              backdropColor: withAlpha(token('--_bg'), 0.85),
              backdropPadding: 1,
              font: { family: font, size: 10 },
            },
            pointLabels: {
              color: (ctx: ScriptableScalePointLabelContext) => tint[ctx.index] ?? text,
              font: { family: font, size: narrow ? 10 : 13, weight: 600 },
              padding: narrow ? 4 : 8,
            },
          },
        },
      },
    };
  }
}

/** Long axis labels on two or three lines, so twelve facets fit around a small chart. */
function axisLabel(label: string, value: string | null, width: number): string | string[] {
  const lines = wrap(label, width);
  return value === null ? (lines.length === 1 ? lines[0]! : lines) : [...lines, value];
}

function wrap(label: string, width: number): string[] {
  if (label.length <= width) return [label];
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last]!.length + word.length < width) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

let colorProbe: CanvasRenderingContext2D | null = null;

/** Any CSS colour with an alpha, via the canvas's own colour parser. */
function withAlpha(color: string, alpha: number): string {
  colorProbe ??= document.createElement('canvas').getContext('2d');
  if (!colorProbe) return color;
  colorProbe.fillStyle = '#000';
  colorProbe.fillStyle = color;
  const parsed = String(colorProbe.fillStyle);
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(parsed);
  if (hex) {
    const [r, g, b] = hex.slice(1).map((h) => parseInt(h, 16));
    return `rgba(${r}, ${g}, ${b}, ${alpha})`;
  }
  const rgba = /^rgba?\(([^,]+),([^,]+),([^,)]+)/.exec(parsed);
  return rgba ? `rgba(${rgba[1]},${rgba[2]},${rgba[3]}, ${alpha})` : color;
}

declare global {
  interface HTMLElementTagNameMap {
    'l3d-radar-chart': L3dRadarChart;
  }
}
