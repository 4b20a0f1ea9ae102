/**
 * `<l3d-360>`'s item detail (issue 17): item by item, agreement between raters, the items others
 * rate highest and lowest, the largest self/others differences, and comments by group. A lazy
 * chunk of its own, with its texts and styles, which the view fetches once it has raters: the
 * view's first chunk has no bytes to spare, and a view of a self-assessment alone never needs it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { en360Detail } from '../../i18n/locales/en-360-detail.js';
import { lazyTexts } from '../../i18n/lazy-texts.js';
import type { ThreeSixtyDetailMessages, ThreeSixtyMessages } from '../../i18n/types.js';
import { MAX_COMMENT_LENGTH, type CodeEntry, type View360 } from '../../internal/view360.js';
import {
  commentsByGroup,
  differenceOf,
  facetSpreads,
  highestLowest,
  itemRows,
  largestDifferences,
  ratedOf,
  type Cell,
  type GroupComments,
  type ItemRow,
  type RankedList,
  type Rated,
  type Spread,
} from '../../internal/view360-items.js';
import { L3dErrorEvent } from '../../events/events.js';
import type { Instrument, RaterGroup } from '../../scoring/types.js';
import { RATER_GROUPS } from '../../scoring/vocabulary.js';
import type { Formatter } from './sections.js';
import { detailStyles } from './l3d-360-detail.styles.js';
import type { L3d360 } from './l3d-360.component.js';

const BUILTIN: Readonly<Record<string, () => Promise<ThreeSixtyDetailMessages>>> = {
  es: () => import('../../i18n/locales/es-360-detail.js').then((m) => m.es360Detail),
  ar: () => import('../../i18n/locales/ar-360-detail.js').then((m) => m.ar360Detail),
};
/** The detail's texts in a language (see i18n/lazy-texts.ts). */
const textsFor = lazyTexts<ThreeSixtyDetailMessages>(en360Detail, BUILTIN);

// Comments are shuffled once per set of comments, not at every render: the same raters' comments
// keep their order while the view stays open (a new order each time would let a reader line
// versions up against the file order).
const orders = new Map<string, GroupComments | undefined>();
function commentsOf(rated: readonly Rated[]) {
  const out: Partial<Record<RaterGroup, GroupComments>> = {};
  for (const g of RATER_GROUPS) {
    // per group: a new rater in one group leaves the others' order as it was
    const members = rated.filter((r) => r.group === g);
    const key = JSON.stringify([g, members.map((r) => r.comments ?? 0)]);
    if (!orders.has(key)) {
      if (orders.size > 40) orders.clear();
      orders.set(key, commentsByGroup(members)[g]);
    }
    const found = orders.get(key);
    if (found) out[g] = found;
  }
  return out;
}

// One `l3d-error` per bad host comment and view, not one per render.
const reported = new WeakMap<HTMLElement, Set<unknown>>();

/**
 * The detail's sections, or nothing until the view has raters (and texts). It reads what it needs
 * from the view (its own members, by name: one argument is what the view's first chunk can afford):
 * the view's numbers, the host's `raters` as given, the codes, the texts and formatting of the
 * language shown. The view's shadow root takes the detail's styles, and the view fires `l3d-error`.
 */
export function detailSections(host: L3d360): TemplateResult | typeof nothing {
  const view = host['current'];
  const t = host['t360'];
  const instrument = host['localizedInstrument'];
  const lang = host['locales'].lang;
  const f: Formatter = {
    t: (message, values) => host['t'](message, values),
    number: (value, digits) => host['number'](value, digits),
    lang,
  };
  const d = textsFor(lang, () => host.requestUpdate());
  const report = view.report;
  if (!t || !d || !report?.others.raters) return nothing;
  const root = host.shadowRoot;
  if (root && !root.adoptedStyleSheets.includes(detailStyles.styleSheet!))
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, detailStyles.styleSheet!];

  // Built again only when what it shows changed: a view re-renders at every keystroke in its
  // panel (Lit then finds every value of the same template unchanged). Not Lit's guard(): it
  // would move Lit's directive classes into the first load's exports.
  const state = states.get(host) ?? { open: new Set<string>(), version: 0, deps: [] };
  states.set(host, state);
  const codes = host['inputs'].codes;
  const deps = [view, host.raters, codes, instrument, lang, t, d, state.version];
  if (!state.shown || deps.some((dep, k) => dep !== state.deps[k]))
    state.shown = build(host, view, report, codes, instrument, t, d, f, state);
  state.deps = deps;
  return state.shown;
}

