/**
 * Parts of `<l3d-360>` that are plain functions of the view's data: the columns (self, each group
 * shown, all others), the gap lists, what changed, and small readers of the engine's records.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ReportMessages, ThreeSixtyMessages } from '../../i18n/types.js';
import { RATER_GROUPS } from '../../scoring/vocabulary.js';
import type {
  Change,
  ChangeEntry,
  Gap,
  GapKind,
  GroupScores,
  Instrument,
  InstrumentFacet,
  Norms,
  Percentile,
  RaterGroup,
  Result360,
  ScoreBlock,
} from '../../scoring/types.js';
import { formatSigned, formatSizes, section } from '../../internal/report-parts.js';
import type { View360 } from '../../internal/view360.js';

/** Messages and numbers in the language shown. */
export interface Formatter {
  t: (message: string, values: Record<string, string | number>) => string;
  number: (value: number, fractionDigits?: number) => string;
  lang: string;
}

export type Kind = 'dimensions' | 'facets';

/** One column of the tables and one line of the chart: self, a rater group, or all others. */
export interface Column {
  id: 'self' | RaterGroup | 'others';
  label: string;
  score: (kind: Kind, id: string) => number | null;
}

const GAP_LISTS: readonly Exclude<GapKind, 'agreement'>[] = [
  'blind-spot',
  'hidden-strength',
  'agreed-strength',
  'agreed-growth',
];

/** Self, each group shown, then all others: the order of the table columns and chart lines. */
export function columnsOf(t: ThreeSixtyMessages, report: Result360): Column[] {
  const fromGroup = (scores: GroupScores) => (kind: Kind, id: string) =>
    at<number | null>(scores[kind], id) ?? null;
  const columns: Column[] = [];
  const self = report.self;
  if (self)
    columns.push({
      id: 'self',
      label: t.groups.self,
      score: (kind, id) => at<ScoreBlock>(self[kind], id)?.score ?? null,
    });
  for (const g of RATER_GROUPS)
    if (isShown(report.groups[g]))
      columns.push({ id: g, label: t.groups[g], score: fromGroup(report.groups[g]) });
  if (isShown(report.others))
    columns.push({ id: 'others', label: t.groups.others, score: fromGroup(report.others) });
  return columns;
}

/** A table per dimension: each column's scores, the gap and its meaning, percentiles with norms. */
export function tablesSection(
  t: ThreeSixtyMessages,
  r: ReportMessages,
  view: View360,
  instrument: Instrument,
  f: Formatter,
): TemplateResult {
  const report = view.report!;
  const columns = columnsOf(t, report);
  const ranks = view.percentiles;
  const sizes = ranks
    ? [...Object.values(ranks.dimensions), ...Object.values(ranks.facets)].map((p) => p!.n)
    : [];
  const cell = (value: number | null | undefined, text?: string) =>
    html`<td class="num">
      ${value === null || value === undefined ? r.table.empty : (text ?? f.number(value))}
    </td>`;
  const row = (kind: Kind, id: string, label: string) => {
    const gap = at<Gap | null>(report.gaps[kind], id) ?? null;
    const rank = at<Percentile>(ranks?.[kind], id);
    return html`<tr class=${kind === 'dimensions' ? 'dimension' : 'facet'}>
      <th scope="row">${label}</th>
      ${columns.map((c) => cell(c.score(kind, id)))}
      ${cell(gap?.difference, gap ? formatSigned(gap.difference, f.lang) : undefined)}
      <td class="meaning ${gap?.kind ?? ''}">${gap ? t.kinds[gap.kind] : r.table.empty}</td>
      ${ranks ? cell(rank?.value) : nothing}
    </tr>`;
  };
  // The title stays above the table, so it does not scroll away with a wide one on a phone.
  const table = (d: Instrument['dimensions'][number]) =>
    html`<h4 class="table-title" id="table-${d.id}">
        ${f.t(t.table.caption, { dimension: d.label })}
      </h4>
      <div class="table-wrap">
        <table part="table" aria-labelledby="table-${d.id}">
          <thead>
            <tr>
              <th scope="col">${t.table.area}</th>
              ${columns.map((c) => html`<th scope="col" class="num">${c.label}</th>`)}
              <th scope="col" class="num">${t.table.gap}</th>
              <th scope="col" class="meaning-col">${t.table.meaning}</th>
              ${ranks ? html`<th scope="col" class="num">${t.table.percentile}</th>` : nothing}
            </tr>
          </thead>
          <tbody class="dim-${d.id}">
            ${row('dimensions', d.id, d.label)}
            ${instrument.facets
              .filter((f) => f.dimension === d.id)
              .map((f) => row('facets', f.id, f.label))}
          </tbody>
        </table>
      </div>`;
  return section(
    'tables',
    t.sections.tables,
    html`<p class="hint">
        ${t.table.hiddenNote}
        ${
          ranks
            ? html`<span class="percentile-note"
                >${f.t(t.table.percentileNote, {
                  group: ranks.group,
                  n: formatSizes(sizes, f.lang),
                })}</span
              >`
            : nothing
        }
      </p>
      ${instrument.dimensions.map(table)}`,
  );
}

