import { createContext } from '@lit/context';
import type { Form, Instrument } from '../scoring/index.js';
import type { AssessmentController, AssessmentState } from './assessment-controller.js';

/**
 * What `<leadership-3d>` provides to the elements inside it. A new object after every change,
 * so consumers that subscribe re-render; `controller` is for consumers that act on the flow.
 */
export interface AssessmentView {
  readonly state: AssessmentState;
  readonly instrument: Instrument;
  readonly form: Form;
  readonly answered: number;
  readonly total: number;
  readonly controller: AssessmentController;
}

/** Each `<leadership-3d>` provides its own value, so two widgets on a page never share one. */
export const assessmentContext = createContext<AssessmentView | undefined>(
  Symbol('l3d-assessment'),
);

/** The view of `assessment` to provide; the one given back when nothing it shows changed. */
export function viewOf(assessment: AssessmentController, current?: AssessmentView): AssessmentView {
  const { state, instrument, form } = assessment;
  if (current?.state === state && current.instrument === instrument && current.form === form)
    return current;
  return {
    state,
    instrument,
    form,
    answered: assessment.answeredCount,
    total: assessment.total,
    controller: assessment,
  };
}
