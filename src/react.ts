/**
 * leadership-3d/react: the widget entry (`.`) plus JSX types for React 19, which passes
 * properties and `on<event>` listeners straight to custom elements.
 *
 * ```tsx
 * import 'leadership-3d/react'; // registers the elements and types them in JSX
 * <leadership-3d lang="es" page-size="4" onl3d-complete={(e) => save(e.detail.result)} />
 * ```
 *
 * At run time this specifier is the same module as `leadership-3d` (package.json maps both to
 * dist/index.js), so a page never gets two copies. Only React users import it: it needs
 * `@types/react`; the package has no React dependency.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { Leadership3d } from './components/leadership-3d/leadership-3d.js';
import type { L3dReport } from './components/l3d-report/l3d-report.js';
import type { L3dRadarChart } from './components/l3d-radar-chart/l3d-radar-chart.js';
import type { L3d360 } from './components/l3d-360/l3d-360.js';
import type {
  L3d360ChangeEvent,
  L3dAnswerEvent,
  L3dCompleteEvent,
  L3dErrorEvent,
  L3dPageChangeEvent,
  L3dStartEvent,
  L3dXapiEvent,
} from './events/events.js';

export * from './index.js';

/** Attributes are strings in HTML; numbers are accepted too (React turns them into text). */
type NumberAttribute = number | `${number}`;

/**
 * `<leadership-3d>` in JSX. Kebab-case names are attributes (React sets them with
 * `setAttribute`); camelCase names are properties, for data that is not text. Booleans go as
 * the strings `"true"`/`"false"`: React drops an attribute set to `false`.
 */
export interface Leadership3dProps extends DetailedHTMLProps<
  HTMLAttributes<Leadership3d>,
  Leadership3d
> {
  'instrument-src'?: string;
  form?: Leadership3d['form'];
  'rater-group'?: Leadership3d['raterGroup'];
  lang?: string;
  persist?: Leadership3d['persist'];
  'storage-key'?: string;
  'page-size'?: NumberAttribute;
  lms?: Leadership3d['lms'];
  'xapi-endpoint'?: string;
  'show-report'?: 'true' | 'false';
  theme?: 'light' | 'dark';
  instrument?: Leadership3d['instrument'];
  responses?: Leadership3d['responses'];
  norms?: Leadership3d['norms'];
  locale?: Leadership3d['locale'];
  xapiAuth?: Leadership3d['xapiAuth'];
  xapiActor?: Leadership3d['xapiActor'];
  xapiRegistration?: Leadership3d['xapiRegistration'];
  'onl3d-start'?: (event: L3dStartEvent) => void;
  'onl3d-answer'?: (event: L3dAnswerEvent) => void;
  'onl3d-page-change'?: (event: L3dPageChangeEvent) => void;
  'onl3d-complete'?: (event: L3dCompleteEvent) => void;
  'onl3d-error'?: (event: L3dErrorEvent) => void;
  'onl3d-xapi'?: (event: L3dXapiEvent) => void;
}

/** `<l3d-report>` in JSX: a stored result shown on its own. */
export interface L3dReportProps extends DetailedHTMLProps<HTMLAttributes<L3dReport>, L3dReport> {
  lang?: string;
  theme?: 'light' | 'dark';
  result?: L3dReport['result'];
  instrument?: L3dReport['instrument'];
  locale?: L3dReport['locale'];
}

/** `<l3d-radar-chart>` in JSX. */
export interface L3dRadarChartProps extends DetailedHTMLProps<
  HTMLAttributes<L3dRadarChart>,
  L3dRadarChart
> {
  lang?: string;
  theme?: 'light' | 'dark';
  view?: L3dRadarChart['view'];
  result?: L3dRadarChart['result'];
  instrument?: L3dRadarChart['instrument'];
  series?: L3dRadarChart['series'];
  labels?: L3dRadarChart['labels'];
  locale?: L3dRadarChart['locale'];
}

/** `<l3d-360>` in JSX: the 360° view, with data from the host or from the person's inputs. */
export interface L3d360Props extends DetailedHTMLProps<HTMLAttributes<L3d360>, L3d360> {
  lang?: string;
  theme?: 'light' | 'dark';
  'hide-inputs'?: 'true' | '';
  self?: L3d360['self'];
  raters?: L3d360['raters'];
  norms?: L3d360['norms'];
  previous?: L3d360['previous'];
  instrument?: L3d360['instrument'];
  locale?: L3d360['locale'];
  'onl3d-360-change'?: (event: L3d360ChangeEvent) => void;
  'onl3d-error'?: (event: L3dErrorEvent) => void;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types are a namespace
  namespace JSX {
    interface IntrinsicElements {
      'leadership-3d': Leadership3dProps;
      'l3d-report': L3dReportProps;
      'l3d-radar-chart': L3dRadarChartProps;
      'l3d-360': L3d360Props;
    }
  }
}
