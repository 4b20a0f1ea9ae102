import { L3dReport } from './l3d-report.component.js';

export * from './l3d-report.component.js';

L3dReport.define('l3d-report');
