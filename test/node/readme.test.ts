// The README is where users learn the elements' API; the Custom Elements Manifest is generated
// from the source on every build. This keeps the two in step: a public attribute, event, part or
// custom property added to an element and not documented fails here.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';

const root = resolve(import.meta.dirname, '../../..');
const readme = readFileSync(resolve(root, 'README.md'), 'utf8');

interface Named {
  name: string;
}
interface Declaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: Named[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}

function elements(): Declaration[] {
  const file = resolve(root, 'custom-elements.json');
  assert.ok(existsSync(file), 'run `npm run build` first: it writes custom-elements.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as {
    modules: { declarations?: Declaration[] }[];
  };
  return manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
}

describe('README against custom-elements.json', () => {
  const found = elements();

  it('the manifest lists all seven elements', () => {
    assert.deepEqual(found.map((d) => d.tagName).sort(), [
      'l3d-360',
      'l3d-360-inputs',
      'l3d-progress',
      'l3d-question',
      'l3d-radar-chart',
      'l3d-report',
      'leadership-3d',
    ]);
  });

  for (const element of found) {
    it(`documents every attribute, event, part and custom property of <${element.tagName}>`, () => {
      const missing = [
        ...(element.attributes ?? []).map((a) => `\`${a.name}\``),
        ...(element.events ?? []).map((e) => `\`${e.name}\``),
        ...(element.cssParts ?? []).map((p) => `\`${p.name}\``),
        ...(element.cssProperties ?? []).map((p) => `\`${p.name}\``),
      ].filter((name) => !readme.includes(name));
      assert.deepEqual(missing, []);
    });
  }

  it('documents the six public events of <leadership-3d> with their detail', () => {
    const widget = found.find((d) => d.tagName === 'leadership-3d')!;
    assert.deepEqual((widget.events ?? []).map((e) => e.name).sort(), [
      'l3d-answer',
      'l3d-complete',
      'l3d-error',
      'l3d-page-change',
      'l3d-start',
      'l3d-xapi',
    ]);
  });
});
