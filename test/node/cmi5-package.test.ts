// The cmi5 course package a user imports into an LMS: built by the `leadership-3d cmi5` command
// from the real build, unzipped, its cmi5.xml validated against the cmi5 CourseStructure schema
// (test/fixtures/cmi5/CourseStructure.xsd) and read back; the launch page runs the widget with
// lms="cmi5". Run `npm run build` first.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Element } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import { DEFAULT_COURSE_ID, run, USAGE } from '../../src/cli/cmi5-command.js';
import type { CliIo } from '../../src/cli/package-command.js';
import {
  CMI5_NAMESPACE,
  cmi5Xml,
  Cmi5OptionError,
  type Cmi5CourseOptions,
} from '../../src/lms/package/cmi5-xml.js';
import { PAYLOADS } from '../fixtures/payloads.js';
import { parseXml } from './parse.js';
import { validate } from './xsd.js';

const root = resolve(import.meta.dirname, '../../..');
const distDir = join(root, 'dist');
const decoder = new TextDecoder('utf-8', { fatal: true });

const child = (parent: Element, name: string): Element => {
  const found = Array.from(parent.childNodes).filter(
    (node): node is Element =>
      node.nodeType === 1 &&
      (node as Element).localName === name &&
      (node as Element).namespaceURI === CMI5_NAMESPACE,
  );
  assert.equal(found.length, 1, `exactly one <${name}> in <${parent.localName}>`);
  return found[0]!;
};

/** Runs `leadership-3d cmi5 …` in-process (`args` after the command), capturing its output. */
function cli(args: string[], io: Partial<CliIo> = {}) {
  let stdout = '';
  let stderr = '';
  const status = run(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    distDir,
    packageVersion: '0.1.0',
    writeFile: (path, data) => writeFileSync(path, data),
    ...io,
  });
  return { status, stdout, stderr };
}

const sample = (overrides: Partial<Cmi5CourseOptions> = {}): Cmi5CourseOptions => ({
  courseId: 'https://example.com/courses/lead',
  title: 'Leadership',
  lang: 'en',
  launch: 'index.html',
  ...overrides,
});

