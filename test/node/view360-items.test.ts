// The 360 view's item detail as plain data (issue 17): keying, anonymity, agreement, ties,
// differences, comments and their shuffle, bad host comments.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MIN_RATERS } from '../../src/scoring/score360.js';
import { score } from '../../src/scoring/index.js';
import type { Answer, RaterGroup, RaterResponseSet } from '../../src/scoring/types.js';
import {
  checkComments,
  commentsByGroup,
  facetSpreads,
  highestLowest,
  itemRows,
  keyedAnswers,
  largestDifferences,
  MIN_SHOWN,
  rankTop,
  ratedOf,
  shuffle,
  type Rated,
} from '../../src/internal/view360-items.js';
import type { CodeEntry } from '../../src/internal/view360.js';
import { instrument, responses } from './helpers.js';
import { compileMessage, placeholdersOf } from '../../src/i18n/format.js';
import { en360Detail } from '../../src/i18n/locales/en-360-detail.js';
import { es360Detail } from '../../src/i18n/locales/es-360-detail.js';
import { ar360Detail } from '../../src/i18n/locales/ar-360-detail.js';

const [first, second] = instrument.items;
const reversed = instrument.items.find((i) => i.reverse)!;
const forward = instrument.items.find((i) => !i.reverse)!;

/** A rater answering every item `keyed` after reverse keying, with `tweak` for some items. */
function rater(
  group: RaterGroup,
  keyed: Answer,
  tweak: Record<string, Answer | null> = {},
): RaterResponseSet {
  return {
    ...responses((item) => {
      const k = item.id in tweak ? tweak[item.id]! : keyed;
      return k === null ? null : ((item.reverse ? 6 - k : k) as Answer);
    }),
    form: 'observer',
    group,
  };
}

const ratedFrom = (raters: RaterResponseSet[]): Rated[] =>
  ratedOf(instrument, raters, new Set(), []).rated;

/** A sequence of numbers for `shuffle`, repeated. */
const sequence =
  (...values: number[]) =>
  () => {
    const v = values.shift()!;
    values.push(v);
    return v;
  };

describe('view360-items: keying', () => {
  it('turns reverse-keyed answers round, and reads a result’s items as they are', () => {
    const raw = rater('peer', 4);
    raw.answers[reversed.id] = 1;
    raw.answers[forward.id] = 2;
    const keyed = keyedAnswers(instrument, raw);
    assert.equal(keyed[reversed.id], 5);
    assert.equal(keyed[forward.id], 2);
    const result = score({ ...raw, form: 'observer' }, { instrument });
    assert.deepEqual(keyedAnswers(instrument, { group: 'peer', result }), keyed);
  });

  it('keeps a missing or not observed answer missing, never zero', () => {
    const keyed = keyedAnswers(instrument, rater('peer', 3, { [first!.id]: null }));
    assert.equal(keyed[first!.id], null);
  });

  it('uses the engine’s anonymity threshold', () => assert.equal(MIN_SHOWN, MIN_RATERS));
});

describe('view360-items: item rows and anonymity', () => {
  it('shows a group mean only with 3 raters, the manager alone, and pools all others', () => {
    const rows = itemRows(
      instrument,
      { items: { [first!.id]: 5 } },
      ratedFrom([
        rater('manager', 2),
        rater('peer', 3),
        rater('peer', 4),
        rater('direct-report', 4),
        rater('direct-report', 4),
        rater('direct-report', 5),
      ]),
    );
    const row = rows[0]!;
    assert.equal(row.id, first!.id);
    assert.equal(row.self, 5);
    assert.deepEqual(row.groups.manager, { mean: 2, n: 1 });
    assert.deepEqual(row.groups.peer, { mean: null, n: 2 });
    assert.ok(Math.abs(row.groups['direct-report'].mean! - 13 / 3) < 1e-9);
    assert.deepEqual(row.groups.other, { mean: null, n: 0 });
    assert.equal(row.others.n, 6);
    assert.ok(Math.abs(row.others.mean! - 22 / 6) < 1e-9);
    assert.equal(rows.length, instrument.items.length);
  });

  it('withholds the pooled mean when the manager and only 1 or 2 others answered an item', () => {
    const rows = itemRows(
      instrument,
      null,
      ratedFrom([rater('manager', 2), rater('peer', 3), rater('peer', 4, { [second!.id]: null })]),
    );
    // first item: manager + 2 peers → the peers could be worked out from the pool
    assert.equal(rows[0]!.others.mean, null);
    assert.equal(rows[0]!.spread, null);
    // second item: manager + 1 peer, same
    assert.equal(rows[1]!.others.mean, null);
    assert.equal(rows[0]!.self, null);
  });
});

