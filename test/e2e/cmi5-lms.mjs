// A loopback cmi5 LMS for the end-to-end tests, on the static server that serves the built
// widget: it issues launch URLs (a new session each, with a single-use fetch URL), answers the
// fetch URL (the token once, cmi5 error 1 after), keeps State documents (LMS.LaunchData, the
// AU's own) and the learner-preferences profile, and is an LRS whose /statements checks every
// statement with xapi-validation and against the cmi5 rules before storing it. It is written
// from the cmi5 specification, not from the widget's code, so the checks are independent.
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { fixtureServer } from './support.mjs';
import { fileFor } from './static-server.mjs';

const validate = createRequire(import.meta.url)('xapi-validation').default;

const SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVEON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const DEFINED = ['initialized', 'completed', 'passed', 'failed', 'terminated'].map(
  (v) => `http://adlnet.gov/expapi/verbs/${v}`,
);
const verbOf = (s) => s.verb.id.split('/').pop();
const categories = (s) => (s.context?.contextActivities?.category ?? []).map((a) => a.id);

export const ACTOR = {
  objectType: 'Agent',
  name: 'Learner One',
  account: { homePage: 'https://lms.example.com', name: 'learner-1' },
};
export const ACTIVITY = 'https://lms.example.com/courses/l3d/au/1';
export const PUBLISHER = 'https://lms.example.com/courses/l3d';

/**
 * Starts the LMS. `failStatements`: how many POSTs to /statements answer 503 first;
 * `refuseStatements`: every POST to /statements answers 400; `failLaunchData`: LMS.LaunchData
 * GETs answer 500; `failStatePut`: PUTs of State documents answer 500; `course`: the folder of
 * an unzipped cmi5 package, served under /course/ (an imported course).
 */
