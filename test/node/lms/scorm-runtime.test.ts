// The SCORM session against scorm-again's real 1.2 and 2004 runtimes (they run in Node too);
// every SetValue is recorded in order through a thin wrapper.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Scorm12API, Scorm2004API } from 'scorm-again';
import {
  COMMIT_EVERY_MS,
  ScormSession,
  decimal,
  scaledScore,
  scormText,
  type ScormFailure,
} from '../../../src/lms/scorm-runtime.js';
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
    assert.deepEqual(session.begin(), []);
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
    assert.equal(writes.length, 0, 'nothing is written before the caller decides to resume');
    assert.deepEqual(session.begin(), []);
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
    session.begin();
    session.saveProgress('l3d1;x', 0.5);
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

/** A clock and timers the test moves by hand. */
function fakeClock() {
  let now = 0;
  const pending = new Map<number, { at: number; run: () => void }>();
  let next = 1;
  return {
    now: () => now,
    timers: {
      set: (run: () => void, ms: number) => {
        pending.set(next, { at: now + ms, run });
        return next++;
      },
      clear: (handle: unknown) => pending.delete(handle as number),
    },
    pending,
    /** Moves the clock on by `ms`, firing what falls due. */
    advance(ms: number) {
      now += ms;
      for (const [id, t] of [...pending])
        if (t.at <= now) {
          pending.delete(id);
          t.run();
        }
    },
  };
}

/** A 2004 session whose Commits are counted, at the time they happen. */
function throttled() {
  const lms = new Scorm2004API({ logLevel: 5 });
  const clock = fakeClock();
  const commits: number[] = [];
  const api = new Proxy(lms as unknown as Scorm2004Api, {
    get(target, key) {
      const value = Reflect.get(target, key) as Api[string];
      if (key === 'Commit')
        return (p: string) => {
          commits.push(clock.now());
          return value.call(target, p);
        };
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  const session = new ScormSession({ version: '2004', api }, clock.now, clock.timers);
  session.initialize();
  session.begin();
  const failures: ScormFailure[][] = [];
  const soon = () => session.commitSoon((f) => failures.push(f));
  return { lms, clock, commits, session, soon, failures };
}

describe('ScormSession.commitSoon (page changes)', () => {
  it('commits at once, then at most once per 30 s: one trailing Commit for changes inside the window', () => {
    const { lms, clock, commits, session, soon, failures } = throttled();
    soon(); // leading
    assert.deepEqual(commits, [0]);
    clock.advance(5_000);
    session.saveProgress('page-2', 0.2);
    soon();
    clock.advance(5_000);
    session.saveProgress('page-3', 0.3);
    soon();
    assert.deepEqual(commits, [0], 'nothing more inside the window');
    assert.equal(clock.pending.size, 1, 'one trailing Commit is pending');
    clock.advance(COMMIT_EVERY_MS - 10_000);
    assert.deepEqual(commits, [0, COMMIT_EVERY_MS]);
    assert.equal(cmiOf(lms).suspend_data, 'page-3', 'the trailing Commit carries the latest data');
    clock.advance(60_000);
    assert.deepEqual(commits, [0, COMMIT_EVERY_MS], 'no Commit without a page change');
    soon(); // the window is over: at once again
    assert.deepEqual(commits, [0, COMMIT_EVERY_MS, COMMIT_EVERY_MS + 60_000]);
    assert.deepEqual(failures.flat(), []);
  });

  it('any other Commit (completion, page hidden) restarts the window and replaces the trailing one', () => {
    const { clock, commits, session, soon } = throttled();
    soon();
    clock.advance(10_000);
    soon();
    assert.equal(clock.pending.size, 1);
    session.commit(); // the page was hidden
    assert.equal(clock.pending.size, 0);
    clock.advance(29_000);
    soon();
    assert.deepEqual(commits, [0, 10_000]);
    clock.advance(1_000);
    assert.deepEqual(commits, [0, 10_000, 40_000]);
  });

  it('Terminate cancels a pending Commit; a closed session never commits', () => {
    const { clock, commits, session, soon, failures } = throttled();
    soon();
    clock.advance(1_000);
    soon();
    assert.deepEqual(session.terminate(), []);
    assert.equal(clock.pending.size, 0);
    clock.advance(60_000);
    soon();
    assert.deepEqual(commits, [0]);
    assert.deepEqual(failures.flat(), []);
  });

  it('a refused trailing Commit is reported through the callback', () => {
    const clock = fakeClock();
    let refuse = false;
    let last = '0';
    // A minimal fake LMS whose Commit fails once `refuse` is set (error 391).
    const api: Scorm2004Api = {
      Initialize: () => 'true',
      Terminate: () => 'true',
      GetValue: () => '',
      SetValue: () => ((last = '0'), 'true'),
      Commit: () => ((last = refuse ? '391' : '0'), refuse ? 'false' : 'true'),
      GetLastError: () => last,
      GetErrorString: () => 'Commit Failed',
    };
    const session = new ScormSession({ version: '2004', api }, clock.now, clock.timers);
    session.initialize();
    const failures: ScormFailure[] = [];
    session.commitSoon((f) => failures.push(...f));
    session.commitSoon((f) => failures.push(...f));
    refuse = true;
    clock.advance(COMMIT_EVERY_MS);
    assert.deepEqual(
      failures.map((f) => [f.call, f.code]),
      [['Commit', '391']],
    );
  });
});

describe('scormText (descriptions)', () => {
  it('collapses newlines, tabs and control characters into single spaces', () => {
    assert.equal(
      scormText('  I set\r\n\tclear\u0000 goals\u0085 \u2028 often \n'),
      'I set clear goals often',
    );
  });

  it('never starts with { (2004 reads {lang=…} there), even after whitespace', () => {
    assert.equal(scormText('{lang=fr} Je délègue'), 'lang=fr} Je délègue');
    assert.equal(scormText(' \n{{ x { y'), 'x { y');
    assert.equal(scormText('{{{'), '');
  });

  it('keeps at most 250 UTF-16 units without splitting a surrogate pair', () => {
    const emojiAtCut = `${'a'.repeat(249)}😀 tail`;
    assert.equal(scormText(emojiAtCut), 'a'.repeat(249));
    const emojiFits = `${'a'.repeat(248)}😀 tail`;
    assert.equal(scormText(emojiFits), `${'a'.repeat(248)}😀`);
    for (let n = 240; n < 260; n++) {
      const cut = scormText(`${'é'.repeat(n % 7)}${'🙂'.repeat(n)}`);
      assert.ok(cut.length <= 250);
      const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
      assert.ok(!lone.test(cut), `no half surrogate pair at ${n}`);
    }
    assert.equal(scormText('short text'), 'short text');
  });

  it('is applied to the 2004 interaction and objective descriptions', () => {
    const lms = new Scorm2004API({ logLevel: 5 });
    const session = new ScormSession({ version: '2004', api: lms as unknown as Scorm2004Api });
    session.initialize();
    const long = `{Line one\nline two ${'😀'.repeat(200)}`;
    assert.deepEqual(
      session.complete({
        score: null,
        objectives: [{ id: 'technical', score: 50, description: long }],
        interactions: [{ id: 'i1', response: '3', description: long }],
      }),
      [],
    );
    const cmi = cmiOf(lms);
    assert.equal(cmi.interactions[0].description, scormText(long));
    assert.equal(cmi.objectives[0].description, scormText(long));
    assert.match(cmi.interactions[0].description, /^Line one line two 😀/);
  });
});
