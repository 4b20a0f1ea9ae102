import { L3dProgress } from './l3d-progress.component.js';

export * from './l3d-progress.component.js';

L3dProgress.define('l3d-progress');
