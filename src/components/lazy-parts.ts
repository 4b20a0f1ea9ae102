/**
 * The widget's parts that load after the first question, each fetched once per page and
 * shared by every element on it (a failed fetch is tried again at the next need). The parts
 * behind the report's chunk are plain `import()`s, which the browser loads once.
 */
import { core } from '../scoring/builtin-core.js';
import type { Instrument } from '../scoring/types.js';
import { lazy } from '../internal/lazy.js';

/** The complete built-in instrument, once the report's chunk (which carries it) has loaded. */
let complete: Instrument | undefined;

/** `<l3d-report>` and `<l3d-radar-chart>`, and the way to the parts that share their modules. */
export const loadReportChunk = lazy(() =>
  import('./report-chunk.js').then((chunk) => {
    complete = chunk.instrument;
    return chunk;
  }),
);

/**
 * The built-in instrument as far as it has loaded. Before the report's chunk, its core: ids,
 * keying, labels and self wording, which is all the questionnaire reads before the report; the
 * development suggestions, facet descriptions and observer wording come with the chunk, which the report and the
 * observer form's first question wait for (see docs/performance.md). The type says `Instrument`
 * because the widget swaps to the complete object (same id and version, so the same session) at
 * its first render after the chunk, before any code that reads those texts runs.
 */
export const builtinInstrument = (): Instrument => complete ?? (core as Instrument);

/**
 * The scoring engine's `score`, which comes with the report's chunk: the first load checks
 * answers by the engine's rules but does not score them. Fetched after the first answer, so a
 * respondent who finishes almost never waits for it.
 */
export const loadScorer = () => loadReportChunk().then((chunk) => chunk.score);

/** The observer form's part (anonymity, group, response code). */
export const loadRaterView = () => loadReportChunk().then((m) => m.loadRaterView());

/** Registers `<l3d-360>` (and the report elements it uses). */
export const load360 = (): Promise<void> => loadReportChunk().then((m) => m.loadView360());

/**
 * Registers `<l3d-group>` (and the report elements it uses). The report chunk does so on its
 * own once an `<l3d-group>` is in the document; a host that creates one inside its own shadow
 * root calls this.
 */
export const loadGroup = (): Promise<void> => loadReportChunk().then((m) => m.loadViewGroup());

/**
 * Chart.js with the radar pieces registered (internal/chart.ts), fetched and run once per page:
 * by the first `<l3d-radar-chart>` with something to draw, or earlier by `<leadership-3d>` on the
 * self form's last page (docs/performance.md). A failed fetch (offline, a blocked chunk) may
 * succeed on a later try.
 */
export const loadChartJs = lazy(() => import('../internal/chart.js').then((m) => m.radarChartJs()));
