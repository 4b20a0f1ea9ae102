// cmi5 from the AU's side, without a network: launch parameters, the single-use token, the
// LaunchData and preferences documents through a stub fetch, the statements (checked with
// xapi-validation) and the cmi5 rules.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { instrument } from '../../../src/scoring/builtin-instrument.js';
import { score, type Answer } from '../../../src/scoring/index.js';
import {
  CMI5_CATEGORY,
  CMI5_MOVEON_CATEGORY,
  CMI5_SESSION_EXTENSION,
  Cmi5Error,
  cmi5Allowed,
  cmi5Allows,
  cmi5Request,
  cmi5SessionId,
  cmi5Statement,
  cmi5Verdict,
  fetchCmi5Token,
  parseCmi5Launch,
  parseCmi5LaunchData,
  readCmi5Language,
  readCmi5LaunchData,
  type Cmi5Fetch,
  type Cmi5Session,
  type Cmi5Verb,
} from '../../../src/lms/cmi5.js';
import { answeredStatement, scoredStatement, type XapiRun } from '../../../src/lms/xapi.js';
import { validate } from './validate-xapi.js';

const actor = {
  objectType: 'Agent' as const,
  account: { homePage: 'https://lms.example.com', name: 'l-1' },
};
const registration = 'c0a8b4e2-3f9a-4d6b-9e1c-2b7f0c5d8a11';
const params = {
  endpoint: 'https://lrs.example.com/xapi/',
  fetch: 'https://lms.example.com/fetch/abc',
  actor: JSON.stringify(actor),
  registration,
  activityId: 'https://lms.example.com/au/1',
};
const query = (changes: Record<string, string | undefined> = {}): string => {
  const all: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...params, ...changes })) if (v !== undefined) all[k] = v;
  return `?${new URLSearchParams(all)}`;
};
const launch = parseCmi5Launch(query());

/** A fetch that answers from a function and records every request. */
function stubFetch(answer: (url: string, init: RequestInit) => { status: number; body?: string }) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch: Cmi5Fetch = (url, init) => {
    calls.push({ url, init });
    const { status, body = '' } = answer(url, init);
    return Promise.resolve({ ok: status < 300, status, text: () => Promise.resolve(body) });
  };
  return { fetch, calls };
}

const rejects = async (promise: Promise<unknown>, step: string, message: RegExp) => {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof Cmi5Error);
    assert.equal(error.step, step);
    assert.match(error.message, message);
    return true;
  });
};

describe('cmi5 launch parameters', () => {
  it('reads the five parameters', () => {
    assert.deepEqual(launch, { ...params, actor });
  });

  for (const name of Object.keys(params))
    it(`a missing "${name}" is a launch error naming it`, () => {
      assert.throws(
        () => parseCmi5Launch(query({ [name]: undefined })),
        (e: unknown) =>
          e instanceof Cmi5Error && e.step === 'launch' && e.message.includes(`no "${name}"`),
      );
    });

  const invalid: [string, string, RegExp][] = [
    ['endpoint', 'ftp://lrs.example.com', /"endpoint" is not an http\(s\) URL/],
    ['fetch', '/relative/fetch', /"fetch" is not an http\(s\) URL/],
    ['registration', 'not-a-uuid', /"registration" is not a UUID/],
    ['activityId', 'no scheme', /"activityId" is not an IRI/],
    ['actor', '{"name":', /"actor" is not an xAPI Agent with an account/],
    ['actor', '{"mbox":"mailto:a@example.com"}', /"actor" is not an xAPI Agent with an account/],
    ['actor', '"text"', /"actor" is not a JSON object/],
  ];
  for (const [name, value, message] of invalid)
    it(`an invalid "${name}" (${value}) is refused`, () => {
      assert.throws(() => parseCmi5Launch(query({ [name]: value })), message);
    });
});

