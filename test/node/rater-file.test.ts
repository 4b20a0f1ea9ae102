// Issue 17: a rater's download file read by the 360 view, and the comment rules both ends share.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { encodeResponseCode } from '../../src/scoring/codes.js';
import { readRaterFile, shownName } from '../../src/internal/rater-file.js';
import { MAX_COMMENT_LENGTH, answered, commentProblem } from '../../src/internal/rater-comments.js';
import { MAX_COMMENT_LENGTH as FROM_VIEW } from '../../src/internal/view360.js';
import { instrument, rater } from './helpers.js';

const responses = () => rater('peer', { technical: [4, 2], relational: [3, 3], business: [5, 1] });
const file = (extra: Record<string, unknown> = {}, nonce = 7) => {
  const r = responses();
  return {
    format: 'leadership-3d-rater-response',
    formatVersion: 1,
    code: encodeResponseCode(r, { nonce }),
    responses: r,
    ...extra,
  };
};
const read = (data: unknown, name = 'r.json') =>
  readRaterFile(name, typeof data === 'string' ? data : JSON.stringify(data), instrument);
const keys = (result: ReturnType<typeof read>) =>
  result.ok ? result.value.dropped.map((p) => p.key) : result.problems.map((p) => p.key);

describe('rater comments: the shared rule', () => {
  it('500 UTF-16 units at most, text only, line breaks and tabs allowed, other controls not', () => {
    assert.equal(MAX_COMMENT_LENGTH, 500);
    assert.equal(FROM_VIEW, 500, 'view360 re-exports the same constant');
    assert.equal(commentProblem('a'.repeat(500)), null);
    assert.equal(commentProblem('a'.repeat(501)), 'too-long');
    assert.equal(commentProblem('one\ntwo\r\nthree\tfour'), null);
    for (const control of ['\u0000', '\u0007', '\u000b', '\u001b', '\u007f', '\u0085'])
      assert.equal(commentProblem(`a${control}b`), 'control', JSON.stringify(control));
    assert.equal(commentProblem(42), 'type');
    assert.equal(commentProblem('مرحبا <b>'), null);
  });

  it('answered() trims and drops empty answers', () => {
    assert.deepEqual(answered({ keep: '  a ', next: ' \n ' }), { keep: 'a' });
    assert.equal(answered({ keep: '', next: '   ' }), undefined);
    assert.equal(answered({}), undefined);
  });
});

describe('readRaterFile', () => {
  it('gives the entry its code gives, with the comments', () => {
    const data = file({ comments: { keep: ' Keeps calm. ', next: 'Delegate more.' } });
    const result = read(data);
    assert.ok(result.ok);
    assert.deepEqual(result.value.dropped, []);
    const { entry } = result.value;
    assert.equal(entry.code, data.code);
    assert.equal(entry.group, 'peer');
    assert.deepEqual(entry.responses, data.responses);
    assert.deepEqual(entry.comments, { keep: 'Keeps calm.', next: 'Delegate more.' });
  });

  it('has no comments field without comments, or with empty ones', () => {
    for (const extra of [{}, { comments: { keep: '', next: '  ' } }, { comments: {} }]) {
      const result = read(file(extra));
      assert.ok(result.ok);
      assert.equal('comments' in result.value.entry, false);
    }
  });

  it('refuses a file whose answers, group or form differ from its code', () => {
    const data = file();
    const first = instrument.items[0]!.id;
    const answers = {
      ...data.responses.answers,
      [first]: data.responses.answers[first] === 5 ? 4 : 5,
    };
    assert.deepEqual(keys(read({ ...data, responses: { ...data.responses, answers } })), [
      'raterFile.mismatch',
    ]);
    assert.deepEqual(keys(read({ ...data, responses: { ...data.responses, group: 'manager' } })), [
      'raterFile.mismatch',
    ]);
    assert.deepEqual(keys(read({ ...data, responses: { ...data.responses, form: 'self' } })), [
      'raterFile.mismatch',
    ]);
    // an answer removed, or an item the instrument does not have
    const fewer = { ...data.responses.answers };
    delete fewer[first];
    assert.deepEqual(keys(read({ ...data, responses: { ...data.responses, answers: fewer } })), [
      'raterFile.mismatch',
    ]);
    assert.deepEqual(
      keys(
        read({
          ...data,
          responses: { ...data.responses, answers: { ...data.responses.answers, extra: 3 } },
        }),
      ),
      ['raterFile.mismatch'],
    );
    // another rater's code pasted into this file
    const otherCode = encodeResponseCode(rater('peer', { technical: [1, 1] }), { nonce: 9 });
    assert.deepEqual(keys(read({ ...data, code: otherCode })), ['raterFile.mismatch']);
  });

  it('treats missing and "not observed" alike, as scoring does', () => {
    const r = responses();
    const first = instrument.items[0]!.id;
    r.answers[first] = null;
    const code = encodeResponseCode(r, { nonce: 3 });
    const answers = { ...r.answers };
    delete answers[first];
    const result = read({ ...file(), code, responses: { ...r, answers } });
    assert.ok(result.ok);
  });

  it('leaves out an over-long, control-character or non-text comment and keeps the ratings', () => {
    const result = read(
      file({ comments: { keep: 'x'.repeat(501), next: 'ok\u0008' } }),
      'long.json',
    );
    assert.ok(result.ok);
    assert.equal(result.value.entry.comments, undefined);
    assert.deepEqual(keys(result), ['raterFile.commentTooLong', 'raterFile.commentControl']);
    assert.deepEqual(result.value.dropped[0]!.values, { file: 'long.json', max: 500 });
    const typed = read(file({ comments: { keep: 12, next: 'Fine' } }));
    assert.ok(typed.ok);
    assert.deepEqual(keys(typed), ['raterFile.commentsUnreadable']);
    assert.deepEqual(typed.value.entry.comments, { next: 'Fine' });
    assert.deepEqual(keys(read(file({ comments: 'hello' }))), ['raterFile.commentsUnreadable']);
  });

  it('refuses not JSON, not a rater file, another instrument or version, a broken code', () => {
    assert.deepEqual(keys(read('{"format":')), ['raterFile.notJson']);
    assert.deepEqual(keys(read([1, 2])), ['raterFile.notRaterFile']);
    assert.deepEqual(keys(read({ ...file(), format: 'leadership-3d-result' })), [
      'raterFile.notRaterFile',
    ]);
    const data = file();
    assert.deepEqual(keys(read({ ...data, code: 42 })), ['raterFile.notRaterFile']);
    assert.deepEqual(
      keys(read({ ...data, responses: { ...data.responses, instrumentVersion: '1.0.0' } })),
      ['raterFile.otherInstrument'],
    );
    assert.deepEqual(keys(read({ ...data, code: `${data.code.slice(0, -1)}0` })), [
      'raterFile.badCode',
    ]);
  });

  it('names the file in one short line, whatever its name holds', () => {
    assert.equal(shownName('a\n b.json'), 'a b.json');
    assert.equal(shownName(''), '?');
    assert.equal(shownName('n'.repeat(100)), `${'n'.repeat(60)}…`);
    const result = read('nope', '<img src=x onerror=alert(1)>.json');
    assert.ok(!result.ok);
    assert.equal(result.problems[0]!.values!['file'], '<img src=x onerror=alert(1)>.json');
    assert.match(result.problems[0]!.detail, /^rater file "<img/);
  });
});
