import { expect } from '@open-wc/testing';
import { score, instrument } from '../../src/scoring/index.js';

// The scoring engine runs unchanged in the browser, not only in Node.
describe('scoring in Chromium', () => {
  it('scores a full response set of the built-in instrument', () => {
    const answers = Object.fromEntries(instrument.items.map((item) => [item.id, 4 as const]));
    const result = score({
      instrumentId: instrument.id,
      instrumentVersion: instrument.version,
      form: 'self',
      answers,
    });
    // 4 on positive items and 6 − 4 = 2 on reverse ones: per facet (3·4 + 2)/4 = 3.5 → POMP 62.5
    expect(result.dimensions.technical.score).to.equal(62.5);
    expect(result.facets['listening']?.answered).to.equal(4);
  });
});
