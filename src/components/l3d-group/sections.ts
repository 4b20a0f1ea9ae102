/**
 * Parts of `<l3d-group>` that are plain functions of the group's numbers: the box plots with
 * their tables, the facet heatmap and the spread sentences. Pictures are SVG drawn from
 * attributes (no inline styles, so a strict CSP allows them); every picture has a table.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { GroupMessages } from '../../i18n/types.js';
import type { Instrument } from '../../scoring/types.js';
import { SCORE_BANDS, type Distribution, type GroupSummary } from '../../internal/group.js';

/** Messages and numbers in the language shown. */
export interface Formatter {
  t: (message: string, values: Record<string, string | number>) => string;
  number: (value: number, fractionDigits?: number) => string;
  /** A share 0–1 as a whole percentage, e.g. "40 %" or "٪٤٠". */
  percent: (share: number) => string;
}

interface Row {
  id: string;
  label: string;
  /** A dimension id: the row's accent colour. */
  dimension: string;
  d: Distribution;
}

/** One box plot: whiskers min–max, box q1–q3, the median line and the mean's diamond. */
function boxPlot(d: Distribution): TemplateResult {
  if (d.n === 0 || d.min === null)
    return html`<svg class="box" viewBox="0 0 100 10" aria-hidden="true"></svg>`;
  const [min, q1, median, q3, max, m] = [d.min, d.q1!, d.median!, d.q3!, d.max!, d.mean!];
  return html`<svg
    class="box"
    viewBox="-2 0 104 10"
    preserveAspectRatio="none"
    aria-hidden="true"
    focusable="false"
  >
    ${svg`<rect class="box-track" x="0" y="4.5" width="100" height="1"></rect>
      <rect class="box-whisker" x=${min} y="4.6" width=${Math.max(max - min, 0.4)} height="0.8"></rect>
      <rect class="box-body" x=${q1} y="1.5" width=${Math.max(q3 - q1, 0.6)} height="7" rx="0.5"></rect>
      <rect class="box-median" x=${median - 0.4} y="1" width="0.8" height="8"></rect>
      <path class="box-mean" d="M ${m} 3 L ${m + 1.6} 5 L ${m} 7 L ${m - 1.6} 5 Z"></path>`}
  </svg>`;
}

/** A figure of box plots and the table of its numbers. */
function distributionBlock(
  t: GroupMessages,
  f: Formatter,
  id: string,
  title: string,
  rows: Row[],
): TemplateResult {
  const num = (value: number | null, digits = 0) =>
    html`<td class="num">${value === null ? t.distribution.empty : f.number(value, digits)}</td>`;
  return html`<h4 class="table-title" id="dist-${id}">${title}</h4>
    <figure class="boxes" aria-labelledby="dist-${id}" role="group">
      <div class="scale" aria-hidden="true">
        ${[0, 25, 50, 75, 100].map((n) => html`<span>${f.number(n)}</span>`)}
      </div>
      ${rows.map(
        (row) =>
          html`<div class="box-row dim-${row.dimension}">
            <span class="box-label">${row.label}</span>${boxPlot(row.d)}
          </div>`,
      )}
      <figcaption class="visually-hidden">
        ${f.t(t.distribution.figure, { what: title })}
      </figcaption>
    </figure>
    <div class="table-wrap">
      <table part="table" aria-labelledby="dist-${id}">
        <thead>
          <tr>
            <th scope="col">${t.distribution.area}</th>
            <th scope="col" class="num">${t.distribution.n}</th>
            <th scope="col" class="num">${t.distribution.mean}</th>
            <th scope="col" class="num">${t.distribution.sd}</th>
            <th scope="col" class="num">${t.distribution.min}</th>
            <th scope="col" class="num">${t.distribution.q1}</th>
            <th scope="col" class="num">${t.distribution.median}</th>
            <th scope="col" class="num">${t.distribution.q3}</th>
            <th scope="col" class="num">${t.distribution.max}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            ({ label, dimension, d }) =>
              html`<tr class="dim-${dimension}">
                <th scope="row">${label}</th>
                ${num(d.n)} ${num(d.mean)} ${num(d.sd, 1)} ${num(d.min)} ${num(d.q1)}
                ${num(d.median)} ${num(d.q3)} ${num(d.max)}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}

