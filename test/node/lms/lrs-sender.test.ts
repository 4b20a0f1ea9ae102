import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LrsSender } from '../../../src/lms/lrs-sender.js';
import type { XapiStatement } from '../../../src/lms/xapi.js';

const statement = (n: number): XapiStatement => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  actor: { account: { homePage: 'https://example.com', name: 'a' } },
  verb: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
  object: { objectType: 'Activity', id: `urn:x:${n}` },
  context: { registration: '00000000-0000-4000-8000-000000000000', platform: 'test' },
  timestamp: '2026-01-01T00:00:00.000Z',
});

/** A fake LRS: answers with the given statuses in turn (then 200) and records every request. */
function fakeLrs(statuses: number[]) {
  const requests: { url: string; init: RequestInit; ids: string[] }[] = [];
  const fetch = async (url: string, init: RequestInit) => {
    requests.push({
      url,
      init,
      ids: (JSON.parse(String(init.body)) as XapiStatement[]).map((s) => s.id),
    });
    const status = statuses.shift() ?? 200;
    if (status === 0) throw new TypeError('Failed to fetch');
    return { ok: status >= 200 && status < 300, status };
  };
  return { fetch, requests };
}

/** Manual timers: `run()` fires the scheduled callbacks in order. */
function fakeTimers() {
  const pending: { run: () => void; ms: number }[] = [];
  return {
    pending,
    setTimeout: (run: () => void, ms: number) => pending.push({ run, ms }),
    clearTimeout: () => pending.splice(0),
    async next() {
      const t = pending.shift();
      assert.ok(t, 'a timer was scheduled');
      t.run();
      await new Promise((r) => setImmediate(r));
      return t.ms;
    },
  };
}

describe('LrsSender', () => {
  it('batches, posts to <endpoint>/statements with the xAPI headers and the auth value', async () => {
    const lrs = fakeLrs([]);
    const timers = fakeTimers();
    const sender = new LrsSender({
      endpoint: 'https://lrs.example/xapi/',
      auth: async () => 'Basic abc',
      fetch: lrs.fetch,
      ...timers,
      batchSize: 3,
    });
    sender.enqueue(statement(1));
    sender.enqueue(statement(2));
    assert.equal(lrs.requests.length, 0, 'waits for more');
    sender.enqueue(statement(3));
    await new Promise((r) => setImmediate(r));
    assert.equal(lrs.requests.length, 1);
    const [req] = lrs.requests;
    assert.equal(req!.url, 'https://lrs.example/xapi/statements');
    assert.deepEqual(req!.ids, [statement(1).id, statement(2).id, statement(3).id]);
    const headers = req!.init.headers as Record<string, string>;
    assert.equal(headers.Authorization, 'Basic abc');
    assert.equal(headers['X-Experience-API-Version'], '1.0.3');
    assert.equal(req!.init.credentials, 'omit');
    assert.deepEqual(sender.pending, []);
  });

  it('retries 5xx and network errors with backoff, resending the same ids', async () => {
    const lrs = fakeLrs([503, 0, 200]);
    const timers = fakeTimers();
    const sender = new LrsSender({
      endpoint: 'https://lrs.example/xapi',
      fetch: lrs.fetch,
      ...timers,
    });
    sender.enqueue(statement(1));
    assert.equal(await timers.next(), 1000); // the batching delay
    assert.equal(await timers.next(), 1000); // after the 503
    assert.equal(await timers.next(), 2000); // after the network error
    assert.equal(lrs.requests.length, 3);
    assert.deepEqual(
      lrs.requests.map((r) => r.ids[0]),
      [statement(1).id, statement(1).id, statement(1).id],
    );
    assert.deepEqual(sender.pending, []);
    assert.equal(timers.pending.length, 0);
  });

  it('does not retry a 4xx: the statements are kept for the host and reported once', async () => {
    const lrs = fakeLrs([400]);
    const timers = fakeTimers();
    const failures: number[] = [];
    const sender = new LrsSender({
      endpoint: 'https://lrs.example/xapi',
      fetch: lrs.fetch,
      ...timers,
      onFailure: (_s, status) => failures.push(status),
    });
    sender.enqueue(statement(1));
    await timers.next();
    assert.equal(lrs.requests.length, 1);
    assert.equal(timers.pending.length, 0, 'no retry scheduled');
    assert.deepEqual(failures, [400]);
    assert.deepEqual(
      sender.rejected.map((s) => s.id),
      [statement(1).id],
    );
    assert.deepEqual(
      sender.pending.map((s) => s.id),
      [statement(1).id],
    );
  });

  it('gives up after maxAttempts failures and keeps the statements', async () => {
    const lrs = fakeLrs([500, 500, 500]);
    const timers = fakeTimers();
    const sender = new LrsSender({
      endpoint: 'https://lrs.example/xapi',
      fetch: lrs.fetch,
      ...timers,
      maxAttempts: 3,
    });
    sender.enqueue(statement(1));
    await timers.next();
    await timers.next();
    await timers.next();
    assert.equal(lrs.requests.length, 3);
    assert.equal(timers.pending.length, 0);
    assert.equal(sender.rejected.length, 1);
  });

  it('flushes with keepalive at once, all requests together under 64 KiB of UTF-8', async () => {
    // The LRS failed once, so everything since waits in the queue when the page is hidden.
    const lrs = fakeLrs([503]);
    const timers = fakeTimers();
    const sender = new LrsSender({
      endpoint: 'https://lrs.example/xapi',
      fetch: lrs.fetch,
      ...timers,
      batchSize: 20,
    });
    // Arabic text: two bytes per character, so counting characters would overshoot the limit
    const big = (n: number): XapiStatement => ({
      ...statement(n),
      result: { response: 'ع'.repeat(1000) },
    });
    for (let n = 0; n < 100; n++) {
      sender.enqueue(big(n));
      await new Promise((r) => setImmediate(r));
    }
    assert.equal(lrs.requests.length, 1, 'the first batch, refused with 503');
    await sender.flush({ keepalive: true });
    const keepalive = lrs.requests.slice(1);
    assert.ok(keepalive.length >= 2, 'several batches');
    const bytes = keepalive.reduce(
      (sum, r) => sum + new TextEncoder().encode(String(r.init.body)).length,
      0,
    );
    assert.ok(bytes <= 64 * 1024, `${bytes} bytes in flight together`);
    for (const r of keepalive) assert.equal(r.init.keepalive, true);
    const sent = keepalive.flatMap((r) => r.ids);
    assert.equal(new Set(sent).size, sent.length, 'no statement sent twice');
    // what did not fit stays queued for when the page comes back, in order
    assert.equal(sent.length + sender.pending.length, 100);
    assert.deepEqual(
      sender.pending.map((s) => s.id),
      Array.from({ length: 100 - sent.length }, (_, i) => statement(sent.length + i).id),
    );
  });

  it('keeps the backoff when new statements arrive during an LRS outage', async () => {
    const lrs = fakeLrs([503, 503, 200]);
    const timers = fakeTimers();
    const sender = new LrsSender({
      endpoint: 'https://lrs.example/xapi',
      fetch: lrs.fetch,
      ...timers,
      batchSize: 2,
    });
    sender.enqueue(statement(1));
    assert.equal(await timers.next(), 1000); // batching delay, then a 503
    // a full batch arriving now must not be posted before the backoff is over
    sender.enqueue(statement(2));
    sender.enqueue(statement(3));
    assert.equal(lrs.requests.length, 1);
    assert.deepEqual(
      timers.pending.map((t) => t.ms),
      [1000],
    );
    assert.equal(await timers.next(), 1000); // the retry, another 503
    assert.equal(await timers.next(), 2000); // the next retry succeeds and sends the rest
    assert.equal(lrs.requests.length, 4);
    assert.deepEqual(sender.pending, []);
    assert.equal(sender.rejected.length, 0);
  });
});