/** Which facets' item tables a view has open (their tables are rendered only then). */
interface DetailState {
  open: Set<string>;
  version: number;
  /** What the last render showed, and from what. */
  deps: unknown[];
  shown?: TemplateResult;
}
const states = new WeakMap<HTMLElement, DetailState>();

function build(
  host: L3d360,
  view: View360,
  report: NonNullable<View360['report']>,
  codes: readonly CodeEntry[],
  instrument: Instrument,
  t: ThreeSixtyMessages,
  d: ThreeSixtyDetailMessages,
  f: Formatter,
  state: DetailState,
): TemplateResult {
  const lang = f.lang;
  const refused = new Set(view.problems.filter((p) => p.input === 'raters').map((p) => p.index));
  const { rated, badComments } = ratedOf(instrument, host.raters, refused, codes);
  const seen = reported.get(host) ?? new Set();
  reported.set(host, seen);
  for (const index of badComments) {
    const rater = host.raters[index];
    if (seen.has(rater)) continue;
    seen.add(rater);
    queueMicrotask(() =>
      host.dispatchEvent(
        new L3dErrorEvent({
          code: 'invalid-responses',
          message: `raters[${index}].comments: expected { keep?, next? } strings of at most ${MAX_COMMENT_LENGTH} characters without control characters; the comments are left out, the answers kept`,
        }),
      ),
    );
  }

  const rows = itemRows(instrument, report.self, rated);
  const spreads = facetSpreads(instrument, rated);
  // an item in the person's own words, marked when it is scored in reverse (its high mean is a
  // behaviour seen rarely, which the wording alone would not say)
  const wording = new Map(
    instrument.items.map((i) => [
      i.id,
      html`${i.self}${i.reverse ? html` <span class="reverse">(${d.items.reverse})</span>` : nothing}`,
    ]),
  );
  const facetLabel = new Map(instrument.facets.map((x) => [x.id, x.label]));
  const mean = oneDecimal(lang);
  const range = (s: Spread, digits: number) => ({
    min: digits ? mean(s.min) : f.number(s.min),
    max: digits ? mean(s.max) : f.number(s.max),
  });
  const split = html`<span class="split"
    ><span aria-hidden="true">↕ </span>${d.agreement.split}</span
  >`;
  const toggle = (facet: string) => (event: Event) => {
    const open = (event.target as HTMLDetailsElement).open;
    if (open === state.open.has(facet)) return;
    if (open) state.open.add(facet);
    else state.open.delete(facet);
    state.version++;
    host.requestUpdate();
  };
  const ctx: Ctx = { t, d, f, rows, spreads, wording, facetLabel, mean, range, split, toggle };
  const opened = state.open;
  return html`${itemsSection(ctx, report.self !== null, instrument, report, opened)}
  ${agreementSection(ctx)} ${topSection(ctx)} ${report.self ? differencesSection(ctx) : nothing}
  ${commentsSection(ctx, commentsOf(rated), badComments)}`;
}

interface Ctx {
  t: ThreeSixtyMessages;
  d: ThreeSixtyDetailMessages;
  f: Formatter;
  rows: ItemRow[];
  spreads: Record<string, Spread | null>;
  wording: Map<string, TemplateResult>;
  facetLabel: Map<string, string>;
  mean: (value: number) => string;
  range: (s: Spread, digits: number) => { min: string; max: string };
  split: TemplateResult;
  toggle: (facet: string) => (event: Event) => void;
}

