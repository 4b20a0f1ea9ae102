import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findScormApi, type WindowLike } from '../../../src/lms/scorm-api.js';

const api12 = () => ({
  LMSInitialize: () => 'true',
  LMSFinish: () => 'true',
  LMSGetValue: () => '',
  LMSSetValue: () => 'true',
  LMSCommit: () => 'true',
  LMSGetLastError: () => '0',
  LMSGetErrorString: () => '',
});
const api2004 = () => ({
  Initialize: () => 'true',
  Terminate: () => 'true',
  GetValue: () => '',
  SetValue: () => 'true',
  Commit: () => 'true',
  GetLastError: () => '0',
  GetErrorString: () => '',
});

type Win = WindowLike & Record<string, unknown>;
/** A window whose parent is `parent` (or itself at the top), with extra properties. */
function win(parent: Win | null, extra: Record<string, unknown> = {}): Win {
  const w: Win = { ...extra } as Win;
  Object.defineProperty(w, 'parent', { value: parent ?? w });
  return w;
}
/** A cross-origin window: reading anything but parent/opener throws like a SecurityError. */
function crossOrigin(parent: Win | null): Win {
  const target = {} as Win;
  return new Proxy(target, {
    get(_t, key) {
      if (key === 'parent') return parent ?? undefined;
      throw new Error('SecurityError: Blocked a frame with origin');
    },
  });
}

describe('SCORM API discovery', () => {
  it('finds API on the window itself', () => {
    const api = api12();
    const found = findScormApi(win(null, { API: api }));
    assert.equal(found?.version, '1.2');
    assert.equal(found?.api, api);
  });

  it('climbs the parent chain and prefers 2004 when both exist', () => {
    const top = win(null, { API: api12(), API_1484_11: api2004() });
    const frame = win(win(top));
    assert.equal(findScormApi(frame)?.version, '2004');
  });

  it('stops after maxParents levels (default 7)', () => {
    let w = win(null, { API: api12() });
    for (let i = 0; i < 8; i++) w = win(w);
    assert.equal(findScormApi(w), null);
    assert.equal(findScormApi(w, { maxParents: 8 })?.version, '1.2');
  });

  it('goes on past a cross-origin ancestor that throws on access', () => {
    const top = win(null, { API: api12() });
    const frame = win(crossOrigin(top));
    assert.equal(findScormApi(frame)?.version, '1.2');
    // nothing found anywhere: null, no exception
    assert.equal(findScormApi(win(crossOrigin(null))), null);
  });

  it('looks in the opener (a course in a pop-up) after the own chain', () => {
    const lms = win(null, { API_1484_11: api2004() });
    const popup = win(null, { opener: lms });
    assert.equal(findScormApi(popup)?.version, '2004');
  });

  it('ignores objects that are not a complete API', () => {
    assert.equal(findScormApi(win(null, { API: { LMSInitialize: () => 'true' } })), null);
    assert.equal(findScormApi(win(null, { API_1484_11: 'yes' })), null);
  });
});