/** Box plots per dimension, then per facet of each dimension, each with its table. */
export function distributionContent(
  t: GroupMessages,
  f: Formatter,
  summary: GroupSummary,
  instrument: Instrument,
): TemplateResult {
  const dimensions = instrument.dimensions.map((d) => ({
    id: d.id,
    label: d.label,
    dimension: d.id,
    d: summary.dimensions[d.id],
  }));
  return html`<p class="hint">${t.distribution.intro}</p>
    ${distributionBlock(t, f, 'dimensions', t.distribution.dimensions, dimensions)}
    ${instrument.dimensions.map((dim) =>
      distributionBlock(
        t,
        f,
        dim.id,
        f.t(t.distribution.facetsOf, { dimension: dim.label }),
        instrument.facets
          .filter((x) => x.dimension === dim.id)
          .map((x) => ({ id: x.id, label: x.label, dimension: dim.id, d: summary.facets[x.id]! })),
      ),
    )}`;
}

/**
 * The facet heatmap: a table (rows facets, columns score bands) whose cells are shaded by the
 * share of people in them (six steps, by class) and say the count and share in words.
 */
export function heatmapContent(
  t: GroupMessages,
  f: Formatter,
  summary: GroupSummary,
  instrument: Instrument,
): TemplateResult {
  return html`<p class="hint">${t.heatmap.intro}</p>
    <div class="table-wrap">
      <table part="table" class="heatmap">
        <caption id="heatmap-caption">
          ${t.heatmap.caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.heatmap.facet}</th>
            ${SCORE_BANDS.map(
              ([low, high]) =>
                html`<th scope="col" class="num">
                  ${f.t(t.heatmap.band, { low: f.number(low), high: f.number(high) })}
                </th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${instrument.facets.map((facet) => {
            const d = summary.facets[facet.id]!;
            return html`<tr class="dim-${facet.dimension}">
              <th scope="row">${facet.label}</th>
              ${d.bands.map((count) => {
                const share = d.n ? count / d.n : 0;
                const step = count ? Math.min(5, Math.ceil(share * 5)) : 0;
                return html`<td class="num heat heat-${step}">
                  ${f.t(t.heatmap.cell, {
                    count: f.number(count),
                    share: f.percent(share),
                  })}
                </td>`;
              })}
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
}

/** Per dimension in words: where the middle half lies, the range and SD; then most and least. */
export function spreadContent(
  t: GroupMessages,
  f: Formatter,
  summary: GroupSummary,
  instrument: Instrument,
): TemplateResult {
  const scored = instrument.dimensions.filter((d) => summary.dimensions[d.id].sd !== null);
  if (!scored.length) return html`<p>${t.spread.none}</p>`;
  const bySd = [...scored].sort(
    (a, b) => summary.dimensions[b.id].sd! - summary.dimensions[a.id].sd!,
  );
  const most = bySd[0]!;
  const least = bySd[bySd.length - 1]!;
  const n = (value: number | null, digits = 0) => (value === null ? '–' : f.number(value, digits));
  return html`<p class="hint">${t.spread.intro}</p>
    <ul class="spread-list">
      ${scored.map((dim) => {
        const d = summary.dimensions[dim.id];
        return html`<li>
          ${f.t(t.spread.line, {
            dimension: dim.label,
            q1: n(d.q1),
            q3: n(d.q3),
            min: n(d.min),
            max: n(d.max),
            sd: n(d.sd, 1),
          })}
        </li>`;
      })}
    </ul>
    ${
      scored.length > 1
        ? html`<p>
            ${f.t(t.spread.most, {
              area: most.label,
              sd: n(summary.dimensions[most.id].sd, 1),
              least: least.label,
              leastSd: n(summary.dimensions[least.id].sd, 1),
            })}
          </p>`
        : nothing
    }`;
}