/** A table per facet, in a disclosure named by the facet and the others' range on it. */
function itemsSection(
  c: Ctx,
  hasSelf: boolean,
  instrument: Instrument,
  report: NonNullable<View360['report']>,
  opened: ReadonlySet<string>,
): TemplateResult {
  const { t, d, f } = c;
  // the same columns as the view's tables: a group only when its means are shown at all
  const groups = RATER_GROUPS.filter(
    (g) => report.groups[g].raters > 0 && report.groups[g].hidden === undefined,
  );
  const pooled = report.others.raters > 0 && report.others.hidden === undefined;
  const cell = (value: Cell) =>
    html`<td class="num">
      ${
        value.mean === null
          ? '–'
          : html`${c.mean(value.mean)}
              <span class="n">${f.t(d.items.count, { n: f.number(value.n) })}</span>`
      }
    </td>`;
  const table = (facet: Instrument['facets'][number]) => {
    const spread = c.spreads[facet.id];
    const id = `items-${facet.id}`;
    const open = opened.has(facet.id);
    return html`<details class="facet-items" ?open=${open} @toggle=${c.toggle(facet.id)}>
      <summary id=${id}>
        <span class="facet-name">${f.t(d.items.facet, { facet: facet.label })}</span>
        ${
          spread
            ? html`<span class="facet-range"
                >${f.t(d.items.facetRange, c.range(spread, 1))}
                ${spread.split ? c.split : nothing}</span
              >`
            : nothing
        }
      </summary>
      ${
        open
          ? html`<div class="table-wrap">
              <table part="table" aria-labelledby=${id}>
                <thead>
                  <tr>
                    <th scope="col">${d.items.item}</th>
                    ${hasSelf ? html`<th scope="col" class="num">${t.groups.self}</th>` : nothing}
                    ${groups.map((g) => html`<th scope="col" class="num">${t.groups[g]}</th>`)}
                    ${pooled ? html`<th scope="col" class="num">${t.groups.others}</th>` : nothing}
                    <th scope="col" class="num">${d.items.range}</th>
                  </tr>
                </thead>
                <tbody>
                  ${c.rows
                    .filter((r) => r.facet === facet.id)
                    .map(
                      (r) =>
                        html`<tr data-item=${r.id}>
                          <th scope="row">${c.wording.get(r.id)}</th>
                          ${
                            hasSelf
                              ? html`<td class="num">
                                  ${r.self === null ? '–' : f.number(r.self)}
                                </td>`
                              : nothing
                          }
                          ${groups.map((g) => cell(r.groups[g]))}
                          ${pooled ? cell(r.others) : nothing}
                          <td class="num range">
                            ${
                              r.spread
                                ? html`${f.number(r.spread.min)}–${f.number(r.spread.max)}
                                  ${r.spread.split ? c.split : nothing}`
                                : '–'
                            }
                          </td>
                        </tr>`,
                    )}
                </tbody>
              </table>
            </div>`
          : nothing
      }
    </details>`;
  };
  return part(
    'items',
    d.sections.items,
    html`<p class="hint">${d.items.intro}</p>
      ${instrument.dimensions.map(
        (dim) =>
          html`<div class="dimension-items dim-${dim.id}">
            <h4>${dim.label}</h4>
            ${instrument.facets.filter((x) => x.dimension === dim.id).map(table)}
          </div>`,
      )}`,
  );
}

/** The facets and items where others' views differ strongly, by the rule in the text. */
function agreementSection(c: Ctx): TemplateResult {
  const { d, f } = c;
  const facets = Object.entries(c.spreads).filter(([, s]) => s?.split);
  const items = c.rows.filter((r) => r.spread?.split);
  const list = (heading: string, id: string, entries: [unknown, Spread, number][]) =>
    entries.length
      ? html`<h4 id=${id}>${heading}</h4>
          <ul aria-labelledby=${id}>
            ${entries.map(
              ([area, s, digits]) =>
                html`<li>${area}: ${f.t(d.agreement.entry, c.range(s, digits))} ${c.split}</li>`,
            )}
          </ul>`
      : nothing;
  return part(
    'agreement',
    d.sections.agreement,
    html`<p class="hint">${d.agreement.intro}</p>
      ${
        facets.length || items.length
          ? html`${list(
              d.agreement.facets,
              'split-facets',
              facets.map(([id, s]) => [c.facetLabel.get(id) ?? id, s!, 1]),
            )}
            ${list(
              d.agreement.items,
              'split-items',
              items.map((r) => [c.wording.get(r.id)!, r.spread!, 0]),
            )}`
          : html`<p class="none">${d.agreement.none}</p>`
      }`,
  );
}

/** A ranked list as an ordered list whose numbers are the ranks (tied items share one). */
function rankedList(
  c: Ctx,
  id: string,
  ranked: RankedList<ItemRow>,
  entry: (row: ItemRow) => unknown,
): TemplateResult {
  return html`${
    ranked.list.length
      ? html`<ol class="ranked" aria-labelledby=${id}>
          ${ranked.list.map((r) => html`<li value=${r.rank}>${entry(r.entry)}</li>`)}
        </ol>`
      : nothing
  }
  ${
    ranked.tiedOut
      ? html`<p class="hint">
          ${c.f.t(c.d.top.tiedOut, { count: ranked.tiedOut.count, mean: c.mean(ranked.tiedOut.value) })}
        </p>`
      : nothing
  }`;
}

