/**
 * The report's second-version parts (issue 17): stage guidance per dimension, strength advice,
 * a growth area's lowest answers, and the highest and lowest answers in the person's own words.
 * Plain functions of the data, beside the element, like `report-model.ts`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { MessageValues } from '../../i18n/format.js';
import type { GuideMessages } from '../../i18n/types.js';
import type { DimensionId, Instrument, InstrumentFacet, Stage } from '../../scoring/types.js';
import { STAGES } from '../../scoring/vocabulary.js';
import { lowItems, rankItems, type LeftOut, type RankedItem } from '../../internal/item-ranking.js';

/** What the parts read: the texts, the instrument in the language shown and the result's answers. */
export interface GuideContext {
  g: GuideMessages;
  /** Strength advice of the facets where the instrument has none in this language, by facet id. */
  use: Readonly<Record<string, string>>;
  instrument: Instrument;
  form: 'self' | 'observer';
  /** The result's keyed answers (`result.items`). */
  keyed: Readonly<Record<string, unknown>> | undefined;
  format: (message: string, values: MessageValues) => string;
  number: (value: number) => string;
  stageName: (id: Stage['id']) => string;
}

/**
 * What the stage looks like in this dimension and what the next one asks for; for a band that
 * straddles a cut, the lower stage's, and a line that says so.
 */
export function stageGuide(c: GuideContext, dimension: DimensionId, stage: Stage): TemplateResult {
  const id = stage.between ? stage.between[0] : stage.id;
  const texts = c.g.stage[dimension]?.[id];
  if (!texts) return html``;
  const last = id === STAGES[STAGES.length - 1];
  return html`<div class="guide">
    ${
      stage.between
        ? html`<p class="guide-lower">${c.format(c.g.stage.lower, { stage: c.stageName(id) })}</p>`
        : nothing
    }
    <p class="guide-now">${texts.now}</p>
    <p class="guide-next">
      <span class="guide-label">${last ? c.g.stage.keep : c.g.stage.next}</span>
      <span>${texts.next}</span>
    </p>
  </div>`;
}

/** One way to use a strength more widely, or nothing when the instrument has none. */
export function useAdvice(
  c: GuideContext,
  facet: InstrumentFacet,
): TemplateResult | typeof nothing {
  const text = facet.develop.use ?? c.use[facet.id];
  if (!text) return nothing;
  return html`<p class="advice">
    <span class="step-name">${c.g.use}</span>
    <span>${text}</span>
  </p>`;
}

/** A growth area's items with the lowest answers (at most two, only 3 or below). */
export function lowItemsOf(c: GuideContext, facet: string): TemplateResult | typeof nothing {
  const ids = c.instrument.items.filter((item) => item.facet === facet).map((item) => item.id);
  const { items, tied } = lowItems(c.keyed, ids);
  if (!items.length && !tied) return nothing;
  return html`<div class="low-items">
    <p class="step-name">${c.g.lowItems}</p>
    ${
      tied
        ? html`<p>${c.format(c.g.lowItemsTied, { count: tied.count })}</p>`
        : itemList(c, items, false)
    }
  </div>`;
}

/** The highest and lowest answers: two lists, or why there are none. */
export function itemsContent(c: GuideContext): TemplateResult {
  const t = c.g.items;
  const order = c.instrument.items.map((item) => item.id);
  const ranking = rankItems(c.keyed, order);
  const lede = html`<p class="hint">${t.lede}</p>`;
  if (ranking.status !== 'ranked')
    return html`${lede}
      <p class="items-none">${ranking.status === 'all-equal' ? t.allEqual : t.tooFew}</p>`;
  const list = (side: 'highest' | 'lowest', items: RankedItem[], leftOut: LeftOut | null) =>
    html`<div class="item-group ${side}">
      <h4 id="items-${side}">${t[side]}</h4>
      ${items.length ? itemList(c, items, true, `items-${side}`) : nothing}
      ${
        // Too many to rank apart, yet a coach may want to see which: collapsed, not hidden.
        leftOut
          ? html`<details class="items-left-out">
              <summary>
                ${c.format(t.leftOut, { count: leftOut.count, rank: c.number(leftOut.rank) })}
              </summary>
              ${itemList(
                c,
                leftOut.ids.map((id) => ({
                  id,
                  keyed: leftOut.keyed,
                  rank: leftOut.rank,
                  tied: true,
                })),
                false,
              )}
            </details>`
          : nothing
      }
    </div>`;
  return html`${lede}
    <div class="item-groups">
      ${list('highest', ranking.highest, ranking.highestLeftOut)}
      ${list('lowest', ranking.lowest, ranking.lowestLeftOut)}
    </div>`;
}

function itemList(
  c: GuideContext,
  items: RankedItem[],
  ranked: boolean,
  labelledBy?: string,
): TemplateResult {
  const byId = new Map(c.instrument.items.map((item) => [item.id, item]));
  return html`<ul class="item-list" aria-labelledby=${labelledBy ?? nothing}>
    ${items.map((x) => {
      const item = byId.get(x.id);
      return html`<li class="item">
        ${ranked ? html`<span class="item-rank">${c.number(x.rank)}</span>` : nothing}
        <span class="item-body">
          <span class="item-text">${item ? item[c.form] : x.id}</span>
          <span class="item-answer">
            ${c.format(c.g.items.answer, { answer: answerOf(c, x.id, x.keyed) })}
            ${ranked && x.tied ? html`<span class="item-tied">(${c.g.items.tied})</span>` : nothing}
          </span>
        </span>
      </li>`;
    })}
  </ul>`;
}

/** The scale label of the answer given: for a reverse-keyed item the raw answer is 6 − keyed. */
function answerOf(c: GuideContext, id: string, keyed: number): string {
  const reverse = c.instrument.items.find((item) => item.id === id)?.reverse ?? false;
  const raw = reverse ? 6 - keyed : keyed;
  return c.instrument.scale.labels[raw - 1] ?? String(raw);
}
