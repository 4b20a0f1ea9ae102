// The 360° demo's sample data (demo/samples/360.json, written by scripts/make-360-samples.mjs)
// must stay usable with the current instrument: when the instrument or the code format changes,
// this fails until the samples are made again.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { decodeResponseCode, encodeResponseCode } from '../../src/scoring/codes.js';
import { score360, type RaterGroup } from '../../src/scoring/index.js';
import { parseNorms, parseResultFile } from '../../src/schema/report-inputs.js';
import { instrument } from './helpers.js';

const root = resolve(import.meta.dirname, '../../..');
const samples = JSON.parse(readFileSync(resolve(root, 'demo/samples/360.json'), 'utf8')) as {
  instrument: { id: string; version: string };
  self: unknown;
  previous: unknown;
  raters: { group: RaterGroup; nonce: number; code: string }[];
  norms: unknown;
};

describe('the 360 demo samples', () => {
  it('are for the current instrument and version', () => {
    assert.deepEqual(samples.instrument, { id: instrument.id, version: instrument.version });
  });

  it('hold six codes that decode, each to its group, and encode back to themselves', () => {
    assert.equal(samples.raters.length, 6);
    for (const { group, nonce, code } of samples.raters) {
      const decoded = decodeResponseCode(code, { instrument });
      assert.equal(decoded.code, code);
      assert.equal(decoded.responses.group, group);
      assert.equal(encodeResponseCode(decoded.responses, { instrument, nonce }), code);
    }
    assert.equal(new Set(samples.raters.map((r) => r.code)).size, 6);
  });

  it('hold a self and an earlier result the 360 view accepts, and valid norms', () => {
    for (const file of [samples.self, samples.previous]) {
      const parsed = parseResultFile(file, instrument);
      assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.issues));
      assert.equal(parsed.value.form, 'self');
    }
    assert.ok(parseNorms(samples.norms, instrument).ok);
  });

  it('show a hidden group of 2 and a pooled all-others of 5 besides the manager', () => {
    const self = (samples.self as { result: Parameters<typeof score360>[0] }).result;
    const raters = samples.raters.map((r) => decodeResponseCode(r.code, { instrument }).responses);
    const report = score360(self, raters, { instrument });
    assert.equal(report.groups['direct-report'].hidden, 'anonymity');
    assert.equal(report.groups.peer.hidden, undefined);
    assert.equal(report.others.raters, 6);
    assert.equal(typeof report.others.dimensions.technical, 'number');
  });
});