describe('the cmi5 package (leadership-3d cmi5)', () => {
  let dir = '';
  before(() => {
    assert.ok(existsSync(join(distDir, 'leadership-3d.classic.js')), 'run `npm run build` first');
    dir = mkdtempSync(join(tmpdir(), 'l3d-cmi5-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** Builds with `args`, unzips; the zip's files and the parsed cmi5.xml. */
  function build(args: string[]) {
    const out = join(dir, `${Math.random().toString(36).slice(2)}.zip`);
    const result = cli(['--out', out, ...args]);
    assert.equal(result.status, 0, result.stderr);
    const files = unzipSync(readFileSync(out));
    const xml = decoder.decode(files['cmi5.xml']);
    return { result, files, xml, html: decoder.decode(files['index.html']) };
  }

  it('writes cmi5.xml, the launch page and the widget, and says what it wrote', () => {
    const { result, files } = build([]);
    assert.match(result.stdout, /^Wrote .*\.zip: cmi5 course package, \d+ files, \d+ bytes\./);
    assert.equal(result.stderr, '');
    const names = Object.keys(files);
    const chunks = names.filter((n) => n.startsWith('chunks/'));
    assert.ok(chunks.length > 5, "the module build's lazy chunks");
    assert.deepEqual(names.filter((n) => !n.startsWith('chunks/')).sort(), [
      'classic-fallback.js',
      'cmi5.xml',
      'index.html',
      'launch.css',
      'leadership-3d.classic.js',
      'leadership-3d.js',
    ]);
  });

  it('has one course and one AU: moveOn Completed, AnyWindow, index.html, no mastery score', () => {
    const { xml } = build([]);
    const doc = parseXml(xml).documentElement!;
    assert.equal(doc.localName, 'courseStructure');
    assert.equal(doc.namespaceURI, CMI5_NAMESPACE);
    const course = child(doc, 'course');
    assert.equal(course.getAttribute('id'), DEFAULT_COURSE_ID);
    const au = child(doc, 'au');
    assert.equal(au.getAttribute('id'), `${DEFAULT_COURSE_ID}/au`);
    assert.equal(au.getAttribute('moveOn'), 'Completed');
    assert.equal(au.getAttribute('launchMethod'), 'AnyWindow');
    assert.equal(au.hasAttribute('masteryScore'), false);
    assert.equal(child(au, 'url').textContent, 'index.html');
    for (const el of [course, au]) {
      const title = child(child(el, 'title'), 'langstring');
      assert.equal(title.textContent, '3D leadership diagnostic');
      assert.equal(title.getAttribute('lang'), 'en');
      assert.match(child(child(el, 'description'), 'langstring').textContent ?? '', /no pass mark/);
    }
  });

  it('launches the widget with lms="cmi5", the module and its classic fallback, nothing a strict CSP blocks', () => {
    const { html, files } = build([]);
    assert.match(html, /<leadership-3d lms="cmi5" persist="none" form="self" lang="en">/);
    const refs = [...html.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((m) => m[1]!);
    for (const ref of refs) assert.ok(files[ref], `${ref} is in the zip`);
    assert.deepEqual(refs.sort(), ['classic-fallback.js', 'launch.css', 'leadership-3d.js']);
    assert.doesNotMatch(html, /<style|\sstyle=|\son[a-z]+=|javascript:/i);
  });

  it('takes --id, --title, --lang, --form, --persist, --score and --finish', () => {
    const { xml, html } = build([
      '--id',
      'https://example.com/courses/lead?x=1&y=2',
      '--title',
      'Liderazgo 3D',
      '--lang',
      'es-MX',
      '--form',
      'observer',
      '--persist',
      'session',
      '--score',
      'raw',
      '--finish',
      'on-complete',
    ]);
    const doc = parseXml(xml).documentElement!;
    assert.equal(
      child(doc, 'course').getAttribute('id'),
      'https://example.com/courses/lead?x=1&y=2',
    );
    assert.equal(
      child(doc, 'au').getAttribute('id'),
      'https://example.com/courses/lead?x=1&y=2/au',
    );
    const title = child(child(child(doc, 'course'), 'title'), 'langstring');
    assert.equal(title.textContent, 'Liderazgo 3D');
    assert.equal(title.getAttribute('lang'), 'es-MX');
    assert.match(
      html,
      /<leadership-3d lms="cmi5" lms-score="raw" lms-finish="on-complete" persist="session" form="observer" lang="es-MX">/,
    );
  });

  describe('cmi5.xml is valid against the cmi5 CourseStructure schema', () => {
    const combinations: [string, string[]][] = [
      ['the defaults', []],
      ['an https id, Spanish, every flag', ['--id', 'https://example.com/c/1', '--lang', 'es']],
      ['a urn id, a hostile title', ['--id', 'urn:acme:lead:2', '--title', `<a href="x">&'</a>`]],
      ['an id with a query string', ['--id', 'https://example.com/c?a=1&b=2']],
      ['a region subtag', ['--lang', 'ar-EG', '--score', 'raw', '--finish', 'on-complete']],
    ];
    for (const [what, args] of combinations)
      it(what, async () => {
        const { xml } = build(args);
        const result = await validate(xml, 'cmi5');
        assert.deepEqual(result, { valid: true, errors: [] });
      });

    it('each payload as the title', async () => {
      const titles = PAYLOADS.filter((p) => p.trim() !== '');
      const result = await validate(
        titles.map((title) => cmi5Xml(sample({ title }))),
        'cmi5',
      );
      assert.deepEqual(result, { valid: true, errors: [] });
    });
  });

  describe('the schema check can fail', () => {
    const good = cmi5Xml(sample());
    const broken: [string, string, RegExp][] = [
      ['an AU without url', good.replace(/\s*<url>.*<\/url>/, ''), /url|Missing child/],
      ['a wrong moveOn', good.replace('moveOn="Completed"', 'moveOn="Done"'), /moveOn/],
      [
        'a course without description',
        good.replace(/<description>[\s\S]*?<\/description>/, ''),
        /description/,
      ],
      ['a mastery score above 1', good.replace('<au ', '<au masteryScore="1.5" '), /masteryScore/],
    ];
    for (const [what, xml, message] of broken)
      it(`refuses ${what}`, async () => {
        assert.notEqual(xml, good, 'the document was changed');
        const result = await validate(xml, 'cmi5');
        assert.equal(result.valid, false);
        assert.match(result.errors.join('\n'), message);
      });
  });

  it('keeps a hostile title text in cmi5.xml and the launch page', () => {
    const title = `Lead <b>"now"</b> & 'then' ]]> >`;
    const { xml, html } = build(['--title', title]);
    const doc = parseXml(xml).documentElement!;
    for (const el of [child(doc, 'course'), child(doc, 'au')])
      assert.equal(child(child(el, 'title'), 'langstring').textContent, title);
    assert.doesNotMatch(xml, /<b>/);
    assert.doesNotMatch(html, /<b>/);
    assert.match(html, /<title>Lead &lt;b&gt;&quot;now&quot;/);
  });

  it('warns, but builds, for a language the widget has no texts for', () => {
    const result = cli(['--lang', 'fr', '--out', join(dir, 'fr.zip')]);
    assert.equal(result.status, 0);
    assert.match(result.stderr, /no texts for "fr"/);
  });

  describe('bad input exits 2 with a message and the usage, and writes nothing', () => {
    const cases: [string, string[], RegExp][] = [
      ['an unknown flag', ['--identifier', 'x'], /Unknown option '--identifier'/],
      ['a stray argument', ['course.zip'], /Unexpected argument 'course\.zip'/],
      ['--out without a value', ['--out'], /--out/],
      ['an empty --out', ['--out', ' '], /--out needs a file name/],
      [
        'a relative id',
        ['--id', 'courses/lead'],
        /--id: course id "courses\/lead" must be an absolute IRI/,
      ],
      ['an id with a space', ['--id', 'https://example.com/a b'], /--id: .*absolute IRI/],
      ['an id with a quote', ['--id', 'urn:a"b'], /--id/],
      ['an empty title', ['--title', ' '], /--title: title must be 1 to 200/],
      ['a control character in the title', ['--title', 'a\u0007b'], /control character/],
      ['a malformed language', ['--lang', 'english!'], /--lang must be a language tag/],
      ['an unknown form', ['--form', 'peer'], /--form must be one of/],
      ['an unknown persist mode', ['--persist', 'cookie'], /--persist must be one of/],
      [
        'an unknown score',
        ['--score', 'scaled'],
        /--score must be one of "none", "raw"; got "scaled"/,
      ],
      [
        'an unknown finish',
        ['--finish', 'never'],
        /--finish must be one of "on-leave", "on-complete"/,
      ],
    ];
    for (const [what, args, message] of cases)
      it(what, () => {
        let wrote = false;
        const result = cli(args, { writeFile: () => (wrote = true) });
        assert.equal(result.status, 2, result.stderr);
        assert.match(result.stderr, message);
        assert.ok(result.stderr.includes(USAGE), 'shows the usage');
        assert.equal(wrote, false);
      });

    it('an output folder that does not exist', () => {
      const result = cli(['--out', join(dir, 'missing', 'x.zip')]);
      assert.equal(result.status, 2);
      assert.match(result.stderr, /cannot write .*x\.zip: its folder does not exist/);
    });
  });

  it('--help prints the usage, with every flag, and exits 0', () => {
    const result = cli(['-h']);
    assert.equal(result.status, 0);
    assert.equal(result.stdout, USAGE);
    for (const flag of [
      '--out',
      '--title',
      '--id',
      '--lang',
      '--form',
      '--persist',
      '--score',
      '--finish',
    ])
      assert.ok(USAGE.includes(flag), flag);
  });

  it('exits 1 and names the missing file when the widget build is not installed', () => {
    const result = cli(['--out', join(dir, 'none.zip')], { distDir: dir });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /missing/);
    assert.equal(existsSync(join(dir, 'none.zip')), false);
  });
});

describe('cmi5Xml (pure)', () => {
  it('refuses options that would make an invalid cmi5.xml, naming the field', () => {
    const bad: [Partial<Cmi5CourseOptions>, keyof Cmi5CourseOptions][] = [
      [{ courseId: '' }, 'courseId'],
      [{ courseId: 'no-scheme' }, 'courseId'],
      [{ courseId: 'https://x/<y>' }, 'courseId'],
      [{ title: '' }, 'title'],
      [{ title: 'x'.repeat(201) }, 'title'],
      [{ lang: 'e n' }, 'lang'],
      [{ launch: '../index.html' }, 'launch'],
    ];
    for (const [override, field] of bad)
      assert.throws(
        () => cmi5Xml(sample(override)),
        (error: unknown) => error instanceof Cmi5OptionError && error.field === field,
        JSON.stringify(override),
      );
  });

  it('escapes & in the ids and percent-encodes the launch path', () => {
    const xml = cmi5Xml(sample({ courseId: 'https://e.com/?a=1&b=2', launch: 'my page.html' }));
    assert.match(xml, /<course id="https:\/\/e\.com\/\?a=1&amp;b=2">/);
    assert.match(xml, /<url>my%20page\.html<\/url>/);
  });
});
