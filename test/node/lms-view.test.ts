// The demo LMS page's reading of scorm-again's record (demo/lms-view.ts), against the real
// scorm-again in Node: what a course writes is what the page shows, for both editions.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { lmsView } from '../../demo/lms-view.js';

const value = (view: ReturnType<typeof lmsView>, element: string) =>
  view.summary.find((row) => row.element === element)?.value;

describe('demo LMS view (demo/lms-view.ts)', () => {
  it('reads a record before Initialize as empty, without throwing', () => {
    for (const version of ['1.2', '2004'] as const) {
      const view = lmsView(undefined, version);
      assert.deepEqual(view.interactions, []);
      assert.deepEqual(view.objectives, []);
      assert.equal(value(view, 'cmi.suspend_data'), '0 characters');
    }
  });

  it('SCORM 2004: statuses, scaled score, suspend_data length, interactions and objectives', () => {
    const api = new Scorm2004API({ logLevel: 5 });
    api.Initialize('');
    api.SetValue('cmi.completion_status', 'completed');
    api.SetValue('cmi.success_status', 'passed');
    api.SetValue('cmi.score.scaled', '0.625');
    api.SetValue('cmi.suspend_data', 'x'.repeat(1234));
    api.SetValue('cmi.interactions.0.id', 'credibility-1');
    api.SetValue('cmi.interactions.0.type', 'likert');
    api.SetValue('cmi.interactions.0.learner_response', '4');
    api.SetValue('cmi.objectives.0.id', 'technical');
    api.SetValue('cmi.objectives.0.score.scaled', '0.7');
    api.SetValue('cmi.objectives.0.completion_status', 'completed');
    const view = lmsView(api.renderCMIToJSONObject(), '2004');
    assert.equal(value(view, 'cmi.completion_status'), 'completed');
    assert.equal(value(view, 'cmi.success_status'), 'passed');
    assert.equal(value(view, 'cmi.score.scaled'), '0.625');
    assert.equal(value(view, 'cmi.suspend_data'), '1234 characters');
    assert.deepEqual(view.interactions, [
      { index: 0, id: 'credibility-1', type: 'likert', response: '4', result: '', time: '' },
    ]);
    assert.deepEqual(view.objectives, [
      { index: 0, id: 'technical', score: '0.7', status: 'completed / unknown' },
    ]);
  });

  it('SCORM 1.2: lesson_status, raw score, student_response, objective status', () => {
    const api = new Scorm12API({ logLevel: 5 });
    api.LMSInitialize('');
    api.LMSSetValue('cmi.core.lesson_status', 'incomplete');
    api.LMSSetValue('cmi.core.score.raw', '62.5');
    api.LMSSetValue('cmi.interactions.0.id', 'credibility-1');
    api.LMSSetValue('cmi.interactions.0.type', 'likert');
    api.LMSSetValue('cmi.interactions.0.student_response', '2');
    api.LMSSetValue('cmi.objectives.0.id', 'business');
    api.LMSSetValue('cmi.objectives.0.status', 'completed');
    const view = lmsView(api.renderCMIToJSONObject(), '1.2');
    assert.equal(value(view, 'cmi.core.lesson_status'), 'incomplete');
    assert.equal(value(view, 'cmi.core.score.raw'), '62.5');
    assert.equal(view.interactions[0]?.response, '2');
    assert.deepEqual(view.objectives[0], {
      index: 0,
      id: 'business',
      score: '',
      status: 'completed',
    });
  });
});
