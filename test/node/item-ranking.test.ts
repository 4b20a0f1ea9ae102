// The report's highest and lowest items: ties, missing answers, reverse keying, all equal.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { score } from '../../src/scoring/index.js';
import { instrument } from '../../src/scoring/builtin-instrument.js';
import type { Answer } from '../../src/scoring/types.js';
import { lowItems, rankItems } from '../../src/internal/item-ranking.js';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `i${i + 1}`);
const keyedOf = (...values: (number | null)[]) =>
  Object.fromEntries(values.map((v, i) => [`i${i + 1}`, v]));
const brief = (list: { id: string; rank: number; tied: boolean }[]) =>
  list.map((x) => `${x.id}:${x.rank}${x.tied ? '=' : ''}`);

describe('rankItems', () => {
  it('lists up to five each way, highest first, with competition ranks', () => {
    const r = rankItems(keyedOf(5, 1, 4, 2, 3, 5, 1, 4, 2, 3, 3, 3), ids(12));
    assert.equal(r.status, 'ranked');
    // 5,5 (rank 1=) and 4,4 (rank 3=) make four; the lowest takes 1,1 and 2,2; the highest's
    // next turn takes the four 3s whole (eight, within ten), which ends both lists
    assert.deepEqual(brief(r.highest), [
      'i1:1=',
      'i6:1=',
      'i3:3=',
      'i8:3=',
      'i5:5=',
      'i10:5=',
      'i11:5=',
      'i12:5=',
    ]);
    assert.deepEqual(brief(r.lowest), ['i2:1=', 'i7:1=', 'i4:3=', 'i9:3=']);
    assert.equal(r.highestLeftOut, null);
  });

  it('never puts an item in both lists, and shares the groups in turn', () => {
    const r = rankItems(keyedOf(5, 5, 4, 4, 3), ids(5));
    const high = r.highest.map((x) => x.id);
    const low = r.lowest.map((x) => x.id);
    assert.deepEqual(high, ['i1', 'i2', 'i3', 'i4']);
    assert.deepEqual(low, ['i5']);
    assert.equal(
      high.some((id) => low.includes(id)),
      false,
    );
  });

  it('shows a tie group that crosses the fifth place in full, marked tied, up to ten', () => {
    const r = rankItems(keyedOf(5, 4, 4, 4, 4, 4, 4, 1, 2), ids(9));
    // 1 item at 5, then six at 4: seven ≤ 10, all shown, all ranked 2 and tied
    assert.deepEqual(brief(r.highest), [
      'i1:1',
      'i2:2=',
      'i3:2=',
      'i4:2=',
      'i5:2=',
      'i6:2=',
      'i7:2=',
    ]);
    assert.deepEqual(brief(r.lowest), ['i8:1', 'i9:2']);
  });

  it('leaves out a tie group too large to list, and counts it', () => {
    const values = [...Array(12).fill(5), 4, 3, 2, 2, 1];
    const r = rankItems(keyedOf(...values), ids(values.length));
    assert.deepEqual(r.highest, []);
    assert.deepEqual(r.highestLeftOut, { count: 12, ids: ids(12), keyed: 5, rank: 1 });
    assert.deepEqual(brief(r.lowest), ['i17:1', 'i15:2=', 'i16:2=', 'i14:4', 'i13:5']);
    assert.equal(r.lowestLeftOut, null);
  });

  it('skips missing answers (null, absent, out of range)', () => {
    const r = rankItems({ i1: 5, i2: null, i3: 4, i4: 7, i5: 2, i6: 1, i7: '5' }, [
      ...ids(7),
      'i8',
    ]);
    assert.deepEqual(brief(r.highest), ['i1:1', 'i3:2']);
    assert.deepEqual(brief(r.lowest), ['i6:1', 'i5:2']);
  });

  it('says when every answer is the same, or too few were answered', () => {
    assert.equal(rankItems(keyedOf(3, 3, 3, 3, null), ids(5)).status, 'all-equal');
    assert.equal(rankItems(keyedOf(5, 1, 3, null, null), ids(5)).status, 'too-few');
    assert.equal(rankItems(undefined, ids(5)).status, 'too-few');
  });

  it('ranks a reverse-keyed item by its keyed answer (6 − raw) from a scored result', () => {
    const reversed = instrument.items.find((item) => item.reverse)!;
    // every item answered 3 except one reverse-keyed item answered 1 ("almost never"): keyed 5
    const answers: Record<string, Answer> = {};
    for (const item of instrument.items) answers[item.id] = 3;
    answers[reversed.id] = 1;
    const result = score({
      instrumentId: instrument.id,
      instrumentVersion: instrument.version,
      form: 'self',
      answers,
    });
    const r = rankItems(
      result.items,
      instrument.items.map((item) => item.id),
    );
    assert.deepEqual(brief(r.highest), [`${reversed.id}:1`]);
    assert.equal(r.highest[0]!.keyed, 5);
    assert.deepEqual(r.lowest, []);
    assert.deepEqual(r.lowestLeftOut, {
      count: instrument.items.length - 1,
      ids: instrument.items.map((item) => item.id).filter((id) => id !== reversed.id),
      keyed: 3,
      rank: 1,
    });
  });
});

describe('lowItems', () => {
  it('takes the lowest answers of 3 or below, at most two, lowest first', () => {
    assert.deepEqual(brief(lowItems(keyedOf(4, 2, 3, 1), ids(4)).items), ['i4:1', 'i2:2']);
    assert.deepEqual(brief(lowItems(keyedOf(4, 5, 3, 4), ids(4)).items), ['i3:1']);
    assert.deepEqual(lowItems(keyedOf(4, 5, 4, 4), ids(4)), { items: [], tied: null });
  });

  it('keeps ties whole: a tie at the second place is left out, a larger one counted', () => {
    assert.deepEqual(brief(lowItems(keyedOf(1, 2, 2, 4), ids(4)).items), ['i1:1']);
    assert.deepEqual(brief(lowItems(keyedOf(2, 2, 4, 4), ids(4)).items), ['i1:1=', 'i2:1=']);
    assert.deepEqual(lowItems(keyedOf(2, 2, 2, null), ids(4)), {
      items: [],
      tied: { count: 3, ids: ids(3), keyed: 2, rank: 1 },
    });
  });
});
