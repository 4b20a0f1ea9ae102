/**
 * What `<l3d-report>` shows, joined from a result and its instrument, and the score bar it draws
 * for each dimension: plain functions of the data.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { strengthsAndGrowth } from '../../scoring/score.js';
import { STAGE_CUTS } from '../../scoring/stages.js';
import type {
  DimensionId,
  DimensionScore,
  FacetScore,
  Instrument,
  InstrumentFacet,
  Result,
} from '../../scoring/types.js';

/** A dimension of the instrument with its score and its facets' scores, as far as they match. */
export interface DimensionEntry {
  id: DimensionId;
  label: string;
  description: string;
  score: DimensionScore;
  facets: FacetEntry[];
}

export interface FacetEntry {
  facet: InstrumentFacet;
  score: FacetScore;
  /** Items of the facet in the instrument, for "3 of 4 answered". */
  items: number;
}

/** Everything `render()` needs, read defensively: a stored or foreign result may not match. */
export interface ReportModel {
  result: Result;
  dimensions: DimensionEntry[];
  facets: Map<string, FacetEntry>;
  dimensionLabels: Map<DimensionId, string>;
  /** Whether the bands rest on assumed reliabilities (always so in a version 1 result). */
  assumed: boolean;
  /** Whether any facet has a score. */
  facetsScored: boolean;
  /**
   * When no strength was earned: the highest-rated facets (up to 3, ties all in or all out),
   * possibly none. `null` when there are strengths, or no facet has a score.
   */
  highestRated: string[] | null;
  /** Facets left out of the strengths only because they tie for the last place. */
  tiedStrengths: string[];
  /**
   * When no growth area is listed because more than three facets tie for the lowest score: those
   * facets, or `'all'` when every facet scores the same (nothing stands out).
   */
  tiedLowest: string[] | 'all';
}

/** Joins result and instrument by id; anything in one but not the other is left out. */
export function modelOf(result: Result, instrument: Instrument): ReportModel {
  const items = new Map<string, number>();
  for (const item of instrument.items) items.set(item.facet, (items.get(item.facet) ?? 0) + 1);
  const facets = new Map<string, FacetEntry>();
  for (const facet of instrument.facets) {
    const score = result.facets?.[facet.id];
    if (score) facets.set(facet.id, { facet, score, items: items.get(facet.id) ?? 0 });
  }
  const dimensions: DimensionEntry[] = [];
  for (const d of instrument.dimensions) {
    const score = result.dimensions?.[d.id];
    if (!score) continue;
    const own = [...facets.values()].filter((f) => f.facet.dimension === d.id);
    dimensions.push({ id: d.id, label: d.label, description: d.description, score, facets: own });
  }
  const dimensionLabels = new Map(instrument.dimensions.map((d) => [d.id, d.label]));
  const scored = [...facets.values()].filter((f) => typeof f.score.score === 'number');
  const values = scored.map((f) => f.score.score);
  const ids = (positions: number[]) => positions.map((i) => scored[i]!.facet.id);
  // The engine's own ranking, applied to the facets shown here. Version 1 results (no
  // `reliabilityAssumed`) ranked strengths another way: no tie notes for them.
  const facetSem = result.sem?.facets;
  const ranked =
    typeof facetSem === 'number' && scored.length ? strengthsAndGrowth(values, facetSem) : null;
  const highestRated =
    result.strengths?.length || !scored.length
      ? null
      : // with no cut to reach (a SEM of −∞) the strengths rule is "the highest, ties all in or
        // all out"
        ids(strengthsAndGrowth(values, -Infinity).strengths.listed);
  const tiedStrengths = ids(ranked?.strengths.tied ?? []);
  const lowest = ranked?.growthAreas.listed.length ? [] : (ranked?.growthAreas.tied ?? []);
  // 'all': every facet scores the same, so none is lower than the rest
  const tiedLowest = lowest.length && lowest.length < scored.length ? ids(lowest) : 'all';
  return {
    result,
    dimensions,
    facets,
    dimensionLabels,
    assumed: result.reliabilityAssumed !== false,
    facetsScored: scored.length > 0,
    highestRated,
    tiedStrengths,
    tiedLowest,
  };
}

export function pick(model: ReportModel, ids: readonly string[] | undefined): FacetEntry[] {
  return (ids ?? []).map((id) => model.facets.get(id)).filter((e): e is FacetEntry => !!e);
}

/**
 * A 0–100 track with the likely range shaded, the score marked, and ticks at the stage cuts.
 * SVG geometry attributes, not inline styles, so it draws under a strict style-src CSP.
 */
export function scoreBar(score: number, band: [number, number] | null): TemplateResult {
  // Inner pieces use the svg tag so they are created in the SVG namespace.
  const range = band
    ? svg`<rect class="bar-band" x=${band[0]} y="0" width=${Math.max(band[1] - band[0], 0)} height="10" rx="1"></rect>`
    : nothing;
  const cuts = STAGE_CUTS.map(
    (cut) => svg`<rect class="bar-cut" x=${cut - 0.2} y="2" width="0.4" height="6"></rect>`,
  );
  const marker = Math.min(Math.max(score - 0.75, 0), 98.5);
  return html`<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
    <rect class="bar-track" x="0" y="3" width="100" height="4" rx="1"></rect>
    ${range} ${cuts}
    <rect class="bar-score" x=${marker} y="0" width="1.5" height="10"></rect>
  </svg>`;
}
