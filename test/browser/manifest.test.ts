// custom-elements.json is what editors, docs tools and framework wrappers read. It is generated
// from the JSDoc and decorators on build; this checks it against the running classes, so a
// public property, attribute or event that the analyzer missed (say, one added without a
// decorator it understands, or an event fired without an @fires tag) fails here.
import { expect } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import { Leadership3d } from '../../src/components/leadership-3d/leadership-3d.js';
import { L3dReport } from '../../src/components/l3d-report/l3d-report.js';
import { L3dRadarChart } from '../../src/components/l3d-radar-chart/l3d-radar-chart.js';
import { L3dQuestion } from '../../src/components/l3d-question/l3d-question.js';
import { L3dProgress } from '../../src/components/l3d-progress/l3d-progress.js';
import { L3d360 } from '../../src/components/l3d-360/l3d-360.js';
import * as events from '../../src/events/events.js';

interface Declaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string }[];
  members?: { kind: string; name: string; privacy?: string; static?: boolean }[];
  events?: { name: string }[];
}

async function manifest(): Promise<Map<string, Declaration>> {
  const response = await fetch('/custom-elements.json');
  expect(response.ok, 'run `npm run build` first: it writes custom-elements.json').to.equal(true);
  const data = (await response.json()) as { modules: { declarations?: Declaration[] }[] };
  const all = data.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
  return new Map(all.map((d) => [d.tagName!, d]));
}

/** Public reactive properties of a Lit class and the attribute each one has, if any. */
function reactive(element: typeof ReactiveElement): { property: string; attribute?: string }[] {
  return [...element.elementProperties]
    .filter(([, options]) => !options.state)
    .map(([name, options]) => {
      const property = String(name);
      if (options.attribute === false) return { property };
      const attribute =
        typeof options.attribute === 'string' ? options.attribute : property.toLowerCase();
      return { property, attribute };
    });
}

const ELEMENTS: [string, typeof ReactiveElement][] = [
  ['leadership-3d', Leadership3d],
  ['l3d-report', L3dReport],
  ['l3d-radar-chart', L3dRadarChart],
  ['l3d-question', L3dQuestion],
  ['l3d-progress', L3dProgress],
  ['l3d-360', L3d360],
];

describe('custom-elements.json against the running elements', () => {
  for (const [tag, element] of ELEMENTS)
    it(`lists every public property and attribute of <${tag}>`, async () => {
      const declaration = (await manifest()).get(tag);
      expect(declaration, `${tag} is in the manifest`).to.not.equal(undefined);
      const attributes = new Set((declaration!.attributes ?? []).map((a) => a.name));
      const members = new Set(
        (declaration!.members ?? [])
          .filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public')
          .map((m) => m.name),
      );
      const props = reactive(element);
      expect(props.length).to.be.greaterThan(2);
      const missing = [
        ...props.filter((p) => !members.has(p.property)).map((p) => `property ${p.property}`),
        ...props
          .filter((p) => p.attribute && !attributes.has(p.attribute))
          .map((p) => `attribute ${p.attribute}`),
      ];
      expect(missing).to.deep.equal([]);
    });

  it('lists every public event class as an event of the element that fires it', async () => {
    const elements = await manifest();
    const listed = (tag: string) => new Set((elements.get(tag)!.events ?? []).map((e) => e.name));
    const fired = Object.values(events as Record<string, unknown>)
      .map((value) => (value as { eventName?: unknown } | undefined)?.eventName)
      .filter((name): name is string => typeof name === 'string');
    expect(fired).to.include.members(['l3d-start', 'l3d-complete', 'l3d-error', 'l3d-xapi']);
    // l3d-360-change is the 360 view's; every other class is the widget's
    const widget = listed('leadership-3d');
    const view = listed('l3d-360');
    expect(fired.filter((name) => !widget.has(name))).to.deep.equal(['l3d-360-change']);
    expect([...view].sort()).to.deep.equal(['l3d-360-change', 'l3d-error']);
  });
});
