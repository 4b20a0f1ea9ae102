import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDays, checkPlan, dayValue, defaultDates } from '../../src/schema/plan.js';
import { RESULT_FILE_FORMAT, planInFile } from '../../src/schema/report-inputs.js';
import { calendarText, escapeText, foldLine } from '../../src/internal/calendar.js';
import { instrument } from './helpers.js';

const ids = instrument.facets.map((f) => f.id);
const good = {
  facets: ['listening'],
  why: 'My team waits for me.',
  feedforwardFrom: 'Ana',
  experiment: 'Ask one question before answering.',
  start: '2026-12-05',
  review: '2027-01-02',
  retest: '2027-03-05',
  createdAt: '2026-12-05T10:00:00.000Z',
};
const codes = (data: unknown, today?: string) => {
  const r = checkPlan(data, ids, today);
  return r.ok ? [] : r.problems.map((p) => `${p.field}:${p.code}`);
};

describe('checkPlan', () => {
  it('accepts a plan and returns a copy with only its fields', () => {
    const r = checkPlan({ ...good, extra: '<b>' }, ids, '2026-12-05');
    assert.ok(r.ok);
    assert.deepEqual(r.plan, good);
  });
  it('names dates out of order, and a retest before today only when today is given', () => {
    assert.deepEqual(codes({ ...good, review: '2026-12-01' }), ['review:review-before-start']);
    assert.deepEqual(codes({ ...good, retest: '2026-12-20' }), ['retest:retest-before-review']);
    assert.deepEqual(codes(good, '2027-03-06'), ['retest:retest-past']);
    assert.deepEqual(codes(good, '2027-03-05'), []);
  });
  it('refuses 0 or 3 facets, unknown or repeated ones', () => {
    assert.deepEqual(codes({ ...good, facets: [] }), ['facets:facet-count']);
    assert.deepEqual(codes({ ...good, facets: ids.slice(0, 3) }), ['facets:facet-count']);
    assert.deepEqual(codes({ ...good, facets: ['nope'] }), ['facets:facet-unknown']);
    assert.deepEqual(codes({ ...good, facets: ['listening', 'listening'] }), [
      'facets:facet-unknown',
    ]);
  });
  it('refuses over-long text, control characters, an empty experiment and bad dates', () => {
    assert.deepEqual(codes({ ...good, why: 'x'.repeat(1001) }), ['why:too-long']);
    assert.deepEqual(codes({ ...good, why: 'x'.repeat(1000) }), []);
    assert.deepEqual(codes({ ...good, feedforwardFrom: 'x'.repeat(201) }), [
      'feedforwardFrom:too-long',
    ]);
    assert.deepEqual(codes({ ...good, experiment: 'a\u0007b' }), ['experiment:control-characters']);
    assert.deepEqual(codes({ ...good, experiment: 'line one\nline two\ttab' }), []);
    assert.deepEqual(codes({ ...good, experiment: '  ' }), ['experiment:missing']);
    assert.deepEqual(codes({ ...good, start: '2026-02-30' }), ['start:date-invalid']);
    assert.deepEqual(codes({ ...good, start: 20261205 }), ['start:date-invalid']);
  });
  it('never throws on data that is not a plan', () => {
    for (const data of [null, 'plan', [], 5]) assert.equal(checkPlan(data, ids).ok, false);
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('no');
        },
      },
    );
    assert.equal(checkPlan(hostile, ids).ok, false);
  });
});

describe('plan dates', () => {
  it('defaults review to 28 days and retest to 90 days after the start', () => {
    assert.deepEqual(defaultDates('2026-12-05'), {
      start: '2026-12-05',
      review: '2027-01-02',
      retest: '2027-03-05',
    });
    assert.equal(addDays('2028-02-28', 1), '2028-02-29');
    assert.ok(Number.isNaN(dayValue('2026-13-01')));
  });
});

describe('calendar (RFC 5545)', () => {
  it('escapes backslash, semicolon, comma and newlines in TEXT', () => {
    assert.equal(escapeText('a\\b;c,d\ne\r\nf'), 'a\\\\b\\;c\\,d\\ne\\nf');
  });
  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const line = `DESCRIPTION:${'é'.repeat(100)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    for (const part of parts) assert.ok(Buffer.byteLength(part) <= 75, part);
    assert.equal(parts.map((p, i) => (i ? p.slice(1) : p)).join(''), line);
    assert.ok(parts.slice(1).every((p) => p.startsWith(' ')));
  });
  it('writes two all-day events with CRLF lines, DTEND the next day and a UTC DTSTAMP', () => {
    const text = calendarText(
      [
        { uid: 'a@x', day: '2027-01-02', summary: 'Review; now', description: 'x,y\nz' },
        { uid: 'b@x', day: '2027-12-31', summary: 'Retest', description: '' },
      ],
      new Date('2026-12-05T10:11:12.345Z'),
    );
    assert.ok(text.endsWith('\r\n'));
    assert.ok(!/[^\r]\n/.test(text), 'every line ends in CRLF');
    const lines = text.split('\r\n');
    for (const l of ['BEGIN:VCALENDAR', 'VERSION:2.0', 'END:VCALENDAR'])
      assert.ok(lines.includes(l), l);
    assert.ok(lines.some((l) => l.startsWith('PRODID:')));
    assert.equal(lines.filter((l) => l === 'BEGIN:VEVENT').length, 2);
    assert.ok(lines.includes('DTSTART;VALUE=DATE:20270102'));
    assert.ok(lines.includes('DTEND;VALUE=DATE:20270103'));
    assert.ok(lines.includes('DTEND;VALUE=DATE:20280101'));
    assert.ok(lines.includes('DTSTAMP:20261205T101112Z'));
    assert.ok(lines.includes('SUMMARY:Review\\; now'));
    assert.ok(lines.includes('DESCRIPTION:x\\,y\\nz'));
  });
});

describe('planInFile', () => {
  it('reads the plan beside the result, and leaves a bad one out with a sentence', () => {
    assert.deepEqual(
      planInFile({ format: RESULT_FILE_FORMAT, result: {}, plan: good }, instrument),
      {
        plan: good,
      },
    );
    assert.deepEqual(planInFile({ format: RESULT_FILE_FORMAT, result: {} }, instrument), {
      plan: null,
    });
    const bad = planInFile(
      { format: RESULT_FILE_FORMAT, result: {}, plan: { ...good, retest: '2020-01-01' } },
      instrument,
    );
    assert.equal(bad.plan, null);
    assert.match(bad.problem ?? '', /development plan.*retest/);
  });
});