describe('cmi5 token and documents', () => {
  it('POSTs once to the fetch URL and gives Basic <token>', async () => {
    const { fetch, calls } = stubFetch(() => ({ status: 200, body: '{"auth-token":"dG9r"}' }));
    assert.equal(await fetchCmi5Token(launch, fetch), 'Basic dG9r');
    assert.deepEqual(
      calls.map((c) => [c.url, c.init.method]),
      [[params.fetch, 'POST']],
    );
  });

  it('reports the cmi5 error of a fetch URL used twice, and a failed request', async () => {
    const used = stubFetch(() => ({
      status: 200,
      body: '{"error-code":"1","error-text":"Already in use"}',
    }));
    await rejects(
      fetchCmi5Token(launch, used.fetch),
      'token',
      /gave no token: HTTP 200 \{"error-code":"1","error-text":"Already in use"\}/,
    );
    const down = stubFetch(() => ({ status: 502, body: 'bad gateway' }));
    await rejects(
      fetchCmi5Token(launch, down.fetch),
      'token',
      /gave no token: HTTP 502 bad gateway/,
    );
    const offline: Cmi5Fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    await rejects(
      fetchCmi5Token(launch, offline),
      'token',
      /gave no token: TypeError: Failed to fetch/,
    );
  });

  it('reads LMS.LaunchData from the State API with the token, the agent and the registration', async () => {
    const doc = {
      contextTemplate: { extensions: { [CMI5_SESSION_EXTENSION]: 'session-1' } },
      launchMode: 'Review',
      moveOn: 'Completed',
      masteryScore: 0.8,
      returnURL: 'https://lms.example.com/back',
    };
    const { fetch, calls } = stubFetch(() => ({ status: 200, body: JSON.stringify(doc) }));
    const data = await readCmi5LaunchData(launch, fetch, 'Basic dG9r');
    assert.deepEqual(data, doc);
    assert.equal(cmi5SessionId(data), 'session-1');
    const url = new URL(calls[0]!.url);
    assert.equal(url.origin + url.pathname, 'https://lrs.example.com/xapi/activities/state');
    assert.equal(url.searchParams.get('stateId'), 'LMS.LaunchData');
    assert.equal(url.searchParams.get('activityId'), params.activityId);
    assert.deepEqual(JSON.parse(url.searchParams.get('agent')!), actor);
    assert.equal(url.searchParams.get('registration'), registration);
    assert.deepEqual(calls[0]!.init.headers, {
      Authorization: 'Basic dG9r',
      'X-Experience-API-Version': '1.0.3',
    });
  });

  it('a LaunchData request that fails, or a document that is missing or malformed, is a launch-data error', async () => {
    await rejects(
      readCmi5LaunchData(launch, stubFetch(() => ({ status: 500 })).fetch, 'x'),
      'launch-data',
      /LMS.LaunchData could not be read: Error: HTTP 500/,
    );
    await rejects(
      readCmi5LaunchData(launch, stubFetch(() => ({ status: 404 })).fetch, 'x'),
      'launch-data',
      /does not exist/,
    );
    const cases: [string, RegExp][] = [
      ['[]', /is not a JSON object/],
      ['{"launchMode":"Normal"}', /has no contextTemplate/],
      ['{"contextTemplate":{},"launchMode":"Play"}', /unknown launchMode: Play/],
      ['{"contextTemplate":{},"launchMode":"Normal","masteryScore":80}', /masteryScore outside/],
    ];
    for (const [text, message] of cases) assert.throws(() => parseCmi5LaunchData(text), message);
  });

  it('keeps only an absolute http(s) returnURL', () => {
    const data = parseCmi5LaunchData(
      '{"contextTemplate":{},"launchMode":"Normal","returnURL":"javascript:alert(1)"}',
    );
    assert.equal(data.returnURL, undefined);
  });

  it('the learner language is the first preference; a failed profile request is no language', async () => {
    const ok = stubFetch(() => ({ status: 200, body: '{"languagePreference":"es-ES, en-US"}' }));
    assert.equal(await readCmi5Language(launch, ok.fetch, 'x'), 'es-ES');
    assert.match(ok.calls[0]!.url, /agents\/profile\?.*profileId=cmi5LearnerPreferences/);
    assert.equal(
      await readCmi5Language(launch, stubFetch(() => ({ status: 500 })).fetch, 'x'),
      undefined,
    );
  });

  it('PUTs a State document as text, with keepalive when asked; GET of a missing one is undefined', async () => {
    const { fetch, calls } = stubFetch((_, init) => ({
      status: init.method === 'PUT' ? 204 : 404,
    }));
    assert.equal(await cmi5Request(fetch, 'https://lrs/s', 'a', 'l3d1;x', true), '');
    assert.equal(calls[0]!.init.method, 'PUT');
    assert.equal(calls[0]!.init.body, 'l3d1;x');
    assert.equal(calls[0]!.init.keepalive, true);
    assert.equal(await cmi5Request(fetch, 'https://lrs/s', 'a'), undefined);
    const failing = stubFetch(() => ({ status: 503 })).fetch;
    await assert.rejects(cmi5Request(failing, 'https://lrs/s', 'a', 'v'), /HTTP 503/);
  });
});

