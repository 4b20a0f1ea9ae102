import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lazy } from '../../src/internal/lazy.js';
import { Latest } from '../../src/internal/latest.js';

describe('lazy(): one shared load, tried again after a failure', () => {
  it('starts the load on the first call and shares it with every later call', async () => {
    let loads = 0;
    const load = lazy(async () => ++loads);
    const [a, b] = await Promise.all([load(), load()]);
    assert.equal(await load(), 1);
    assert.deepEqual([a, b, loads], [1, 1, 1]);
  });

  it('forgets a failed load, so the next call loads again and can succeed', async () => {
    let calls = 0;
    const load = lazy(async () => {
      calls++;
      if (calls === 1) throw new Error('offline');
      return 'chunk';
    });
    await assert.rejects(load(), /offline/);
    assert.equal(await load(), 'chunk');
    assert.equal(await load(), 'chunk');
    assert.equal(calls, 2);
  });
});

describe('Latest: only the latest request counts', () => {
  it('aborts the request before when a new one starts, and only the new one is latest', () => {
    const latest = new Latest();
    const first = latest.start();
    const second = latest.start();
    assert.equal(first.aborted, true);
    assert.equal(second.aborted, false);
    assert.equal(latest.isLatest(first), false);
    assert.equal(latest.isLatest(second), true);
    assert.equal(latest.pending, true);
  });

  it('finish() accepts only the latest request and then stops being pending', () => {
    const latest = new Latest();
    const stale = latest.start();
    const current = latest.start();
    assert.equal(latest.finish(stale), false);
    assert.equal(latest.pending, true);
    assert.equal(latest.finish(current), true);
    assert.equal(latest.pending, false);
    // once finished, the same request is no longer accepted
    assert.equal(latest.finish(current), false);
  });

  it('cancel() aborts the request under way and makes it stale', () => {
    const latest = new Latest();
    const request = latest.start();
    latest.cancel();
    assert.equal(request.aborted, true);
    assert.equal(latest.isLatest(request), false);
    assert.equal(latest.pending, false);
  });
});
