/**
 * The development plan's event, apart from `events.ts`: the widget's first file re-exports that
 * module, and only the report's chunks (which fire this one) need it. The package entry exports it.
 */
import type { DevelopmentPlan } from '../schema/plan.js';

export interface L3dPlanChangeDetail {
  /** The plan now saved, or `null` after the person removed it. */
  plan: DevelopmentPlan | null;
}

/**
 * The person saved or removed their development plan (in `<l3d-report>`, also inside
 * `<leadership-3d>`). Not fired when the host sets `plan`.
 */
export class L3dPlanChangeEvent extends Event {
  static readonly eventName = 'l3d-plan-change';
  constructor(readonly detail: L3dPlanChangeDetail) {
    super(L3dPlanChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'l3d-plan-change': L3dPlanChangeEvent;
  }
}
