import { L3dQuestion } from './l3d-question.component.js';

export * from './l3d-question.component.js';

L3dQuestion.define('l3d-question');
