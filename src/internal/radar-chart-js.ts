/**
 * Chart.js with only the radar pieces registered. A module of its own, imported lazily, so the
 * bundler can drop every other controller, scale and element from the chunk (a dynamic import
 * of 'chart.js' itself would keep the whole namespace).
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

Chart.register(
  RadarController,
  RadialLinearScale,
  PointElement,
  LineElement,
  Filler,
  Tooltip,
  Legend,
);

export { Chart };
