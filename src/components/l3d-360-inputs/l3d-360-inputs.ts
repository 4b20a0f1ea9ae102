import { L3d360Inputs } from './l3d-360-inputs.component.js';

export * from './l3d-360-inputs.component.js';

L3d360Inputs.define('l3d-360-inputs');