describe('LrsSender and HTTP 409', () => {
  it('a 409 on a first attempt is a refusal: kept and reported', async () => {
    const lrs = fakeLrs([409]);
    const failures: number[] = [];
    const sender = new LrsSender({
      endpoint: 'https://lrs.example/xapi',
      fetch: lrs.fetch,
      ...fakeTimers(),
      onFailure: (_, status) => failures.push(status),
    });
    sender.enqueue(statement(1));
    await sender.flush();
    assert.deepEqual(failures, [409]);
    assert.deepEqual(
      sender.rejected.map((s) => s.id),
      [statement(1).id],
    );
  });

  it('a 409 on a retry means the earlier attempt was stored; statements new to the batch go again', async () => {
    // The first request reached the LRS but its answer was lost; the retry carries a statement
    // that arrived meanwhile, and the LRS refuses the whole batch with 409.
    const lrs = fakeLrs([0, 409]);
    const timers = fakeTimers();
    const sent: string[] = [];
    const failures: number[] = [];
    const sender = new LrsSender({
      endpoint: 'https://lrs.example/xapi',
      fetch: lrs.fetch,
      ...timers,
      onSent: (batch) => sent.push(...batch.map((s) => s.id)),
      onFailure: (_, status) => failures.push(status),
    });
    sender.enqueue(statement(1));
    await sender.flush(); // network error: retry scheduled
    sender.enqueue(statement(2));
    assert.equal(await timers.next(), 1000); // retry: 409, then statement 2 alone: 200
    assert.deepEqual(
      lrs.requests.map((r) => r.ids),
      [[statement(1).id], [statement(1).id, statement(2).id], [statement(2).id]],
    );
    assert.deepEqual(sent, [statement(1).id, statement(2).id]);
    assert.deepEqual(failures, []);
    assert.deepEqual(sender.pending, []);
  });

  it('a statement that was never tried before is still refused by a 409 after a retry', async () => {
    const lrs = fakeLrs([503, 409, 409]);
    const timers = fakeTimers();
    const failures: string[][] = [];
    const sender = new LrsSender({
      endpoint: 'https://lrs.example/xapi',
      fetch: lrs.fetch,
      ...timers,
      onFailure: (batch) => failures.push(batch.map((s) => s.id)),
    });
    sender.enqueue(statement(1));
    await sender.flush();
    sender.enqueue(statement(2));
    await timers.next();
    assert.deepEqual(failures, [[statement(2).id]]);
    assert.deepEqual(
      sender.rejected.map((s) => s.id),
      [statement(2).id],
    );
  });
});

describe('LrsSender.close', () => {
  it('hands back what was not sent and sends nothing afterwards', async () => {
    const lrs = fakeLrs([]);
    const timers = fakeTimers();
    const sender = new LrsSender({
      endpoint: 'https://old.example/xapi',
      fetch: lrs.fetch,
      ...timers,
    });
    sender.enqueue(statement(1));
    sender.enqueue(statement(2));
    const left = sender.close();
    assert.deepEqual(
      left.map((s) => s.id),
      [statement(1).id, statement(2).id],
    );
    assert.equal(timers.pending.length, 0, 'its timer is cancelled');
    sender.enqueue(statement(3));
    await sender.flush();
    await sender.flush({ keepalive: true });
    assert.equal(lrs.requests.length, 0);
    assert.deepEqual(sender.pending, []);
  });
});
