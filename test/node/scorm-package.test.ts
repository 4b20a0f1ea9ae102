// The SCORM package a user uploads to an LMS: built by the `leadership-3d scorm` command from the
// real one-file build, unzipped, and checked against the rules we can check without the ADL test
// suite: well-formed XML, the elements and attributes SCORM requires (with the right namespace
// and the right casing of scormtype / scormType), every file listed and every listed file there,
// and a launch page that only points at files in the zip.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Document, Element } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import { buildPackage, type PackageOptions } from '../../src/lms/package/build-package.js';
import { run, USAGE, type CliIo } from '../../src/cli/scorm-command.js';
import {
  escapeXml,
  manifest12,
  manifest2004,
  ManifestOptionError,
  NAMESPACES_12,
  NAMESPACES_2004,
  type ManifestOptions,
} from '../../src/lms/package/manifest.js';
import { manifestSample } from './helpers.js';
import { parseXml } from './parse.js';
import { validate } from './xsd.js';

const root = resolve(import.meta.dirname, '../../..');
const distDir = join(root, 'dist');
const decoder = new TextDecoder('utf-8', { fatal: true });

const children = (parent: Element, ns: string, name: string): Element[] =>
  Array.from(parent.childNodes).filter(
    (node): node is Element =>
      node.nodeType === 1 &&
      (node as Element).namespaceURI === ns &&
      (node as Element).localName === name,
  );
const only = (parent: Element, ns: string, name: string): Element => {
  const found = children(parent, ns, name);
  assert.equal(found.length, 1, `exactly one <${name}> in <${parent.localName}>`);
  return found[0]!;
};

/** Runs `leadership-3d scorm …` in-process (`args` start with "scorm"), capturing what it prints. */
function cli(args: string[], io: Partial<CliIo> = {}) {
  assert.equal(args[0], 'scorm');
  let stdout = '';
  let stderr = '';
  const status = run(args.slice(1), {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    distDir,
    packageVersion: '0.1.0',
    writeFile: (path, data) => writeFileSync(path, data),
    ...io,
  });
  return { status, stdout, stderr };
}

const EDITIONS = [
  {
    version: '1.2',
    ns: NAMESPACES_12,
    schemaversion: '1.2',
    scormType: 'scormtype',
    wrongCase: 'scormType',
  },
  {
    version: '2004',
    ns: NAMESPACES_2004,
    schemaversion: '2004 4th Edition',
    scormType: 'scormType',
    wrongCase: 'scormtype',
  },
] as const;