/** The facets where self and others differ, or agree, by kind of gap. */
export function gapsSection(
  t: ThreeSixtyMessages,
  report: Result360,
  facets: readonly InstrumentFacet[],
  f: Formatter,
): TemplateResult {
  const gaps = facets
    .map((f) => ({ label: f.label, gap: report.gaps.facets[f.id] ?? null }))
    .filter((entry) => entry.gap !== null);
  const threshold = gaps[0]?.gap?.threshold;
  if (threshold === undefined)
    return section('gaps', t.sections.gaps, html`<p>${t.gaps.needBoth}</p>`);
  const list = (kind: (typeof GAP_LISTS)[number]) => {
    const entries = gaps.filter((e) => e.gap!.kind === kind);
    return html`<div class="gap-kind ${kind}">
      <h4 id="gap-${kind}">${t.kinds[kind]}</h4>
      <p class="hint">${t.gaps.explain[kind]}</p>
      ${
        entries.length
          ? html`<ul aria-labelledby="gap-${kind}">
              ${entries.map(
                ({ label, gap }) =>
                  html`<li>
                    ${f.t(t.gaps.item, {
                      area: label,
                      self: f.number(gap!.self),
                      others: f.number(gap!.others),
                      gap: formatSigned(gap!.difference, f.lang),
                    })}
                  </li>`,
              )}
            </ul>`
          : html`<p class="none">${t.gaps.none}</p>`
      }
    </div>`;
  };
  return section(
    'gaps',
    t.sections.gaps,
    html`<p class="hint">${f.t(t.gaps.intro, { threshold: f.number(threshold, 2) })}</p>
      <div class="gap-lists">${GAP_LISTS.map(list)}</div>`,
  );
}

/** What changed since the earlier result, dimension by dimension and facet by facet. */
export function changeSection(
  t: ThreeSixtyMessages,
  r: ReportMessages,
  change: Change | null,
  instrument: Instrument,
  f: Formatter,
): TemplateResult {
  if (!change) return section('change', t.sections.change, html`<p>${t.change.needSelf}</p>`);
  const row = (kind: Kind, id: string, label: string) => {
    const entry = at<ChangeEntry | null>(change[kind], id) ?? null;
    const verdict = !entry
      ? r.table.empty
      : entry.direction === 'increase'
        ? t.change.increase
        : entry.direction === 'decrease'
          ? t.change.decrease
          : t.change.none;
    const num = (value: number | undefined, text?: string) =>
      html`<td class="num">${value === undefined ? r.table.empty : (text ?? f.number(value))}</td>`;
    return html`<tr class=${kind === 'dimensions' ? 'dimension' : 'facet'}>
      <th scope="row">${label}</th>
      ${num(entry?.before)} ${num(entry?.after)}
      ${num(entry?.difference, entry ? formatSigned(entry.difference, f.lang) : '')}
      <td class="verdict ${entry?.direction ?? ''}">${verdict}</td>
    </tr>`;
  };
  return section(
    'change',
    t.sections.change,
    html`<p class="hint">${t.change.intro}</p>
      <h4 class="table-title" id="change-caption">${t.change.caption}</h4>
      <div class="table-wrap">
        <table part="table" aria-labelledby="change-caption">
          <thead>
            <tr>
              <th scope="col">${t.table.area}</th>
              <th scope="col" class="num">${t.change.before}</th>
              <th scope="col" class="num">${t.change.after}</th>
              <th scope="col" class="num">${t.change.difference}</th>
              <th scope="col">${t.change.verdict}</th>
            </tr>
          </thead>
          ${instrument.dimensions.map(
            (d) =>
              html`<tbody class="dim-${d.id}">
                ${row('dimensions', d.id, d.label)}
                ${instrument.facets
                  .filter((f) => f.dimension === d.id)
                  .map((f) => row('facets', f.id, f.label))}
              </tbody>`,
          )}
        </table>
      </div>`,
  );
}

/** A group whose means are shown: it has raters and anonymity did not withhold it. */
export const isShown = (group: GroupScores): boolean =>
  group.raters > 0 && group.hidden === undefined;

/** A shown group with some scores withheld (fewer than 3 could rate them) or unscorable. */
export const hasGaps = (group: GroupScores): boolean =>
  isShown(group) &&
  [...Object.values(group.dimensions), ...Object.values(group.facets)].some((v) => v === null);

/** An entry of a record keyed by dimension or facet id (either kind of key). */
export const at = <T>(record: object | undefined, id: string): T | undefined =>
  (record as Record<string, T | undefined> | undefined)?.[id];

/** Sizes of the norm groups of every score the norms cover. */
export function normSizes(norms: Norms): number[] {
  const stats = [...Object.values(norms.dimensions ?? {}), ...Object.values(norms.facets ?? {})];
  return stats.map((s) => ('scores' in s ? s.scores.length : s.n));
}
