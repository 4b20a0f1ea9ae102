/**
 * The group report's item-analysis section (≥ 30 results): each facet's and dimension's alpha,
 * and per question its answers and how it fits its facet (psych::alpha's r.drop and alpha if
 * dropped). It renders a value of `analyze()`'s `Analysis`.

 */
import { html, nothing, type TemplateResult } from 'lit';
import type { GroupMessages } from '../../i18n/types.js';
import type { Instrument } from '../../scoring/types.js';
import type { Formatter } from './sections.js';

/** Below this item–rest correlation a question is marked: it measures something else. */
export const LOW_R_DROP = 0.2;

interface ScaleShown {
  items: number;
  n: number;
  alpha: number | null;
  mean: number | null;
  sd: number | null;
}

/** What this section reads of `Analysis` (the agreed contract of `analyze()`). */
export interface AnalysisShown {
  n: number;
  complete: number;
  items: {
    id: string;
    facet: string;
    n: number;
    mean: number | null;
    sd: number | null;
    floor: number;
    ceiling: number;
    missing: number;
    rDrop: { facet: number | null };
    alphaDrop: { facet: number | null };
  }[];
  facets: Record<string, ScaleShown>;
  dimensions: Record<string, ScaleShown>;
  psychometrics: { warning: string | null };
}

export function itemsContent(
  t: GroupMessages,
  f: Formatter,
  analysis: AnalysisShown,
  instrument: Instrument,
): TemplateResult {
  const dash = t.distribution.empty;
  const num = (value: number | null, digits = 2) =>
    html`<td class="num">${value === null ? dash : f.number(value, digits)}</td>`;
  const share = (value: number) => html`<td class="num">${f.percent(value)}</td>`;
  const facetLabel = new Map(instrument.facets.map((x) => [x.id, x.label]));
  const itemText = new Map(instrument.items.map((x) => [x.id, x.self]));
  const scaleRow = (label: string, s: ScaleShown | undefined) =>
    s
      ? html`<tr>
          <th scope="row">${label}</th>
          ${num(s.items, 0)} ${num(s.n, 0)} ${num(s.alpha)}
        </tr>`
      : nothing;
  return html`<p class="hint">${f.t(t.items.intro, { low: f.number(LOW_R_DROP, 1) })}</p>
    <p>
      ${f.t(t.items.complete, { complete: f.number(analysis.complete), n: f.number(analysis.n) })}
    </p>
    ${
      analysis.psychometrics.warning
        ? html`<p class="notice">
            ${f.t(t.items.warning, { warning: analysis.psychometrics.warning })}
          </p>`
        : nothing
    }
    <div class="table-wrap">
      <table part="table">
        <caption id="scales-caption">
          ${t.items.scalesCaption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.items.scale}</th>
            <th scope="col" class="num">${t.items.questions}</th>
            <th scope="col" class="num">${t.distribution.n}</th>
            <th scope="col" class="num">${t.items.alpha}</th>
          </tr>
        </thead>
        <tbody>
          ${instrument.dimensions.map(
            (d) =>
              html`${scaleRow(d.label, analysis.dimensions[d.id])}
              ${instrument.facets
                .filter((x) => x.dimension === d.id)
                .map((x) => scaleRow(x.label, analysis.facets[x.id]))}`,
          )}
        </tbody>
      </table>
    </div>
    <div class="table-wrap">
      <table part="table" class="items-table">
        <caption id="items-caption">
          ${t.items.itemsCaption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.items.item}</th>
            <th scope="col">${t.heatmap.facet}</th>
            <th scope="col" class="num">${t.distribution.n}</th>
            <th scope="col" class="num">${t.distribution.mean}</th>
            <th scope="col" class="num">${t.distribution.sd}</th>
            <th scope="col" class="num">${t.items.floor}</th>
            <th scope="col" class="num">${t.items.ceiling}</th>
            <th scope="col" class="num">${t.items.missing}</th>
            <th scope="col" class="num">${t.items.rDrop}</th>
            <th scope="col" class="num">${t.items.alphaDrop}</th>
          </tr>
        </thead>
        <tbody>
          ${analysis.items.map((item) => {
            const r = item.rDrop.facet;
            const low = r !== null && r < LOW_R_DROP;
            return html`<tr>
              <th scope="row">${itemText.get(item.id) ?? item.id}</th>
              <td>${facetLabel.get(item.facet) ?? item.facet}</td>
              ${num(item.n, 0)} ${num(item.mean)} ${num(item.sd)} ${share(item.floor)}
              ${share(item.ceiling)} ${share(item.missing)}
              <td class="num ${low ? 'low' : ''}">
                ${r === null ? dash : f.number(r, 2)} ${low ? html`(${t.items.low})` : nothing}
              </td>
              ${num(item.alphaDrop.facet)}
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
}