describe('the SCORM package (leadership-3d scorm)', () => {
  let dir = '';
  before(() => {
    assert.ok(existsSync(join(distDir, 'leadership-3d.classic.js')), 'run `npm run build` first');
    dir = mkdtempSync(join(tmpdir(), 'l3d-scorm-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const edition of EDITIONS) {
    describe(`SCORM ${edition.version}`, () => {
      let files: Record<string, Uint8Array> = {};
      let doc: Document;
      let manifest: Element;
      let resource: Element;
      const { imscp, adlcp } = edition.ns;

      before(() => {
        const out = join(dir, `course-${edition.version}.zip`);
        const result = cli(['scorm', '--version', edition.version, '--out', out]);
        assert.equal(result.status, 0, result.stderr);
        assert.match(result.stdout, /Wrote .*course-.*\.zip/);
        files = unzipSync(readFileSync(out));
        doc = parseXml(decoder.decode(files['imsmanifest.xml']));
        manifest = doc.documentElement!;
        const resources = only(manifest, imscp, 'resources');
        resource = only(resources, imscp, 'resource');
      });

      it('has imsmanifest.xml at the root, well-formed, in the IMS CP namespace', () => {
        assert.ok(files['imsmanifest.xml']);
        assert.equal(manifest.localName, 'manifest');
        assert.equal(manifest.namespaceURI, imscp);
        assert.equal(manifest.getAttribute('identifier'), 'leadership-3d');
        assert.equal(manifest.getAttribute('version'), '0.1.0');
      });

      it('is valid against the ADL schemas (test/fixtures/scorm-xsd/)', async () => {
        const result = await validate(
          decoder.decode(files['imsmanifest.xml']),
          edition.version === '1.2' ? 'scorm12' : 'scorm2004',
        );
        assert.equal(result.valid, true, result.errors.join('\n'));
      });

      it('declares the schema and the SCORM edition in the metadata', () => {
        const metadata = only(manifest, imscp, 'metadata');
        assert.equal(only(metadata, imscp, 'schema').textContent, 'ADL SCORM');
        assert.equal(only(metadata, imscp, 'schemaversion').textContent, edition.schemaversion);
      });

      it('gives every declared namespace a schema location', () => {
        const pairs = manifest
          .getAttributeNS('http://www.w3.org/2001/XMLSchema-instance', 'schemaLocation')!
          .trim()
          .split(/\s+/);
        assert.equal(pairs.length % 2, 0);
        const located = pairs.filter((_, i) => i % 2 === 0).sort();
        assert.deepEqual(located, Object.values(edition.ns).sort());
        for (const [prefix, uri] of Object.entries(edition.ns)) {
          const attr = prefix === 'imscp' ? 'xmlns' : `xmlns:${prefix}`;
          assert.equal(manifest.getAttribute(attr), uri, attr);
        }
      });

      it('links organizations default → organization → item → the SCO resource', () => {
        const organizations = only(manifest, imscp, 'organizations');
        const organization = only(organizations, imscp, 'organization');
        assert.equal(
          organizations.getAttribute('default'),
          organization.getAttribute('identifier'),
        );
        assert.equal(only(organization, imscp, 'title').textContent, '3D leadership diagnostic');
        const item = only(organization, imscp, 'item');
        assert.equal(only(item, imscp, 'title').textContent, '3D leadership diagnostic');
        assert.equal(item.getAttribute('identifierref'), resource.getAttribute('identifier'));
        assert.equal(resource.getAttribute('type'), 'webcontent');
        assert.equal(resource.getAttribute('href'), 'index.html');
      });

      it(`marks the resource adlcp:${edition.scormType}="sco" (that casing, that namespace)`, () => {
        assert.equal(resource.getAttributeNS(adlcp, edition.scormType), 'sco');
        assert.equal(resource.hasAttributeNS(adlcp, edition.wrongCase), false);
      });

      it('uses each identifier once, and only XML names (xsd:ID)', () => {
        const ids = Array.from(doc.getElementsByTagNameNS(imscp, '*'))
          .map((el) => el.getAttribute('identifier'))
          .filter((id): id is string => id !== null && id !== '');
        assert.equal(ids.length, 4); // manifest, organization, item, resource
        assert.equal(new Set(ids).size, ids.length);
        for (const id of ids) assert.match(id, /^[A-Za-z_][\w.-]*$/);
      });

      it('lists every file of the zip in the resource, and every listed file is in the zip', () => {
        const listed = children(resource, imscp, 'file').map((f) =>
          decodeURI(f.getAttribute('href')!),
        );
        const zipped = Object.keys(files).filter((name) => name !== 'imsmanifest.xml');
        assert.deepEqual([...listed].sort(), [...zipped].sort());
        assert.ok(listed.includes('index.html'));
        assert.equal(new Set(listed).size, listed.length);
      });

      it('ships the module build with its chunks, the classic build and its fallback; no source maps', () => {
        const names = Object.keys(files);
        const built = [
          'leadership-3d.js',
          'leadership-3d.classic.js',
          ...readdirSync(join(distDir, 'chunks'))
            .filter((n) => n.endsWith('.js'))
            .map((n) => `chunks/${n}`),
        ];
        for (const name of built)
          assert.deepEqual(
            files[name],
            new Uint8Array(readFileSync(join(distDir, name))),
            `${name} as built`,
          );
        assert.ok(names.includes('classic-fallback.js'));
        assert.deepEqual(
          names.filter((n) => n.endsWith('.map')),
          [],
        );
      });

      it('has a launch page that points only at files in the zip and runs under a strict CSP', () => {
        const html = decoder.decode(files['index.html']);
        const refs = [...html.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((m) => m[1]!);
        assert.deepEqual(refs.sort(), ['classic-fallback.js', 'launch.css', 'leadership-3d.js']);
        for (const ref of refs) assert.ok(files[ref], `${ref} is in the zip`);
        // the module first (small first load), then the classic fallback, both deferred, in order
        assert.match(
          html,
          /<script type="module" src="leadership-3d\.js"><\/script>\s*<script src="classic-fallback\.js" defer><\/script>/,
        );
        const fallback = decoder.decode(files['classic-fallback.js']);
        assert.match(fallback, /customElements\.get\('leadership-3d'\)/);
        assert.match(fallback, /script\.src = "leadership-3d\.classic\.js"/);
        assert.match(html, /<leadership-3d lms="auto" persist="none"/);
        // nothing a strict CSP (no 'unsafe-inline') would block
        assert.doesNotMatch(html, /<style|\sstyle=|\son[a-z]+=|javascript:/i);
      });

      it('carries a widget that imports nothing: every lazy part is inlined', () => {
        const code = decoder.decode(files['leadership-3d.classic.js']);
        assert.doesNotMatch(
          code,
          /\bimport\s*\(|\bimport\s*["'{*]|\bimport\.meta\b|\bexport\s*[{*]/,
        );
      });
    });
  }

  it('2004: completion and success are set by the content, never by the LMS on exit', () => {
    const xml = manifest2004(manifestSample());
    const controls = parseXml(xml).getElementsByTagNameNS(
      NAMESPACES_2004.imsss,
      'deliveryControls',
    )[0]!;
    assert.equal(controls.getAttribute('completionSetByContent'), 'true');
    assert.equal(controls.getAttribute('objectiveSetByContent'), 'true');
  });

  it('1.2: no mastery score, so an LMS never turns the score into passed/failed', () => {
    assert.doesNotMatch(manifest12(manifestSample()), /masteryscore/);
  });

  it('escapes a title with < & " \' > in the manifest and the launch page', () => {
    const title = `Lead <b>"now"</b> & 'then' >`;
    const out = join(dir, 'escaped.zip');
    const result = cli(['scorm', '--version', '1.2', '--title', title, '--out', out]);
    assert.equal(result.status, 0, result.stderr);
    const files = unzipSync(readFileSync(out));
    const doc = parseXml(decoder.decode(files['imsmanifest.xml']));
    const titles = Array.from(doc.getElementsByTagNameNS(NAMESPACES_12.imscp, 'title'));
    assert.equal(titles.length, 2);
    for (const el of titles) assert.equal(el.textContent, title);
    const html = decoder.decode(files['index.html']);
    assert.match(
      html,
      /<title>Lead &lt;b&gt;&quot;now&quot;&lt;\/b&gt; &amp; &#39;then&#39; &gt;<\/title>/,
    );
    assert.doesNotMatch(html, /<b>/);
  });

  it('takes --identifier, --lang, --form and --persist into the manifest and the page', () => {
    const out = join(dir, 'options.zip');
    const result = cli([
      'scorm',
      '--out',
      out,
      '--identifier',
      'acme.lead-360_v2',
      '--form',
      'observer',
      '--persist',
      'session',
      '--lang',
      'en-GB',
    ]);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stderr, '');
    assert.match(result.stdout, /SCORM 2004 4th Edition/); // the default edition
    const files = unzipSync(readFileSync(out));
    const manifest = parseXml(decoder.decode(files['imsmanifest.xml'])).documentElement!;
    assert.equal(manifest.getAttribute('identifier'), 'acme.lead-360_v2');
    const html = decoder.decode(files['index.html']);
    assert.match(html, /<html lang="en-GB">/);
    assert.match(html, /persist="session" form="observer" lang="en-GB"/);
  });

  it('writes --score and --finish as lms-score and lms-finish, only when not the default', () => {
    const read = (args: string[]) => {
      const out = join(dir, 'settings.zip');
      const result = cli(['scorm', '--version', '1.2', '--out', out, ...args]);
      assert.equal(result.status, 0, result.stderr);
      const html = decoder.decode(unzipSync(readFileSync(out))['index.html']);
      return /<leadership-3d [^>]*>/.exec(html)![0];
    };
    const plain = '<leadership-3d lms="auto" persist="none" form="self" lang="en">';
    assert.equal(read([]), plain);
    assert.equal(read(['--score', 'none', '--finish', 'on-leave']), plain);
    assert.equal(
      read(['--score', 'raw']),
      '<leadership-3d lms="auto" lms-score="raw" persist="none" form="self" lang="en">',
    );
    assert.equal(
      read(['--finish', 'on-complete']),
      '<leadership-3d lms="auto" lms-finish="on-complete" persist="none" form="self" lang="en">',
    );
    assert.equal(
      read(['--score', 'raw', '--finish', 'on-complete']),
      '<leadership-3d lms="auto" lms-score="raw" lms-finish="on-complete" persist="none" form="self" lang="en">',
    );
  });

  it('warns, but builds, for a language the widget has no texts for', () => {
    const result = cli(['scorm', '--lang', 'fr', '--out', join(dir, 'fr.zip')]);
    assert.equal(result.status, 0);
    assert.match(result.stderr, /no texts for "fr"/);
  });

  it('builds without a warning for the built-in languages', () => {
    for (const lang of ['es', 'ar-EG']) {
      const result = cli(['scorm', '--lang', lang, '--out', join(dir, `${lang}.zip`)]);
      assert.equal(result.status, 0);
      assert.equal(result.stderr, '');
      const html = decoder.decode(unzipSync(readFileSync(join(dir, `${lang}.zip`)))['index.html']);
      assert.match(html, new RegExp(`lang="${lang}"`));
    }
  });

  it('writes the same bytes for the same input (reproducible)', () => {
    const options: PackageOptions = {
      version: '2004',
      title: 'T',
      identifier: 'x',
      courseVersion: '1',
      lang: 'en',
      form: 'self',
      persist: 'none',
      score: 'none',
      finish: 'on-leave',
    };
    assert.deepEqual(buildPackage(options, distDir).zip, buildPackage(options, distDir).zip);
  });

  describe('bad input exits 2 with a message and writes nothing', () => {
    const cases: [string, string[], RegExp][] = [
      [
        'an unknown version',
        ['scorm', '--version', '3'],
        /--version must be one of "1\.2", "2004"/,
      ],
      ['--out without a value', ['scorm', '--out'], /--out/],
      ['--out followed by another flag', ['scorm', '--out', '--version', '1.2'], /--out/],
      ['an unknown flag', ['scorm', '--verison', '1.2'], /Unknown option '--verison'/],
      ['a stray argument', ['scorm', 'course.zip'], /Unexpected argument 'course\.zip'/],
      ['an unknown form', ['scorm', '--form', 'peer'], /--form must be one of/],
      ['an unknown persist mode', ['scorm', '--persist', 'cookie'], /--persist must be one of/],
      ['a malformed language', ['scorm', '--lang', 'english!'], /--lang must be a language tag/],
      ['an unknown score', ['scorm', '--score', 'scaled'], /--score must be one of "none", "raw"/],
      ['an empty score', ['scorm', '--score', ''], /--score must be one of/],
      [
        'an unknown finish',
        ['scorm', '--finish', 'on-exit'],
        /--finish must be one of "on-leave", "on-complete"; got "on-exit"/,
      ],
      ['an identifier starting with a digit', ['scorm', '--identifier', '3d'], /--identifier/],
      ['an identifier with a quote', ['scorm', '--identifier', 'a"b'], /--identifier/],
      ['an empty title', ['scorm', '--title', '  '], /--title: title must be 1 to 200/],
      ['a 201-character title', ['scorm', '--title', 'x'.repeat(201)], /--title/],
      ['a control character in the title', ['scorm', '--title', 'a\u0007b'], /control character/],
    ];
    for (const [what, args, message] of cases) {
      it(what, () => {
        let wrote = false;
        const result = cli(args, { writeFile: () => (wrote = true) });
        assert.equal(result.status, 2);
        assert.match(result.stderr, message);
        assert.ok(result.stderr.includes(USAGE), 'shows the usage');
        assert.equal(wrote, false);
      });
    }

    it('an output folder that does not exist', () => {
      const result = cli(['scorm', '--out', join(dir, 'missing', 'x.zip')]);
      assert.equal(result.status, 2);
      assert.match(result.stderr, /cannot write .*x\.zip: its folder does not exist/);
    });

    it('an output path that is a folder', () => {
      const result = cli(['scorm', '--out', dir]);
      assert.equal(result.status, 2);
      assert.match(result.stderr, /it is a folder/);
    });
  });

  it('--help prints the usage and exits 0', () => {
    const result = cli(['scorm', '--help']);
    assert.equal(result.status, 0);
    assert.equal(result.stdout, USAGE);
  });

  it('exits 1 and names the missing file when the widget build is not installed', () => {
    const result = cli(['scorm', '--out', join(dir, 'none.zip')], { distDir: dir });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /missing/);
    assert.equal(existsSync(join(dir, 'none.zip')), false);
  });
});

describe('manifest12 / manifest2004 (pure)', () => {
  it('escape the five XML special characters', () => {
    assert.equal(
      escapeXml(`<a href="x">'&'</a>`),
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    );
  });

  for (const [name, build] of [
    ['manifest12', manifest12],
    ['manifest2004', manifest2004],
  ] as const) {
    it(`${name} refuses options that would make an invalid manifest, naming the field`, () => {
      const bad: [Partial<ManifestOptions>, keyof ManifestOptions][] = [
        [{ identifier: '9lives' }, 'identifier'],
        [{ identifier: 'a b' }, 'identifier'],
        [{ title: '' }, 'title'],
        [{ launch: 'start.html' }, 'launch'],
        [{ files: ['index.html', '../etc/passwd'] }, 'files'],
        [{ files: ['index.html', '/abs.js'] }, 'files'],
        [{ courseVersion: 'x'.repeat(21) }, 'courseVersion'],
      ];
      for (const [override, field] of bad)
        assert.throws(
          () => build(manifestSample(override)),
          (error: unknown) => error instanceof ManifestOptionError && error.field === field,
          JSON.stringify(override),
        );
    });

    it(`${name} percent-encodes file paths and keeps them parseable`, () => {
      const xml = build(manifestSample({ files: ['index.html', 'my file&co.js'] }));
      assert.match(xml, /<file href="my%20file&amp;co\.js"\/>/);
      parseXml(xml);
    });
  }
});

describe('the browser bundles', () => {
  it('do not contain the Node-side package builder', () => {
    for (const file of ['leadership-3d.js', 'leadership-3d.classic.js', 'index.js', 'lms.js']) {
      const code = readFileSync(join(distDir, file), 'utf8');
      assert.doesNotMatch(code, /imsmanifest|fflate|from\s*["']node:/, file);
    }
  });
});