function topSection(c: Ctx): TemplateResult {
  const { d } = c;
  const { highest, lowest } = highestLowest(c.rows);
  const entry = (row: ItemRow) =>
    html`<span class="mean">${c.mean(row.others.mean!)}</span> ${c.wording.get(row.id)}`;
  const block = (id: string, heading: string, ranked: RankedList<ItemRow>) =>
    html`<div class="top-list ${id}">
      <h4 id=${id}>${heading}</h4>
      ${rankedList(c, id, ranked, entry)}
    </div>`;
  return part(
    'top',
    d.sections.top,
    html`<p class="hint">${d.top.intro}</p>
      ${
        highest.list.length || highest.tiedOut
          ? html`<div class="top-lists">
              ${block('top-highest', d.top.highest, highest)}
              ${block('top-lowest', d.top.lowest, lowest)}
            </div>`
          : html`<p class="none">${d.top.none}</p>`
      }`,
  );
}

function differencesSection(c: Ctx): TemplateResult {
  const { d, f } = c;
  const ranked = largestDifferences(c.rows);
  const entry = (row: ItemRow) => {
    const difference = differenceOf(row);
    return html`<span class="direction ${difference > 0 ? 'self-higher' : 'others-higher'}"
        >${difference > 0 ? d.differences.selfHigher : d.differences.othersHigher}</span
      >
      <span class="item">${c.wording.get(row.id)}</span>
      ${f.t(d.differences.entry, {
        self: f.number(row.self!),
        others: c.mean(row.others.mean!),
        difference: signed(difference, f.lang),
      })}`;
  };
  return part(
    'differences',
    d.sections.differences,
    html`<p class="hint" id="differences-list">${d.differences.intro}</p>
      ${
        ranked.list.length || ranked.tiedOut
          ? rankedList(c, 'differences-list', ranked, entry)
          : html`<p class="none">${d.differences.none}</p>`
      }`,
  );
}

/**
 * A section with its heading, marked up as the report's `section()` (report-parts.ts) marks up
 * the view's other sections. Restated, not imported: importing from the report's chunk changes
 * that chunk's export names, and a respondent downloads it.
 */
function part(id: string, heading: string, content: unknown): TemplateResult {
  return html`<section part="section" class="section ${id}" aria-labelledby="${id}-heading">
    <h3 part="heading" id="${id}-heading">${heading}</h3>
    ${content}
  </section>`;
}

/** A mean on the 1–5 scale, always with one decimal ("4.0", not "4"), in the language's digits. */
function oneDecimal(lang: string): (value: number) => string {
  let format: Intl.NumberFormat | null = null;
  try {
    format = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  } catch {
    // an odd language tag: plain digits
  }
  return (value) => format?.format(value) ?? value.toFixed(1);
}

/** A difference on the 1–5 scale with one decimal and its sign ("+1.3", "−0.7"). */
function signed(value: number, lang: string): string {
  try {
    // isolated left to right, so the sign stays before the digits in right-to-left text
    return `\u2066${new Intl.NumberFormat(lang, {
      signDisplay: 'exceptZero',
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    }).format(value)}\u2069`;
  } catch {
    return `${value > 0 ? '+' : ''}${value.toFixed(1)}`;
  }
}

/** Comments by group under the anonymity rule; a group below three says so, without counts. */
function commentsSection(
  c: Ctx,
  byGroup: Partial<Record<RaterGroup, GroupComments>>,
  badComments: number[],
): TemplateResult {
  const { t, d, f } = c;
  const groups = RATER_GROUPS.filter((g) => byGroup[g]);
  const answers = (id: string, question: string, texts: string[]) =>
    html`<h5 id=${id}>${question}</h5>
      ${
        texts.length
          ? html`<ul class="comments" aria-labelledby=${id}>
              ${texts.map((text) => html`<li class="comment" dir="auto">${text}</li>`)}
            </ul>`
          : html`<p class="none">${d.comments.noAnswer}</p>`
      }`;
  const group = (g: RaterGroup) => {
    const comments = byGroup[g]!;
    if (!comments.shown)
      return html`<p class="withheld" data-group=${g}>
        ${f.t(d.comments.withheld, { group: t.groups[g] })}
      </p>`;
    const heading = g === 'manager' ? d.comments.manager : t.groups[g];
    return html`<div class="comment-group" data-group=${g}>
      <h4>${heading}</h4>
      ${answers(`keep-${g}`, d.comments.keep, comments.keep)}
      ${answers(`next-${g}`, d.comments.next, comments.next)}
    </div>`;
  };
  return part(
    'comments',
    d.sections.comments,
    html`<p class="hint">${d.comments.intro}</p>
      ${
        badComments.length
          ? html`<ul class="notice problems">
              ${badComments.map(
                (i) =>
                  html`<li>${f.t(d.comments.bad, { index: i + 1, max: MAX_COMMENT_LENGTH })}</li>`,
              )}
            </ul>`
          : nothing
      }
      ${groups.length ? groups.map(group) : html`<p class="none">${d.comments.none}</p>`}`,
  );
}
