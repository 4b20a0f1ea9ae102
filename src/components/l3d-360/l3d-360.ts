import { L3d360 } from './l3d-360.component.js';

export * from './l3d-360.component.js';

L3d360.define('l3d-360');