describe('cmi5 statements', () => {
  const session: Cmi5Session = {
    launch,
    data: {
      contextTemplate: {
        contextActivities: {
          grouping: [{ objectType: 'Activity', id: 'https://lms.example.com/c' }],
        },
        extensions: { [CMI5_SESSION_EXTENSION]: 'session-1', 'https://lms.example.com/x': 1 },
      },
      launchMode: 'Normal',
      masteryScore: 0.5,
    },
    sessionId: 'session-1',
  };
  const run: XapiRun = { actor, registration, instrument, form: 'self' };
  const answers = Object.fromEntries(
    instrument.items.map((item, i) => [item.id, ((i % 5) + 1) as Answer]),
  );
  const result = score({
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    form: 'self',
    answers,
  });
  const category = (s: { context: { contextActivities?: { category?: { id: string }[] } } }) =>
    (s.context.contextActivities?.category ?? []).map((a) => a.id);
  const defined: [Cmi5Verb, object | undefined][] = [
    ['initialized', undefined],
    ['completed', { completion: true, duration: 'PT5M' }],
    [
      'passed',
      { score: { scaled: 0.6, raw: 60, min: 0, max: 100 }, success: true, duration: 'PT5M' },
    ],
    [
      'failed',
      { score: { scaled: 0.4, raw: 40, min: 0, max: 100 }, success: false, duration: 'PT5M' },
    ],
    ['terminated', { duration: 'PT6M' }],
  ];

  for (const [verb, res] of defined)
    it(`${verb}: valid xAPI, the AU as object, the template merged, the cmi5 category${verb === 'initialized' || verb === 'terminated' ? '' : ' and moveon'}`, () => {
      const s = cmi5Statement(session, verb, res);
      assert.deepEqual(validate(s), []);
      assert.equal(s.verb.id, `http://adlnet.gov/expapi/verbs/${verb}`);
      assert.deepEqual(s.object, { objectType: 'Activity', id: params.activityId });
      assert.deepEqual(s.actor, actor);
      assert.equal(s.context.registration, registration);
      assert.equal(s.context.extensions?.[CMI5_SESSION_EXTENSION], 'session-1');
      assert.equal(s.context.extensions?.['https://lms.example.com/x'], 1);
      assert.equal(s.context.contextActivities?.grouping?.[0]?.id, 'https://lms.example.com/c');
      const moveOn = verb === 'completed' || verb === 'passed' || verb === 'failed';
      assert.deepEqual(
        category(s),
        moveOn ? [CMI5_CATEGORY, CMI5_MOVEON_CATEGORY] : [CMI5_CATEGORY],
      );
    });

  it('answered and scored become allowed statements: the session context, no cmi5 category, valid', () => {
    const answered = cmi5Allowed(
      session,
      answeredStatement(run, { itemId: instrument.items[0]!.id, value: 3, durationMs: 1200 }),
      false,
    );
    const scored = cmi5Allowed(session, scoredStatement(run, result), false);
    for (const s of [answered, scored]) {
      assert.deepEqual(validate(s), []);
      assert.deepEqual(category(s), []);
      assert.equal(s.context.extensions?.[CMI5_SESSION_EXTENSION], 'session-1');
      assert.equal(s.context.contextActivities?.grouping?.[0]?.id, 'https://lms.example.com/c');
    }
    // The item keeps its parent (the instrument) beside the LMS's grouping.
    assert.match(
      answered.context.contextActivities?.parent?.[0]?.id ?? '',
      /^urn:leadership-3d:instrument:/,
    );
    assert.equal(answered.result?.response, '3');
  });

  it('lms-score="none" drops result.score from scored and keeps the dimension scores; "raw" keeps it', () => {
    const built = scoredStatement(run, result);
    const none = cmi5Allowed(session, built, false);
    const raw = cmi5Allowed(session, built, true);
    assert.equal(none.result?.score, undefined);
    assert.ok(none.result?.extensions);
    assert.deepEqual(raw.result?.score, built.result?.score);
  });

  it('the cmi5 rules: initialized first and once, completed once, one verdict, nothing after terminated', () => {
    const sent = new Set<string>();
    const step = (verb: Cmi5Verb | 'allowed') => {
      const ok = cmi5Allows('Normal', sent, verb);
      if (ok && verb !== 'allowed') sent.add(verb);
      return ok;
    };
    assert.deepEqual(
      (
        [
          'allowed',
          'completed',
          'initialized',
          'initialized',
          'allowed',
          'completed',
          'completed',
          'failed',
          'passed',
          'allowed',
          'terminated',
          'allowed',
          'terminated',
        ] as const
      ).map(step),
      [false, false, true, false, true, true, false, true, false, true, true, false, false],
    );
  });

  for (const mode of ['Browse', 'Review'] as const)
    it(`${mode} mode: only initialized and terminated`, () => {
      const sent = new Set(['initialized']);
      assert.deepEqual(
        (['allowed', 'completed', 'passed', 'failed', 'terminated'] as const).map((v) =>
          cmi5Allows(mode, sent, v),
        ),
        [false, false, false, false, true],
      );
    });

  it('passed/failed only with a mastery score and a score; at the mastery score is passed', () => {
    assert.equal(cmi5Verdict({}, 0.9), null);
    assert.equal(cmi5Verdict({ masteryScore: 0.5 }, null), null);
    assert.equal(cmi5Verdict({ masteryScore: 0.5 }, 0.5), 'passed');
    assert.equal(cmi5Verdict({ masteryScore: 0.5 }, 0.4999), 'failed');
  });
});
