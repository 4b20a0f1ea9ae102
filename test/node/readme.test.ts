// The README is the front door and docs/ holds one page per topic. This keeps them honest: the
// README small and starting with the two commands, with no measured figure typed into it; every
// relative link in the README and docs/ pointing at a file (and heading) that exists; and the
// generated API reference covering every attribute, event, part and custom property the Custom
// Elements Manifest lists (`node scripts/docs.mjs --check` in `npm test` catches a stale one).
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';

const root = resolve(import.meta.dirname, '../../..');
const readmeFile = resolve(root, 'README.md');
const readme = readFileSync(readmeFile, 'utf8');
const docsDir = resolve(root, 'docs');
const pages = [
  readmeFile,
  ...readdirSync(docsDir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => join(docsDir, f)),
];

/** Markdown without fenced code blocks and inline code: where headings and links are. */
const prose = (markdown: string): string =>
  markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
const slug = (heading: string): string =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

/** The anchors of a Markdown file's headings, duplicates numbered as GitHub does. */
function anchors(file: string): Set<string> {
  const markdown = readFileSync(file, 'utf8').replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  const seen = new Map<string, number>();
  const found = new Set<string>();
  for (const match of markdown.matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)) {
    const base = slug(match[1] ?? '');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    found.add(count ? `${base}-${count}` : base);
  }
  return found;
}

/** Relative links of a page: `[text](target)`, not web addresses. */
const relativeLinks = (file: string): string[] =>
  [...prose(readFileSync(file, 'utf8')).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)]
    .map((m) => m[1] ?? '')
    .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target));

describe('README', () => {
  it('is at most 8 KB', () => {
    const bytes = Buffer.byteLength(readme, 'utf8');
    assert.ok(bytes <= 8192, `README.md is ${bytes} bytes; move detail into docs/`);
  });

  it('starts with the title and the two commands', () => {
    const lines = readme.split('\n');
    assert.deepEqual(lines.slice(0, 6), [
      '# leadership-3d',
      '',
      '```sh',
      'npm install && npm start   # the demo at http://127.0.0.1:5173',
      'npm test                   # type-check, lint, build, Node, browser and end-to-end tests (Chromium), size budgets',
      '```',
    ]);
  });

  it('keeps the note that the results are for development, not for selection', () => {
    assert.match(readme, /\*\*For development, not for selection\.\*\*/);
  });

  it('holds no measured figure: sizes and timings live in the generated docs/figures.md', () => {
    const figures = prose(readme).match(/\b\d[\d,.]*\s?(?:KB|MB|kB|B\b|ms\b|µs|lines\/s)/g);
    assert.deepEqual(figures, null);
    assert.ok(relativeLinks(readmeFile).includes('docs/figures.md'), 'README links the figures');
  });

  it('links every page of docs/', () => {
    const linked = new Set(relativeLinks(readmeFile).map((t) => t.split('#')[0]));
    const unlinked = pages
      .slice(1)
      .map((f) => relative(root, f))
      .filter((f) => !linked.has(f));
    assert.deepEqual(unlinked, []);
  });
});

describe('links in README.md and docs/', () => {
  for (const page of pages) {
    it(`every relative link of ${relative(root, page)} reaches a file and heading`, () => {
      const broken: string[] = [];
      for (const target of relativeLinks(page)) {
        const [path = '', anchor] = target.split('#');
        const file = path ? resolve(dirname(page), decodeURI(path)) : page;
        if (!existsSync(file)) broken.push(`${target}: no such file`);
        else if (anchor && statSync(file).isFile() && file.endsWith('.md')) {
          if (!anchors(file).has(anchor)) broken.push(`${target}: no such heading`);
        }
      }
      assert.deepEqual(broken, []);
    });
  }

  it('the link checker sees a broken file and a broken heading', () => {
    assert.ok(anchors(join(docsDir, 'embedding.md')).has('saving-and-resuming'));
    assert.ok(!anchors(join(docsDir, 'embedding.md')).has('no-such-heading'));
    assert.equal(slug("Giving feedback: the rater's side"), 'giving-feedback-the-raters-side');
    assert.equal(slug('`<l3d-360-inputs>` (internal)'), 'l3d-360-inputs-internal');
  });
});

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

describe('docs/api.md against custom-elements.json', () => {
  const found = elements();
  const api = readFileSync(join(docsDir, 'api.md'), 'utf8');

  it('says it is generated, and by which command', () => {
    assert.match(api, /Generated by `npm run docs` \(scripts\/docs\.mjs\)/);
  });

  it('the manifest lists all nine elements', () => {
    assert.deepEqual(found.map((d) => d.tagName).sort(), [
      'l3d-360',
      'l3d-360-inputs',
      'l3d-group',
      'l3d-plan',
      'l3d-progress',
      'l3d-question',
      'l3d-radar-chart',
      'l3d-report',
      'leadership-3d',
    ]);
  });

  for (const element of found) {
    it(`documents every attribute, event, part and custom property of <${element.tagName}>`, () => {
      const start = api.indexOf(`## \`<${element.tagName}>\``);
      assert.ok(start >= 0, `docs/api.md has a section for <${element.tagName}>`);
      const end = api.indexOf('\n## ', start + 1);
      const section = api.slice(start, end < 0 ? undefined : end);
      const missing = [
        ...(element.attributes ?? []).map((a) => `\`${a.name}\``),
        ...(element.events ?? []).map((e) => `\`${e.name}\``),
        ...(element.cssParts ?? []).map((p) => `\`${p.name}\``),
        ...(element.cssProperties ?? []).map((p) => `\`${p.name}\``),
      ].filter((name) => !section.includes(name));
      assert.deepEqual(missing, []);
    });
  }

  it('documents the seven public events of <leadership-3d>', () => {
    const widget = found.find((d) => d.tagName === 'leadership-3d')!;
    assert.deepEqual((widget.events ?? []).map((e) => e.name).sort(), [
      'l3d-answer',
      'l3d-complete',
      'l3d-error',
      'l3d-page-change',
      'l3d-plan-change',
      'l3d-start',
      'l3d-xapi',
    ]);
  });
});
