// A loopback LRS for the browser tests, run by the test runner (Node): it validates every posted
// statement with xapi-validation, stores each statement id once, and can fail the first requests.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';

const validate = createRequire(import.meta.url)('xapi-validation').default;

/** Starts a stub on 127.0.0.1 (random port). `mode`: `fail-first` (503 × failFirst) or `reject` (400). */
export function startLrs({ failFirst = 0, mode = 'fail-first' } = {}) {
  const state = { requests: [], stored: new Map(), duplicates: 0, invalid: [] };
  const cors = {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Headers': 'Content-Type, Authorization, X-Experience-API-Version',
    'Access-Control-Allow-Methods': 'POST, OPTIONS',
  };
  const server = createServer((req, res) => {
    if (req.method === 'OPTIONS') return res.writeHead(204, cors).end();
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const statements = JSON.parse(body);
      state.requests.push({
        path: req.url,
        auth: req.headers.authorization ?? null,
        version: req.headers['x-experience-api-version'] ?? null,
        ids: statements.map((s) => s.id),
      });
      if (mode === 'reject') return res.writeHead(400, cors).end('{"message":"rejected"}');
      if (state.requests.length <= failFirst) return res.writeHead(503, cors).end();
      for (const s of statements) {
        const warnings = validate(s);
        if (warnings.length)
          state.invalid.push({ id: s.id, warnings: warnings.map((w) => w.path.join('.')) });
        if (state.stored.has(s.id)) state.duplicates++;
        else state.stored.set(s.id, s);
      }
      res
        .writeHead(200, { ...cors, 'Content-Type': 'application/json' })
        .end(JSON.stringify(statements.map((s) => s.id)));
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, state, url: `http://127.0.0.1:${server.address().port}/xapi` }),
    ),
  );
}

/** A test-runner plugin: `lrs-start` ({ failFirst, mode }) → { url }; `lrs-records` → what the stub saw. */
export function lrsStubPlugin() {
  let current;
  return {
    name: 'lrs-stub',
    async executeCommand({ command, payload }) {
      if (command === 'lrs-start') {
        current?.server.close();
        current = await startLrs(payload ?? {});
        return { url: current.url };
      }
      if (command === 'lrs-records') {
        const { requests, stored, duplicates, invalid } = current.state;
        return { requests, storedIds: [...stored.keys()], duplicates, invalid };
      }
      if (command === 'lrs-stop') {
        current?.server.close();
        current = undefined;
        return true;
      }
      return undefined;
    },
  };
}
