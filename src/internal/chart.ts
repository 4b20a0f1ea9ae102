/**
 * Chart.js for the radar chart, with only its pieces: never imported statically, but fetched as
 * a chunk of its own by `loadChartJs` (components/lazy-parts.ts), so the questionnaire never pays
 * for it.
 *
 * No Tooltip plugin (4.8 KB gzip): hover-only and canvas-drawn, it repeated what the axis labels
 * (one series) and the data table (every series) already give everyone. No Legend plugin (3 KB
 * gzip): the chart's key is HTML, text that zooms, wraps and translates.
 */
import {
  Chart,
  Filler,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
} from 'chart.js';

/**
 * Registers the radar pieces and returns Chart.js's constructor. A call, not a statement run on
 * import: the bundler drops a module's top-level calls unless `sideEffects` lists it.
 */
export function radarChartJs(): typeof Chart {
  Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler);
  return Chart;
}
