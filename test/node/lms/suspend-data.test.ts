import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { instrument } from '../../../src/scoring/builtin-instrument.js';
import type { Answer } from '../../../src/scoring/index.js';
import { NONCE_LIMIT } from '../../../src/scoring/codes.js';
import {
  decodeSuspendData,
  encodeSuspendData,
  type SuspendState,
} from '../../../src/lms/suspend-data.js';

const full = (): SuspendState => ({
  answers: Object.fromEntries(
    instrument.items.map((item, i) => [item.id, ((i % 5) + 1) as Answer]),
  ),
  // realistic worst case: several minutes on every item
  timings: Object.fromEntries(instrument.items.map((item, i) => [item.id, 600_000 + i * 12_345])),
  page: 5,
  status: 'review',
});

describe('suspend_data codec', () => {
  it('a full 48-answer snapshot with timings fits SCORM 1.2 (4,096 characters) and round-trips', () => {
    const state = full();
    const encoded = encodeSuspendData(state, instrument, 'self', 4096);
    assert.ok(encoded.ok);
    const json = JSON.stringify(state);
    console.log(
      `suspend_data for 48 answers with timings: ${encoded.value.length} characters (JSON: ${json.length})`,
    );
    assert.ok(encoded.value.length < 400, `${encoded.value.length} characters`);
    assert.match(encoded.value, /^[\x20-\x7e]+$/);
    const decoded = decodeSuspendData(encoded.value, instrument, 'self');
    assert.equal(decoded.kind, 'ok');
    if (decoded.kind !== 'ok') return;
    assert.deepEqual(decoded.state.answers, state.answers);
    assert.equal(decoded.state.page, 5);
    assert.equal(decoded.state.status, 'review');
    // timings are kept to a tenth of a second
    for (const [id, ms] of Object.entries(state.timings))
      assert.ok(Math.abs(decoded.state.timings[id]! - ms) <= 50, id);
  });

  it('keeps unanswered and "not observed" apart (observer form)', () => {
    const [a, b] = instrument.items;
    const state: SuspendState = {
      answers: { [a!.id]: null, [b!.id]: 3 },
      timings: {},
      page: 0,
      status: 'questions',
    };
    const encoded = encodeSuspendData(state, instrument, 'observer', 4096);
    assert.ok(encoded.ok);
    const decoded = decodeSuspendData(encoded.value, instrument, 'observer');
    assert.deepEqual(decoded.kind === 'ok' && decoded.state.answers, { [a!.id]: null, [b!.id]: 3 });
  });

  it("keeps an observer's group and response-code nonce, also when timings are dropped", () => {
    for (const [group, nonce] of [
      ['manager', 0],
      ['peer', 12_345],
      ['direct-report', NONCE_LIMIT - 1],
      ['other', 1],
      [null, 77],
    ] as const) {
      const state: SuspendState = { ...full(), status: 'report', group, nonce };
      for (const limit of [4096, 160]) {
        const encoded = encodeSuspendData(state, instrument, 'observer', limit);
        assert.ok(encoded.ok && encoded.value.length <= limit);
        const decoded = decodeSuspendData(encoded.value, instrument, 'observer');
        assert.equal(decoded.kind, 'ok');
        if (decoded.kind !== 'ok') return;
        assert.equal(decoded.state.group, group);
        assert.equal(decoded.state.nonce, nonce);
        assert.deepEqual(decoded.state.answers, state.answers);
      }
    }
    // the self form writes neither
    const self = encodeSuspendData(
      { ...full(), group: 'peer', nonce: 9 },
      instrument,
      'self',
      4096,
    );
    assert.ok(self.ok && self.value.split(';').length === 9);
  });

  it('decodes observer data written before raters chose a group: no group, no nonce', () => {
    const encoded = encodeSuspendData(full(), instrument, 'observer', 4096);
    assert.ok(encoded.ok);
    const old = encoded.value.split(';').slice(0, 9).join(';');
    const decoded = decodeSuspendData(old, instrument, 'observer');
    assert.equal(decoded.kind, 'ok');
    assert.ok(decoded.kind === 'ok' && !('group' in decoded.state) && !('nonce' in decoded.state));
  });

  it('refuses a bad group or nonce, and rater fields in a self form', () => {
    const encoded = encodeSuspendData(
      { ...full(), group: 'peer', nonce: 5 },
      instrument,
      'observer',
      4096,
    );
    assert.ok(encoded.ok);
    const head = encoded.value.split(';').slice(0, 9).join(';');
    const selfHead = head.replace(';o;', ';s;');
    for (const [name, data, form] of [
      ['unknown group', `${head};x;5`, 'observer'],
      ['inherited name as group', `${head};toString;5`, 'observer'],
      ['nonce too large', `${head};p;${NONCE_LIMIT.toString(36)}`, 'observer'],
      ['nonce not a number', `${head};p;-1`, 'observer'],
      ['rater fields in a self form', `${selfHead};p;5`, 'self'],
    ] as const)
      assert.equal(decodeSuspendData(data, instrument, form).kind, 'invalid', name);
  });

  it('drops timings, then refuses, when the limit is too small', () => {
    const withTimings = encodeSuspendData(full(), instrument, 'self', 4096);
    assert.ok(withTimings.ok);
    const lean = encodeSuspendData(full(), instrument, 'self', 120);
    assert.ok(lean.ok && lean.value.length <= 120 && lean.value.endsWith(';'));
    assert.equal(encodeSuspendData(full(), instrument, 'self', 20).ok, false);
  });

  it('refuses data of another instrument, version, form or item list, and anything malformed, as a whole', () => {
    const good = encodeSuspendData(full(), instrument, 'self', 4096);
    assert.ok(good.ok);
    const other = { ...instrument, version: '3.0.0' };
    const reordered = { ...instrument, items: [...instrument.items].reverse() };
    const cases: [string, ReturnType<typeof decodeSuspendData>][] = [
      ['version', decodeSuspendData(good.value, other, 'self')],
      ['form', decodeSuspendData(good.value, instrument, 'observer')],
      ['items', decodeSuspendData(good.value, reordered, 'self')],
      ['json', decodeSuspendData('{"answers":{}}', instrument, 'self')],
      ['truncated', decodeSuspendData(good.value.slice(0, 60), instrument, 'self')],
      [
        'bad answer',
        decodeSuspendData(
          good.value.replace(/;[1-5]{48};/, `;x${'1'.repeat(47)};`),
          instrument,
          'self',
        ),
      ],
      [
        'not observed in self',
        decodeSuspendData(good.value.replace(/;([1-5])([1-5]{47});/, ';n$2;'), instrument, 'self'),
      ],
    ];
    for (const [name, result] of cases) assert.equal(result.kind, 'invalid', name);
    assert.deepEqual(decodeSuspendData('', instrument, 'self'), { kind: 'empty' });
  });
});
