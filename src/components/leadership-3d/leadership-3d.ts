import { Leadership3d } from './leadership-3d.component.js';

export * from './leadership-3d.component.js';

Leadership3d.define('leadership-3d');