describe('view360-items: agreement', () => {
  const peers = (...answers: Answer[]) =>
    ratedFrom(answers.map((a) => rater('peer', 4, { [first!.id]: a })));

  it('marks an item where others’ answers are 3 or more points apart', () => {
    const split = itemRows(instrument, null, peers(1, 4, 4))[0]!.spread!;
    assert.deepEqual(split, { min: 1, max: 4, n: 3, split: true });
    const agreed = itemRows(instrument, null, peers(3, 4, 5))[0]!.spread!;
    assert.deepEqual(agreed, { min: 3, max: 5, n: 3, split: false });
  });

  it('shows no spread with fewer than 3 answers', () => {
    assert.equal(itemRows(instrument, null, peers(1, 5))[0]!.spread, null);
  });

  it('marks a facet where raters’ facet means are 2 or more points apart', () => {
    const facet = instrument.facets[0]!.id;
    const spreads = facetSpreads(
      instrument,
      ratedFrom([rater('peer', 2), rater('peer', 4), rater('peer', 4)]),
    );
    assert.deepEqual(spreads[facet], { min: 2, max: 4, n: 3, split: true });
    const close = facetSpreads(
      instrument,
      ratedFrom([rater('peer', 3), rater('peer', 4), rater('peer', 4)]),
    );
    assert.equal(close[facet]!.split, false);
  });
});

describe('view360-items: highest, lowest and ties', () => {
  it('ranks by the value shown (one decimal) and leaves out a tie that crosses the limit', () => {
    const values = [5, 4.96, 4.5, 4, 4, 3, 3, 3, 2];
    const ranked = rankTop(values, (v) => v);
    // 5 and 4.96 both read 5.0: tied first; then 4.5; then the two 4s (rank 4)
    assert.deepEqual(
      ranked.list.map((r) => [r.entry, r.rank, r.tied]),
      [
        [5, 1, true],
        [4.96, 1, true],
        [4.5, 3, false],
        [4, 4, true],
        [4, 4, true],
      ],
    );
    assert.equal(ranked.tiedOut, null);
    const crossing = rankTop([5, 4, 3, 3, 3, 3, 1], (v) => v);
    assert.deepEqual(
      crossing.list.map((r) => r.entry),
      [5, 4],
    );
    assert.deepEqual(crossing.tiedOut, { count: 4, value: 3 });
  });

  it('lists others’ highest and lowest items with at least 3 answers, never both', () => {
    const [a, b, c] = instrument.items;
    const rows = itemRows(
      instrument,
      null,
      ratedFrom([
        rater('peer', 3, { [a!.id]: 5, [b!.id]: 1, [c!.id]: null }),
        rater('peer', 3, { [a!.id]: 5, [b!.id]: 1, [c!.id]: 5 }),
        rater('peer', 3, { [a!.id]: 4, [b!.id]: 2, [c!.id]: 5 }),
      ]),
    );
    const { highest, lowest } = highestLowest(rows);
    assert.deepEqual(
      highest.list.map((r) => r.entry.id),
      [a!.id],
    );
    // 45 items tie at 3.0 below it: left out whole and counted
    assert.equal(highest.tiedOut!.count, instrument.items.length - 3);
    assert.deepEqual(
      lowest.list.map((r) => r.entry.id),
      [b!.id],
    );
    // c has only 2 answers: in neither list
    assert.ok(!lowest.list.some((r) => r.entry.id === c!.id));
  });

  it('lists the largest self/others differences where both answered, with their sign', () => {
    const [a, b, c] = instrument.items;
    const self = { items: { [a!.id]: 5, [b!.id]: 1, [c!.id]: null } };
    const rows = itemRows(
      instrument,
      self,
      ratedFrom([1, 2, 3].map(() => rater('peer', 3, { [a!.id]: 2, [b!.id]: 4, [c!.id]: 1 }))),
    );
    const differences = largestDifferences(rows);
    assert.deepEqual(
      differences.list.map((r) => [r.entry.id, r.entry.self! - r.entry.others.mean!]),
      [
        [a!.id, 3],
        [b!.id, -3],
      ],
    );
    assert.ok(differences.list.every((r) => r.tied && r.rank === 1));
  });
});

