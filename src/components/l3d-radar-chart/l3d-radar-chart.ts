import { L3dRadarChart } from './l3d-radar-chart.component.js';

export * from './l3d-radar-chart.component.js';

L3dRadarChart.define('l3d-radar-chart');
