// The SCORM package's generated files with markup and script payloads in every text the user
// gives the builder: the launch page and the manifest must read them back as the same text,
// with no element, attribute or handler made from them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { launchPage, type LaunchPageOptions } from '../../src/lms/package/launch-page.js';
import { manifest12, manifest2004 } from '../../src/lms/package/manifest.js';
import { PAYLOADS } from '../fixtures/payloads.js';
import { manifestSample } from './helpers.js';

function parse(text: string, type: 'text/html' | 'text/xml'): Document {
  return new DOMParser({
    onError: (level, message) => {
      if (type === 'text/xml' || level === 'fatalError') throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(text, type);
}

/** Every element in document order, as `name[attr,attr]`, so an added element or attribute shows. */
function shape(doc: Document): string[] {
  const out: string[] = [];
  const walk = (el: Element) => {
    const attributes = Array.from(el.attributes).map((a) => a.name);
    out.push(`${el.localName}[${attributes.join(',')}]`);
    for (const child of Array.from(el.childNodes)) if (child.nodeType === 1) walk(child as Element);
  };
  walk(doc.documentElement!);
  return out;
}

const page = (overrides: Partial<LaunchPageOptions>): string =>
  launchPage({
    title: 'Course',
    lang: 'en',
    form: 'self',
    persist: 'none',
    lms: 'auto',
    score: 'none',
    finish: 'on-leave',
    script: 'leadership-3d.js',
    fallback: 'classic-fallback.js',
    stylesheet: 'launch.css',
    ...overrides,
  });

describe('SCORM package files with payloads in the given texts', () => {
  const plainPage = shape(parse(page({}), 'text/html'));

  for (const payload of PAYLOADS)
    it(`launch page: ${JSON.stringify(payload)} as title and lang stays text`, () => {
      const html = page({ title: payload, lang: payload });
      const doc = parse(html, 'text/html');
      assert.deepEqual(shape(doc), plainPage, 'the same elements and attributes as a plain page');
      assert.equal(doc.getElementsByTagName('title')[0]!.textContent, payload);
      const widget = doc.getElementsByTagName('leadership-3d')[0]!;
      assert.equal(widget.getAttribute('lang'), payload);
      assert.equal(doc.documentElement!.getAttribute('lang'), payload);
      assert.equal(doc.getElementsByTagName('script').length, 2, 'the module and its fallback');
    });

  for (const [edition, manifest] of [
    ['1.2', manifest12],
    ['2004', manifest2004],
  ] as const) {
    const plain = shape(parse(manifest(manifestSample({})), 'text/xml'));
    for (const payload of PAYLOADS)
      it(`manifest ${edition}: ${JSON.stringify(payload)} as title stays text`, () => {
        const courseVersion = `"><x a='1'/>`;
        const doc = parse(manifest(manifestSample({ title: payload, courseVersion })), 'text/xml');
        assert.deepEqual(shape(doc), plain, 'the same elements and attributes');
        const titles = Array.from(doc.getElementsByTagName('title'));
        assert.equal(titles.length, 2, 'organization and item titles');
        for (const title of titles) assert.equal(title.textContent, payload);
        assert.equal(doc.documentElement!.getAttribute('version'), courseVersion);
      });
  }
});
