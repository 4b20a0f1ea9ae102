// xAPI: statements as l3d-xapi events, and sent to a loopback LRS (test/support/lrs-stub.mjs,
// run by the test runner on 127.0.0.1) that validates each with xapi-validation.
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { XapiStatement } from '../../src/lms/xapi.js';
import {
  answerPage,
  clearStorage,
  clickStart,
  details,
  mountRecorded,
} from '../fixtures/widget.js';

interface Records {
  requests: { path: string; auth: string | null; version: string | null; ids: string[] }[];
  storedIds: string[];
  duplicates: number;
  invalid: unknown[];
}
const records = () => executeServerCommand<Records, undefined>('lrs-records');

/** Mounts a widget, collecting its l3d-xapi statements from the start. */
async function mountWithStatements(
  attributes: Record<string, string>,
  setup?: (el: HTMLElement) => void,
) {
  const statements: XapiStatement[] = [];
  const mounted = await mountRecorded(attributes);
  setup?.(mounted.el);
  mounted.el.addEventListener('l3d-xapi', (e) => statements.push(e.detail));
  return { ...mounted, statements };
}

describe('xAPI', () => {
  beforeEach(clearStorage);
  afterEach(async () => {
    clearStorage();
    await executeServerCommand('lrs-stop');
  });

  it('fires initialized and one answered statement per answer as l3d-xapi events, without any endpoint, and sends nothing', async () => {
    // Every request the page makes from here on (fetch, XHR, beacon) shows up as a resource entry.
    const requests: string[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceResourceTiming[])
        if (['fetch', 'xmlhttprequest', 'beacon'].includes(entry.initiatorType))
          requests.push(`${entry.initiatorType} ${entry.name}`);
    });
    observer.observe({ type: 'resource', buffered: false });
    const { el, statements } = await mountWithStatements({});
    await clickStart(el);
    await answerPage(el);
    await waitUntil(() => statements.length === 9, `got ${statements.length} statements`, {
      timeout: 3000,
    });
    expect(statements.map((s) => s.verb.id.split('/').pop())).to.deep.equal([
      'initialized',
      ...Array(8).fill('answered'),
    ]);
    expect(new Set(statements.map((s) => s.context.registration)).size).to.equal(1);
    expect(el.pendingStatements).to.deep.equal([]);
    // longer than the sender's 1 s batching delay, had there been an endpoint
    await new Promise((resolve) => setTimeout(resolve, 1500));
    document.dispatchEvent(new Event('visibilitychange'));
    observer.disconnect();
    expect(requests).to.deep.equal([]);
  });

  it('posts batches to the LRS, retries after 503s with the same ids, and stores each statement once', async function () {
    this.timeout(20_000);
    const { url } = await executeServerCommand<{ url: string }, object>('lrs-start', {
      failFirst: 2,
    });
    const { el, statements } = await mountWithStatements({ 'xapi-endpoint': url }, (w) => {
      (w as HTMLElement & { xapiAuth: () => string }).xapiAuth = () => 'Basic dGVzdDp0ZXN0';
    });
    await clickStart(el);
    await answerPage(el);
    await waitUntil(
      async () => (await records()).storedIds.length === 9,
      'the LRS did not store 9 statements',
      { timeout: 15_000, interval: 200 },
    );
    const seen = await records();
    expect(seen.requests).to.have.length(3);
    expect(seen.requests[0]!.ids).to.deep.equal(
      seen.requests[2]!.ids,
      'a retry resends the same statement ids',
    );
    expect(
      seen.requests.every(
        (r) =>
          r.path === '/xapi/statements' && r.auth === 'Basic dGVzdDp0ZXN0' && r.version === '1.0.3',
      ),
    ).to.equal(true);
    expect(seen.duplicates).to.equal(0);
    expect(seen.invalid).to.deep.equal([]);
    expect([...seen.storedIds].sort()).to.deep.equal(statements.map((s) => s.id).sort());
    expect(el.pendingStatements).to.deep.equal([]);
  });

  it('an LRS that answers 400 is not retried; the statements are kept for the host and xapi-send-failed fires', async function () {
    this.timeout(20_000);
    const { url } = await executeServerCommand<{ url: string }, object>('lrs-start', {
      mode: 'reject',
    });
    const { el, events, statements } = await mountWithStatements({ 'xapi-endpoint': url });
    await clickStart(el);
    await answerPage(el);
    await waitUntil(() => details(events, 'l3d-error').length > 0, 'no l3d-error', {
      timeout: 5000,
    });
    expect(details(events, 'l3d-error').map((d) => (d as { code: string }).code)).to.deep.equal([
      'xapi-send-failed',
    ]);
    await new Promise((r) => setTimeout(r, 2500)); // longer than the first backoff
    expect((await records()).requests).to.have.length(1);
    expect(el.pendingStatements.map((s) => s.id)).to.deep.equal(statements.map((s) => s.id));
  });
});
