// Type test, compiled by `npm run typecheck` and never run: `leadership-3d/react` types the
// elements in React 19's JSX. Each `@ts-expect-error` line must fail to compile; if the types
// ever accept it, tsc reports the unused directive and the check fails.
import 'leadership-3d/react';
import type { L3dCompleteEvent, L3dErrorCode, Result } from 'leadership-3d/react';
import { createRef } from 'react';
import type { Leadership3d } from '../../src/components/leadership-3d/leadership-3d.js';

declare const result: Result;
const ref = createRef<Leadership3d>();

export const ok = (
  <>
    <leadership-3d
      ref={ref}
      lang="es"
      form="observer"
      persist="local"
      storage-key="team-a"
      page-size={4}
      lms="auto"
      show-report="false"
      theme="dark"
      instrument-src="/instrument.json"
      xapi-endpoint="https://lrs.example/xapi"
      className="wide"
      onl3d-complete={(event) => {
        const score: number | null = event.detail.result.dimensions.technical.score;
        const id: string = event.detail.instrumentId;
        return [score, id];
      }}
      onl3d-error={(event) => {
        const code: L3dErrorCode = event.detail.code;
        return code;
      }}
      onl3d-answer={(event) => event.detail.answered}
      onl3d-page-change={(event) => event.detail.pageCount}
      onl3d-start={(event) => event.detail.resumed}
      onl3d-xapi={(event) => event.detail.verb}
    />
    <leadership-3d page-size="3" onl3d-complete={(event: L3dCompleteEvent) => event.detail} />
    <leadership-3d
      form="observer"
      rater-group="direct-report"
      onl3d-complete={({ detail }) => (detail.form === 'observer' ? detail.code : detail.result)}
    />
    <l3d-report result={result} lang="ar" theme="light" />
    <l3d-radar-chart result={result} view="facets" />
    <l3d-360
      self={result}
      raters={[{ group: 'peer', result }]}
      hide-inputs=""
      onl3d-360-change={(event) => event.detail.codes}
    />
  </>
);

// @ts-expect-error a rater needs a group: manager, peer, direct-report or other
export const raterWithoutGroup = <l3d-360 raters={[{ result }]} />;

export const wrongEventType = (
  // @ts-expect-error an l3d-complete listener gets an L3dCompleteEvent, not a MouseEvent
  <leadership-3d onl3d-complete={(event: MouseEvent) => event.clientX} />
);

export const wrongDetail = (
  // @ts-expect-error l3d-error's detail has a code and a message, no result
  <leadership-3d onl3d-error={(event) => event.detail.result} />
);

// @ts-expect-error `form` is 'self' or 'observer'
export const wrongForm = <leadership-3d form="manager" />;

// @ts-expect-error `rater-group` is manager, peer, direct-report or other
export const wrongGroup = <leadership-3d form="observer" rater-group="boss" />;

export const codeOnlyForObservers = (
  // @ts-expect-error a self respondent's detail has no code: narrow on `form` first
  <leadership-3d onl3d-complete={(event) => event.detail.code} />
);

// @ts-expect-error `show-report` is the string 'true' or 'false' (React drops `false` attributes)
export const booleanAttribute = <leadership-3d show-report={false} />;

// @ts-expect-error `result` is read-only on <leadership-3d>; it is set on <l3d-report>
export const readOnlyResult = <leadership-3d result={result} />;

// @ts-expect-error the radar chart's view is 'dimensions' or 'facets'
export const wrongView = <l3d-radar-chart view="bars" />;
