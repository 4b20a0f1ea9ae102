// The SCORM session against scorm-again's real 1.2 and 2004 runtimes (they run in Node too);
// every SetValue is recorded in order through a thin wrapper.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { ScormSession, scaledScore, decimal } from '../../../src/lms/scorm-runtime.js';
import type { Scorm12Api, Scorm2004Api } from '../../../src/lms/scorm-api.js';

type Api = Record<string, (...args: string[]) => string>;
/** Wraps an API so every SetValue (element, value) is recorded in call order. */
function recorded<T extends object>(
  api: T,
  setName: string,
): { api: T; writes: [string, string][] } {
  const writes: [string, string][] = [];
  const wrapped = new Proxy(api, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (key === setName && typeof value === 'function')
        return (element: string, v: string) => {
          writes.push([element, v]);
          return (value as Api[string]).call(target, element, v);
        };
      return typeof value === 'function' ? (value as Api[string]).bind(target) : value;
    },
  });
  return { api: wrapped, writes };
}

/** The LMS-side data model as scorm-again serialises it (its getters refuse write-only reads). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test peeks at the runtime's JSON
const cmiOf = (lms: { cmi: unknown }): any => JSON.parse(JSON.stringify(lms.cmi));

const completion = {
  score: 62.5,
  objectives: [
    { id: 'technical', score: 70, description: 'Technical expertise' },
    { id: 'relational', score: 55, description: 'Relationship management' },
    { id: 'business', score: null, description: 'Business savvy' },
  ],
  interactions: [
    { id: 'domain-mastery-1', response: '4', latencyMs: 3200, description: 'I explain…' },
    { id: 'credibility-1', response: null },
  ],
  suspendData: 'l3d1;x',
};

const index = (writes: [string, string][], element: string) =>
  writes.findIndex(([e]) => e === element);
const lastIndex = (writes: [string, string][], element: string) =>
  writes.map(([e]) => e).lastIndexOf(element);
const lastValue = (writes: [string, string][], element: string) =>
  writes[lastIndex(writes, element)]?.[1];

describe('ScormSession on scorm-again 2004', () => {
  it('writes interactions id → type → response, the score before completion, and passes every write', () => {
    const lms = new Scorm2004API({ logLevel: 5 });
    const { api, writes } = recorded(lms as unknown as Scorm2004Api, 'SetValue');
    let t = 0;
    const session = new ScormSession({ version: '2004', api }, () => (t += 1000));
    const launch = session.initialize();
    assert.equal(launch.ok, true);
    assert.deepEqual(session.saveProgress('abc', 0.25), []);
    assert.deepEqual(session.complete(completion), []);
    assert.deepEqual(session.commit(), []);
    assert.deepEqual(session.terminate(), []);
    assert.deepEqual(session.terminate(), [], 'a second terminate does nothing');
    assert.ok(index(writes, 'cmi.interactions.0.id') < index(writes, 'cmi.interactions.0.type'));
    assert.ok(
      index(writes, 'cmi.interactions.0.type') <
        index(writes, 'cmi.interactions.0.learner_response'),
    );
    assert.ok(index(writes, 'cmi.score.scaled') < lastIndex(writes, 'cmi.completion_status'));
    const cmi = cmiOf(lms);
    assert.equal(cmi.completion_status, 'completed');
    assert.equal(cmi.success_status, 'unknown');
    assert.equal(cmi.score.scaled, '0.625');
    assert.equal(cmi.score.raw, '62.5');
    assert.equal(cmi.exit, 'normal');
    assert.match(cmi.session_time, /^PT/);
    assert.equal(Object.keys(cmi.interactions).length, 2);
    assert.equal(cmi.interactions[0].learner_response, '4');
    assert.equal(cmi.interactions[0].type, 'likert');
    assert.equal(Object.keys(cmi.objectives).length, 3);
    assert.equal(cmi.objectives[0].score.scaled, '0.7');
    assert.equal(cmi.objectives[2].score.raw, '');
    // the terminate wrote the session time once more; Terminate itself was called once
    assert.equal(writes.filter(([e]) => e === 'cmi.session_time').length, 2);
  });

  it('reports what the LMS refused, with GetLastError and GetErrorString', () => {
    const lms = new Scorm2004API({ logLevel: 5 });
    const session = new ScormSession({ version: '2004', api: lms as unknown as Scorm2004Api });
    session.initialize();
    // a 2004 response without a type first is refused with 408: prove the failure is surfaced
    const raw = lms as unknown as Scorm2004Api;
    raw.SetValue('cmi.interactions.0.id', 'x');
    const failures = session.complete({
      ...completion,
      interactions: [{ id: 'a b', response: '4' }],
    });
    assert.deepEqual(failures, []);
    assert.equal(cmiOf(lms).interactions[1].id, 'a_b', 'ids are made valid identifiers');
    const bad = new ScormSession({
      version: '2004',
      api: {
        ...recorded(raw, 'x').api,
        SetValue: () => 'false',
        GetLastError: () => '351',
        GetErrorString: () => 'General Set Failure',
      } as unknown as Scorm2004Api,
    });
    // Initialize on an already-initialized API fails: reported, not thrown
    assert.equal(bad.initialize().ok, false);
  });
});

describe('ScormSession on scorm-again 1.2', () => {
  it('resumes from entry=resume, writes 1.2 fields and formats, status completed last', () => {
    const lms = new Scorm12API({ logLevel: 5 });
    lms.loadFromJSON({ core: { entry: 'resume' }, suspend_data: 'l3d1;saved' });
    const { api, writes } = recorded(lms as unknown as Scorm12Api, 'LMSSetValue');
    let t = 0;
    const session = new ScormSession({ version: '1.2', api }, () => (t += 61_000));
    const launch = session.initialize();
    assert.deepEqual([launch.entry, launch.suspendData], ['resume', 'l3d1;saved']);
    assert.equal(lms.cmi.core.lesson_status, 'incomplete');
    assert.equal(lastValue(writes, 'cmi.core.exit'), 'suspend');
    assert.deepEqual(session.complete(completion), []);
    assert.deepEqual(session.terminate(), []);
    assert.equal(lms.cmi.core.lesson_status, 'completed');
    assert.equal(cmiOf(lms).core.score.raw, '62.5');
    // 1.2 has no "normal": the empty exit ends the attempt (exit is write-only in 1.2)
    assert.equal(lastValue(writes, 'cmi.core.exit'), '');
    assert.match(
      writes.find(([e]) => e === 'cmi.core.session_time')![1],
      /^\d{4}:\d{2}:\d{2}\.\d{2}$/,
    );
    assert.ok(index(writes, 'cmi.core.score.raw') < lastIndex(writes, 'cmi.core.lesson_status'));
    assert.equal(index(writes, 'cmi.interactions.0.learner_response'), -1);
    assert.equal(cmiOf(lms).interactions[0].student_response, '4');
    assert.equal(cmiOf(lms).objectives[1].score.raw, '55');
  });

  it('writes nothing in review mode', () => {
    const lms = new Scorm12API({ logLevel: 5 });
    lms.loadFromJSON({ core: { lesson_mode: 'review', lesson_status: 'completed' } });
    const { api, writes } = recorded(lms as unknown as Scorm12Api, 'LMSSetValue');
    const session = new ScormSession({ version: '1.2', api });
    session.initialize();
    session.complete(completion);
    session.terminate();
    assert.deepEqual(writes, []);
  });
});

describe('score formats', () => {
  it('score.scaled stays within −1…1 with at most 7 decimals, never in exponent form', () => {
    assert.equal(scaledScore(62.5), '0.625');
    assert.equal(scaledScore(100 / 3), '0.3333333');
    assert.equal(scaledScore(0.00001), '0.0000001');
    assert.equal(scaledScore(250), '1');
    assert.equal(scaledScore(-250), '-1');
    assert.equal(decimal(-0.0000001, 2), '0');
  });
});
