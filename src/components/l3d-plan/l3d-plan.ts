import { L3dPlan } from './l3d-plan.component.js';

export * from './l3d-plan.component.js';

L3dPlan.define('l3d-plan');