export async function startCmi5Lms({
  course,
  failStatements = 0,
  refuseStatements = false,
  failLaunchData = false,
  failStatePut = false,
} = {}) {
  const registration = randomUUID();
  /** sessionId → { token, fetchCount, launchMode, masteryScore, statements: [] } */
  const sessions = new Map();
  const fetchUrls = new Map();
  const documents = new Map();
  const stored = new Map();
  const problems = [];
  let failuresLeft = failStatements;

  const stateKey = (q) =>
    JSON.stringify([q.get('stateId'), q.get('activityId'), q.get('agent'), q.get('registration')]);
  const sessionByToken = (auth) => [...sessions.values()].find((s) => auth === `Basic ${s.token}`);

  /** The cmi5 rules for one statement, given what its session stored before it. */
  function check(statement, session, auth) {
    const found = [];
    const verb = verbOf(statement);
    const defined = DEFINED.includes(statement.verb.id);
    const earlier = session.statements.map(verbOf);
    if (validate(statement).length)
      found.push(`invalid xAPI: ${JSON.stringify(validate(statement))}`);
    if (auth !== `Basic ${session.token}`) found.push('Authorization is not the session token');
    if (JSON.stringify(statement.actor) !== JSON.stringify(ACTOR)) found.push('actor differs');
    if (statement.context?.registration !== registration) found.push('registration differs');
    if (statement.context?.extensions?.[SESSION] !== session.id) found.push('no session id');
    if (earlier.includes('terminated')) found.push('statement after terminated');
    if (!earlier.includes('initialized') && verb !== 'initialized')
      found.push('statement before initialized');
    const grouping = statement.context?.contextActivities?.grouping ?? [];
    if (!grouping.some((a) => a.id === PUBLISHER)) found.push('context template not merged');
    if (defined) {
      if (statement.object.id !== ACTIVITY) found.push('object is not the AU');
      if (!categories(statement).includes(CMI5)) found.push('no cmi5 category');
      if (earlier.includes(verb)) found.push(`second ${verb}`);
      if (session.launchMode !== 'Normal' && !['initialized', 'terminated'].includes(verb))
        found.push(`${verb} in ${session.launchMode} mode`);
      const moveOn = ['completed', 'passed', 'failed'].includes(verb);
      if (moveOn !== categories(statement).includes(MOVEON)) found.push('moveon category');
      if (verb === 'completed' && statement.result?.completion !== true)
        found.push('completed without completion');
      if (
        ['completed', 'passed', 'failed', 'terminated'].includes(verb) &&
        !statement.result?.duration
      )
        found.push(`${verb} without duration`);
      if (verb === 'passed' || verb === 'failed') {
        if (session.masteryScore === undefined) found.push(`${verb} without a masteryScore`);
        const scaled = statement.result?.score?.scaled;
        if (typeof scaled !== 'number') found.push(`${verb} without score.scaled`);
        else if (scaled >= session.masteryScore !== (verb === 'passed'))
          found.push(`${verb} disagrees with the mastery score`);
        if (statement.result?.success !== (verb === 'passed')) found.push('result.success');
        if (earlier.includes('passed') || earlier.includes('failed')) found.push('second verdict');
      }
    } else {
      if (categories(statement).includes(CMI5)) found.push('cmi5 category on an allowed statement');
      if (session.launchMode !== 'Normal') found.push(`allowed statement in ${session.launchMode}`);
    }
    return found.map((p) => `${verb} ${statement.id}: ${p}`);
  }

  function readBody(req) {
    return new Promise((done) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => done(body));
    });
  }
  const send = (res, status, body, type = 'application/json') =>
    res
      .writeHead(status, { 'Content-Type': type, 'Access-Control-Allow-Origin': '*' })
      .end(typeof body === 'string' ? body : JSON.stringify(body));

  async function handle(req, res) {
    const url = new URL(req.url, 'http://x');
    // The AU's launch page: the widget with lms="<mode>" and the given attributes.
    const page = /^\/au\/(cmi5|auto)\.html$/.exec(url.pathname);
    if (page) {
      const finish = url.searchParams.get('finish');
      const score = url.searchParams.get('score');
      res
        .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
        .end(
          `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>AU</title>` +
            `<script type="module" src="/dist/leadership-3d.js"></script></head><body>` +
            `<leadership-3d lms="${page[1]}" persist="none"${finish ? ` lms-finish="${finish}"` : ''}${score ? ` lms-score="${score}"` : ''}></leadership-3d></body></html>`,
        );
      return true;
    }
    if (course && url.pathname.startsWith('/course/')) {
      const file = fileFor(req.url, ['/course/'], { '/course/': course });
      let body;
      try {
        body = file && readFileSync(file);
      } catch {
        body = null;
      }
      if (!body) return (send(res, 404, 'not found', 'text/plain'), true);
      const type = {
        '.html': 'text/html; charset=utf-8',
        '.css': 'text/css',
        '.js': 'text/javascript',
      };
      res.writeHead(200, { 'Content-Type': type[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
      return true;
    }
    if (url.pathname === '/returned')
      return (send(res, 200, 'back in the LMS', 'text/plain'), true);
    if (url.pathname.startsWith('/fetch/') && req.method === 'POST') {
      const session = fetchUrls.get(url.pathname);
      if (!session) return (send(res, 404, { 'error-code': '3', 'error-text': 'unknown' }), true);
      session.fetchCount++;
      // cmi5 §8.2: the token is given once; a second request gets error 1.
      if (session.fetchCount > 1)
        return (send(res, 200, { 'error-code': '1', 'error-text': 'Already in use' }), true);
      return (send(res, 200, { 'auth-token': session.token }), true);
    }
    if (!url.pathname.startsWith('/xapi/')) return false;
    const auth = req.headers.authorization;
    const session = sessionByToken(auth);
    if (!session) return (send(res, 401, 'no token', 'text/plain'), true);
    const body = await readBody(req);
    const path = url.pathname.slice('/xapi'.length);
    if (path === '/activities/state') {
      const key = stateKey(url.searchParams);
      if (req.method === 'PUT') {
        if (failStatePut) return (send(res, 500, 'disk full', 'text/plain'), true);
        documents.set(key, body);
        session.puts.push(body);
        return (send(res, 204, ''), true);
      }
      if (url.searchParams.get('stateId') === 'LMS.LaunchData' && failLaunchData)
        return (send(res, 500, 'broken', 'text/plain'), true);
      return documents.has(key)
        ? (send(res, 200, documents.get(key)), true)
        : (send(res, 404, ''), true);
    }
    if (path === '/agents/profile')
      return (
        send(res, 200, { languagePreference: session.language, audioPreference: 'on' }),
        true
      );
    if (path === '/statements' && req.method === 'POST') {
      if (refuseStatements) return (send(res, 400, 'refused', 'text/plain'), true);
      if (failuresLeft > 0) {
        failuresLeft--;
        return (send(res, 503, 'try later', 'text/plain'), true);
      }
      const batch = JSON.parse(body);
      const ids = [];
      for (const statement of batch) {
        ids.push(statement.id);
        // A retry of a stored statement is not stored again (xAPI: ids are unique).
        if (stored.has(statement.id)) continue;
        const owner = sessions.get(statement.context?.extensions?.[SESSION]) ?? session;
        problems.push(...check(statement, owner, auth));
        stored.set(statement.id, statement);
        owner.statements.push(statement);
      }
      return (send(res, 200, ids), true);
    }
    return (send(res, 404, 'not found', 'text/plain'), true);
  }

  const server = await fixtureServer({ handle });

  /** A new AU session: the launch URL the LMS would open (`page`: the AU's url, a path). */
  function launch({
    page,
    mode = 'cmi5',
    launchMode = 'Normal',
    masteryScore,
    finish,
    score,
    language = 'en-US,es',
  } = {}) {
    const id = randomUUID();
    const fetchPath = `/fetch/${randomUUID()}`;
    const session = {
      id,
      token: Buffer.from(`${id}:secret`).toString('base64'),
      fetchCount: 0,
      launchMode,
      masteryScore,
      language,
      statements: [],
      puts: [],
    };
    sessions.set(id, session);
    fetchUrls.set(fetchPath, session);
    const query = (stateId) =>
      new URLSearchParams({
        stateId,
        activityId: ACTIVITY,
        agent: JSON.stringify(ACTOR),
        registration,
      });
    documents.set(
      stateKey(query('LMS.LaunchData')),
      JSON.stringify({
        contextTemplate: {
          contextActivities: { grouping: [{ objectType: 'Activity', id: PUBLISHER }] },
          extensions: { [SESSION]: id },
        },
        launchMode,
        launchMethod: 'AnyWindow',
        moveOn: masteryScore === undefined ? 'Completed' : 'CompletedAndPassed',
        ...(masteryScore === undefined ? {} : { masteryScore }),
        returnURL: `${server.origin}/returned`,
      }),
    );
    const params = new URLSearchParams({
      endpoint: `${server.origin}/xapi/`,
      fetch: `${server.origin}${fetchPath}`,
      actor: JSON.stringify(ACTOR),
      registration,
      activityId: ACTIVITY,
      ...(finish ? { finish } : {}),
      ...(score ? { score } : {}),
    });
    return { url: `${server.origin}${page ?? `/au/${mode}.html`}?${params}`, session };
  }

  return {
    origin: server.origin,
    launch,
    sessions,
    problems,
    registration,
    /** The AU's resume document, as stored. */
    resumeDocument: () =>
      documents.get(
        stateKey(
          new URLSearchParams({
            stateId: 'urn:leadership-3d:resume',
            activityId: ACTIVITY,
            agent: JSON.stringify(ACTOR),
            registration,
          }),
        ),
      ),
    stored: () => [...stored.values()],
    failedStatementRequests: () => failStatements - failuresLeft,
    close: () => server.close(),
  };
}