describe('view360-items: comments', () => {
  const withComments = (group: RaterGroup, keep: string) => ({
    ...rater(group, 3),
    comments: { keep },
  });

  it('shows a group’s comments only with 3 commenters, the manager alone', () => {
    const byGroup = commentsByGroup(
      ratedFrom([
        withComments('manager', 'm'),
        withComments('peer', 'p1'),
        withComments('peer', 'p2'),
        withComments('direct-report', 'd1'),
        withComments('direct-report', 'd2'),
        withComments('direct-report', 'd3'),
        rater('other', 3),
      ]),
      sequence(0.5),
    );
    assert.deepEqual(byGroup.manager, { shown: true, keep: ['m'], next: [] });
    assert.deepEqual(byGroup.peer, { shown: false });
    assert.equal(byGroup['direct-report']!.shown, true);
    assert.deepEqual([...byGroup['direct-report']!.keep!].sort(), ['d1', 'd2', 'd3']);
    assert.equal(byGroup.other, undefined);
  });

  it('shuffles deterministically with a given random source, never in the order given', () => {
    const list = ['a', 'b', 'c', 'd'];
    assert.deepEqual(
      shuffle(list, sequence(0.1, 0.7, 0.3)),
      shuffle(list, sequence(0.1, 0.7, 0.3)),
    );
    // a random source that leaves every element in place would give the identity
    const stay = () => 0.999;
    assert.notDeepEqual(shuffle(list, stay), list);
    assert.deepEqual([...shuffle(list, stay)].sort(), list);
    assert.deepEqual(shuffle(['x', 'y'], stay), ['y', 'x']);
    for (let i = 0; i < 50; i++) assert.notDeepEqual(shuffle(list), list);
    assert.deepEqual(shuffle(['only']), ['only']);
  });

  it('refuses host comments that are not text, too long, or with control characters', () => {
    assert.deepEqual(checkComments({ keep: ' Keep it ', next: '' }), { keep: 'Keep it' });
    assert.equal(checkComments(undefined), undefined);
    assert.equal(checkComments({ keep: '  ' }), undefined);
    assert.equal(checkComments('text'), null);
    assert.equal(checkComments({ keep: 5 }), null);
    assert.equal(checkComments({ keep: 'x'.repeat(501) }), null);
    assert.deepEqual(checkComments({ keep: 'x'.repeat(500) }), { keep: 'x'.repeat(500) });
    assert.equal(checkComments({ keep: 'bell\u0007' }), null);
    assert.deepEqual(checkComments({ next: 'two\nlines' }), { next: 'two\nlines' });
    assert.equal(checkComments({ other: 'x' }), null);
  });

  it('keeps a rater whose comments are bad, and skips raters the view refused', () => {
    const host = [
      { ...rater('peer', 3), comments: { keep: 'x'.repeat(600) } },
      { ...rater('peer', 4), comments: { keep: 'fine' } },
      { group: 'peer' },
    ];
    const code: CodeEntry = {
      code: 'L3D-TEST',
      group: 'manager',
      responses: rater('manager', 2),
      comments: { next: 'from a file' },
    };
    const { rated, badComments } = ratedOf(instrument, host, new Set([2]), [code]);
    assert.deepEqual(badComments, [0]);
    assert.deepEqual(
      rated.map((r) => [r.group, r.comments]),
      [
        ['peer', undefined],
        ['peer', { keep: 'fine' }],
        ['manager', { next: 'from a file' }],
      ],
    );
  });
});

describe('view360-items: texts', () => {
  /** Every message of a texts object by its dotted path. */
  const flat = (value: object, prefix = ''): [string, string][] =>
    Object.entries(value).flatMap(([key, child]) =>
      typeof child === 'string'
        ? [[`${prefix}${key}`, child] as [string, string]]
        : flat(child as object, `${prefix}${key}.`),
    );

  it('Spanish and Arabic have every English message, with the same placeholders, and parse', () => {
    const english = new Map(flat(en360Detail));
    for (const texts of [es360Detail, ar360Detail]) {
      const given = new Map(flat(texts));
      assert.deepEqual([...given.keys()].sort(), [...english.keys()].sort());
      for (const [key, message] of given) {
        assert.deepEqual(
          [...placeholdersOf(message)].sort(),
          [...placeholdersOf(english.get(key)!)].sort(),
          key,
        );
        compileMessage(message);
      }
    }
  });
});
