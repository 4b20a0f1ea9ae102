// Both SCORM manifests the `leadership-3d scorm` command writes, validated against the ADL / IMS
// schemas (test/fixtures/scorm-xsd/, with a wrapper schema importing every namespace) by
// xmllint-wasm, for several flag combinations; and documents broken on purpose, refused, so the
// check is shown to be able to fail.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { manifest12, manifest2004 } from '../../src/lms/package/manifest.js';
import { packageFiles, type PackageOptions } from '../../src/lms/package/build-package.js';
import { PAYLOADS } from '../fixtures/payloads.js';
import { manifestSample } from './helpers.js';
import { validate } from './xsd.js';

const EDITIONS = [
  { version: '1.2', schema: 'scorm12', manifest: manifest12, scormType: 'scormtype' },
  { version: '2004', schema: 'scorm2004', manifest: manifest2004, scormType: 'scormType' },
] as const;

const decoder = new TextDecoder();
const widget = [
  { path: 'leadership-3d.js', data: new Uint8Array([59]) },
  { path: 'chunks/a b&c.js', data: new Uint8Array([59]) },
];

/** The manifest the package builder writes for these options (widget files stubbed). */
function manifestOf(options: Partial<PackageOptions>): string {
  const files = packageFiles(
    {
      version: '2004',
      title: '3D leadership diagnostic',
      identifier: 'leadership-3d',
      courseVersion: '0.1.0',
      lang: 'en',
      form: 'self',
      persist: 'none',
      score: 'none',
      finish: 'on-leave',
      ...options,
    },
    widget,
  );
  return decoder.decode(files.find((file) => file.path === 'imsmanifest.xml')!.data);
}

for (const edition of EDITIONS)
  describe(`SCORM ${edition.version} manifest against the ADL schemas`, () => {
    it('is valid for the defaults and other flag combinations', async () => {
      const documents = [
        manifestOf({ version: edition.version }),
        manifestOf({
          version: edition.version,
          identifier: 'acme.lead-360_v2',
          title: `Lead <b>"now"</b> & 'then' >`,
          lang: 'es',
          form: 'observer',
          score: 'raw',
          finish: 'on-complete',
        }),
        ...PAYLOADS.map((title) => manifestOf({ version: edition.version, title })),
      ];
      const result = await validate(documents, edition.schema);
      assert.equal(result.valid, true, result.errors.join('\n'));
      assert.deepEqual(
        result.errors.filter((e) => /validity error/.test(e)),
        [],
      );
    });

    const good = edition.manifest(manifestSample());
    // adlcp:scormtype in a 2004 manifest (1.2's casing) is not among them: IMS CP 1.1.4 allows
    // any attribute of another namespace, laxly, so only scorm-package.test.ts catches it.
    const broken: (readonly [string, (xml: string) => string, RegExp])[] = [
      [
        'an unknown scorm type',
        (xml) => xml.replace(`${edition.scormType}="sco"`, `${edition.scormType}="lesson"`),
        /lesson/,
      ],
      [
        'an item without identifier',
        (xml) => xml.replace(/(<item) identifier="[^"]*"/, '$1'),
        /identifier/,
      ],
      ['a resource without type', (xml) => xml.replace(' type="webcontent"', ''), /type/],
      [
        'an element IMS CP does not have',
        (xml) => xml.replace('<resources>', '<resources><oops/>'),
        /oops/,
      ],
      ...(edition.version === '1.2'
        ? ([
            [
              'adlcp:scormType (2004’s casing)',
              (xml: string) => xml.replace('adlcp:scormtype=', 'adlcp:scormType='),
              /No matching global attribute declaration/,
            ],
          ] as const)
        : []),
      ['a duplicate identifier', (xml) => xml.replace(/-org"/g, '-sco"'), /duplicate|ID/i],
    ];
    for (const [what, change, message] of broken)
      it(`refuses ${what}`, async () => {
        const xml = change(good);
        assert.notEqual(xml, good, 'the document was changed');
        const result = await validate(xml, edition.schema);
        assert.equal(result.valid, false);
        assert.match(result.errors.filter((e) => /validity error/.test(e)).join('\n'), message);
      });
  });
