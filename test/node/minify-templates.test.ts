// The build step that strips source indentation (and CSS comments) from Lit's templates
// (scripts/minify-templates.mjs): only the static text of html``, svg`` and css`` changes, and
// only in ways that render the same; everything else, expressions included, stays as written.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '../../..');

interface Minifier {
  minifyTemplates(source: string, fileName: string): { code: string; map: unknown } | null;
}
const { minifyTemplates } = (await import(
  pathToFileURL(join(root, 'scripts', 'minify-templates.mjs')).href
)) as Minifier;

const minified = (source: string): string => minifyTemplates(source, 'x.ts')?.code ?? source;

describe('minifying Lit templates at build time', () => {
  it('strips the indentation of html`` and keeps every newline and every expression', () => {
    const source = [
      'const t = html`<p>',
      '    ${ok ? html`<b>',
      '      yes</b>` : "  two  spaces\\n    kept"}',
      '  </p>`;',
    ].join('\n');
    assert.equal(
      minified(source),
      [
        'const t = html`<p>',
        '${ok ? html`<b>',
        'yes</b>` : "  two  spaces\\n    kept"}',
        '</p>`;',
      ].join('\n'),
    );
  });

  it('drops the comments and indentation of css``, also around expressions', () => {
    const source = 'css`\n  /* why */\n  :host {\n    color: ${c};\n  }\n`';
    assert.equal(minified(source), 'css`\n\n:host {\ncolor: ${c};\n}\n`');
  });

  it('leaves other templates and strings alone: a calendar file keeps its folded lines', () => {
    for (const source of [
      'const ics = `BEGIN:VEVENT\r\n SUMMARY:x\n    y`;',
      'const own = t`\n    kept`;',
      "const text = 'a\\n    b';",
      'const member = this.html`\n    kept`;',
    ])
      assert.equal(minifyTemplates(source, 'x.ts'), null, source);
  });

  it('keeps the spaces after a line continuation, which are text', () => {
    const source = 'html`a\\\n    b\n    c`';
    assert.equal(minified(source), 'html`a\\\n    b\nc`');
  });

  it('keeps every line where it was, so the source map is right line by line', () => {
    const source =
      'const a = 1;\nconst t = css`\n  /* a\n  b */\n  p {\n    x: 1;\n  }\n`;\nconst b = 2;\n';
    const out = minified(source);
    assert.equal(out.split('\n').length, source.split('\n').length);
    assert.equal(out.split('\n')[8], 'const b = 2;');
  });

  it('is part of the build: the one file and its report chunk start no line with a space', () => {
    // minified JavaScript starts no line with a space or tab, so one that does is a template's
    // indentation; and no CSS comment is left (npm run build first, as npm test does)
    const first = readFileSync(join(root, 'dist', 'leadership-3d.js'), 'utf8');
    const chunk = /\.\/chunks\/report-chunk-[\w-]+\.js/.exec(first)?.[0];
    assert.ok(chunk, 'the report chunk is named in the first file');
    const report = readFileSync(join(root, 'dist', chunk), 'utf8');
    for (const [name, text] of [
      ['first file', first],
      ['report chunk', report],
    ] as const) {
      assert.equal(text.match(/\n[ \t]+/g), null, name);
      assert.equal(text.includes('/*'), false, name);
    }
  });
});
