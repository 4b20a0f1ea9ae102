import { L3dGroup } from './l3d-group.component.js';

export * from './l3d-group.component.js';

L3dGroup.define('l3d-group');
