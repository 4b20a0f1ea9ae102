import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isoDuration, scorm12Duration } from '../../../src/lms/time.js';

describe('session time formats', () => {
  it('SCORM 1.2 CMITimespan is HHHH:MM:SS.SS', () => {
    assert.equal(scorm12Duration(0), '0000:00:00.00');
    assert.equal(scorm12Duration(3_723_400), '0001:02:03.40');
    assert.equal(scorm12Duration(59_990), '0000:00:59.99');
    assert.equal(scorm12Duration(-5), '0000:00:00.00');
    assert.equal(scorm12Duration(1e12), '9999:59:59.99');
    assert.match(scorm12Duration(12_345_678), /^\d{4}:[0-5]\d:[0-5]\d\.\d{2}$/);
  });

  it('SCORM 2004 / xAPI durations are ISO 8601 with at most 2 decimals of seconds', () => {
    assert.equal(isoDuration(0), 'PT0S');
    assert.equal(isoDuration(3_723_400), 'PT1H2M3.4S');
    assert.equal(isoDuration(3_600_000), 'PT1H');
    assert.equal(isoDuration(61_000), 'PT1M1S');
    assert.equal(isoDuration(1234), 'PT1.23S');
    assert.equal(isoDuration(Number.NaN), 'PT0S');
  });
});
