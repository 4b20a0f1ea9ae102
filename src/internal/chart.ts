/**
 * Chart.js with only the radar pieces. A module of its own, imported lazily and naming each piece,
 * so the bundler can drop every other controller, scale and element from the chunk (a dynamic
 * import of 'chart.js' itself keeps the whole namespace). Registering is a call, not a top-level
 * statement, so no bundler can drop it as an unused side effect.
 */
import {
  Chart,
  Filler,
  Legend,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  Tooltip,
} from 'chart.js';

/** Chart.js with the radar controller, its scale and elements, filler, tooltip and legend. */
export function radarChartJs(): typeof Chart {
  Chart.register(
    RadarController,
    RadialLinearScale,
    PointElement,
    LineElement,
    Filler,
    Tooltip,
    Legend,
  );
  return Chart;
}
