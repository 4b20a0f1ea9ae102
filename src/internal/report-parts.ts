import { html, nothing, type TemplateResult } from 'lit';
import { formatMessage, numberFormat } from '../i18n/format.js';
import type { ReportMessages } from '../i18n/types.js';
import type { Stage } from '../scoring/types.js';
import { STAGES } from '../scoring/vocabulary.js';

/** What a radar chart shows: the three dimensions, or the twelve facets. */
export type RadarView = 'dimensions' | 'facets';

/**
 * What `<l3d-report>` and `<l3d-360>` share, so a score reads and a section looks the same in
 * both: number, range and stage formatting, a section with its heading, the chart view toggle.
 */

/** A score for people: whole points unless asked, in the language's digits. */
export function formatScore(value: number, lang: string, fractionDigits = 0): string {
  // Round first so the number matches the stage and band computed from it.
  const rounded = fractionDigits ? value : Math.round(value);
  return numberFormat(lang, fractionDigits).format(rounded);
}

/**
 * A signed difference, e.g. "+12" or "-7"; "0" without a sign. Intl adds the marks that keep
 * the sign before the digits in right-to-left text.
 */
export function formatSigned(value: number, lang: string): string {
  const rounded = Math.round(value) || 0;
  try {
    return new Intl.NumberFormat(lang, { signDisplay: 'exceptZero' }).format(rounded);
  } catch {
    return rounded > 0 ? `+${rounded}` : String(rounded);
  }
}

/** "52–71": the two ends of a 90 % band, without words (a column header says what it is). */
export function formatRange([low, high]: readonly [number, number], lang: string): string {
  return `${formatScore(low, lang)}–${formatScore(high, lang)}`;
}

/**
 * "Competent", or "Between Competent and Proficient" when the band straddles a cut, or "Anywhere
 * from Advanced beginner to Proficient: … spans 3 stages" when it straddles two: a band is wider
 * than a stage, and the text says so rather than naming only the ends.
 */
export function stageText(t: ReportMessages, stage: Stage, lang: string): string {
  if (!stage.between) return t.stages[stage.id];
  const [low, high] = stage.between;
  const count = STAGES.indexOf(high) - STAGES.indexOf(low) + 1;
  return formatMessage(
    count > 2 ? t.betweenWide : t.between,
    { low: t.stages[low], high: t.stages[high], count },
    lang,
  );
}

/** "a, b and c" in the language, or a plain comma list where Intl.ListFormat is missing. */
export function formatList(items: string[], lang: string): string {
  try {
    return new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

/** The size of a norm group, or "low–high" when scores were normed on groups of different sizes. */
export function formatSizes(sizes: readonly number[], lang: string): string {
  if (!sizes.length) return '';
  const low = Math.min(...sizes);
  const high = Math.max(...sizes);
  return low === high
    ? formatScore(low, lang)
    : `${formatScore(low, lang)}–${formatScore(high, lang)}`;
}

/** A report section: `part="section"`, headed by an `h3` that names it. */
export function section(id: string, heading: string, content: unknown): TemplateResult {
  return html`<section part="section" class="section ${id}" aria-labelledby="${id}-heading">
    <h3 part="heading" id="${id}-heading">${heading}</h3>
    ${content}
  </section>`;
}

/** The dimensions / facets switch above a radar chart: two toggle buttons (`aria-pressed`). */
export function viewToggle(
  t: ReportMessages,
  lang: string,
  counts: { dimensions: number; facets: number },
  current: RadarView,
  choose: (view: RadarView) => void,
): TemplateResult {
  const button = (view: RadarView, label: string) =>
    html`<button
      part="button"
      class="button toggle-button"
      type="button"
      aria-pressed=${String(current === view)}
      @click=${() => choose(view)}
    >
      ${label}
    </button>`;
  return html`<div class="toggle" role="group" aria-label=${t.chart.viewLabel}>
    ${button('dimensions', formatMessage(t.chart.dimensions, { count: counts.dimensions }, lang))}
    ${
      counts.facets
        ? button('facets', formatMessage(t.chart.facets, { count: counts.facets }, lang))
        : nothing
    }
  </div>`;
}
