import type { Instrument } from './types.js';
import { core } from './builtin-core.js';
import { description, develop, observer } from './builtin-texts.js';

/**
 * The built-in instrument, English: the Leadership 3D diagnostic, 48 frequency-rated behaviour
 * items (3 dimensions × 4 facets × 4 items, one reverse-keyed item per facet) with self and
 * observer wording, plus a development suggestion per facet. Plain JSON-compatible data.
 *
 * Built from two data modules so that a respondent's first load can carry the part needed before
 * the report (`builtin-core.ts`) without the texts only the report and the observer form show
 * (`builtin-texts.ts`); see docs/performance.md. A new object: the core is never changed.
 */
export const instrument: Instrument = {
  ...core,
  facets: core.facets.map((facet) => ({
    ...facet,
    description: description[facet.id]!,
    develop: develop[facet.id]!,
  })),
  items: core.items.map((item) => ({ ...item, observer: observer[item.id]! })),
};
