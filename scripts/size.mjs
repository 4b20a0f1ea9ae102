// Size budgets, checked against what users download (see size-budgets.json); the figures go to
// bench/size.json and the sizes section of docs/figures.md (see scripts/figures.mjs):
// - the ./scoring, ./scoring/fast and ./codes entries alone, minified + gzip, without the instrument data;
// - the one-file build: JS needed before the first question (the entry and its static imports)
//   and all JS one respondent can fetch, lazy chunks included (report, Chart.js, zod), with no
//   locale but English; each other built-in locale is one chunk, fetched only for its language.
import { build } from 'esbuild';
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { sizesSection, writeSection, FIGURES_PAGE } from './figures.mjs';

const budgets = JSON.parse(readFileSync('size-budgets.json', 'utf8'));
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/**
 * A pure entry alone, minified + gzip, without the instrument data a host may swap. Lines of the
 * entry that re-export a module of `leaveOut` (e.g. `./analyze.js`) are left out, so an entry
 * measures what it held before that module was added (which has a budget of its own).
 */
async function pureEntry(entry, leaveOut = []) {
  const source = readFileSync(entry, 'utf8')
    .split('\n')
    .filter((line) => !leaveOut.some((m) => line.startsWith('export') && line.includes(`'${m}'`)))
    .join('\n');
  const out = await build({
    stdin: { contents: source, resolveDir: dirname(entry), sourcefile: entry, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    plugins: [
      {
        // The built-in instrument's data modules (its core, its texts, the whole) become empty
        // objects: what is measured is the engine's code, whichever data modules it reaches.
        name: 'without-instrument-data',
        setup(b) {
          b.onResolve({ filter: /\/builtin-(core|texts|instrument)\.js$/ }, () => ({
            path: 'builtin-data',
            namespace: 'instrument-data',
          }));
          b.onLoad({ filter: /.*/, namespace: 'instrument-data' }, () => ({
            contents:
              'export const core = {}, description = {}, develop = {}, observer = {}, instrument = {};',
          }));
        },
      },
    ],
  });
  return gz(out.outputFiles[0].contents);
}
const measured = {
  // what ./scoring held before item analysis: analyze() is measured on its own below
  'scoring-without-instrument': await pureEntry('src/scoring/index.ts', ['./analyze.js']),
  'scoring-analyze': await pureEntry('src/scoring/analyze.ts'),
  'codes-without-instrument': await pureEntry('src/scoring/codes.ts'),
  'scoring-fast-without-instrument': await pureEntry('src/scoring/fast.ts'),
};

const entry = 'dist/leadership-3d.js';
if (!existsSync(entry)) {
  console.error(`size: ${entry} is missing; run \`npm run build\` first`);
  process.exit(1);
}
// Follow static imports only: dynamic import() chunks load later, on demand.
const staticImports = (file) => {
  const code = readFileSync(file, 'utf8');
  const found = [
    ...code.matchAll(/(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+from\s*)?["'](\.[^"']+)["']/g),
  ];
  return found.map((m) => join(dirname(file), m[1]));
};
const initial = new Set();
const queue = [entry];
while (queue.length) {
  const file = queue.pop();
  if (initial.has(file)) continue;
  initial.add(file);
  queue.push(...staticImports(file));
}
const chunkDir = 'dist/chunks';
const lazy = existsSync(chunkDir) ? readdirSync(chunkDir).map((f) => join(chunkDir, f)) : [];
const jsFiles = [entry, ...lazy].filter((f) => f.endsWith('.js'));
// Built-in locales other than English: src/i18n/locales/<lang>.ts → chunks/<lang>-<hash>.js
const localeNames = readdirSync('src/i18n/locales')
  .map((f) => /^([a-z]{2,3})\.ts$/.exec(f)?.[1])
  .filter((lang) => lang && lang !== 'en');
// `<lang>-<8-character hash>.js` exactly: `es-360-<hash>.js` (the 360 view's texts) is not one.
const isLocale = (f) =>
  localeNames.some((lang) => new RegExp(`^${lang}-[\\w-]{8}\\.js$`).test(relative(chunkDir, f)));
const localeFiles = jsFiles.filter(isLocale);
// The report's texts in another language (`es-guide-<hash>.js`, issue 17): fetched with the
// report only in that language, so never by an English respondent; each is measured as a locale.
const isLocaleGuide = (f) =>
  localeNames.some((lang) =>
    new RegExp(`^${lang}-guide-[\\w-]{8}\\.js$`).test(relative(chunkDir, f)),
  );
if (localeFiles.length !== localeNames.length) {
  console.error(`size: expected one chunk per locale (${localeNames}), found ${localeFiles}`);
  process.exit(1);
}
// A first load split over several files costs respondents round trips; the bundler does that
// when lazy chunks share modules the wrong way (see src/components/report-chunk.ts).
if (initial.size !== 1) {
  console.error(`size: the first load must be one file, found ${[...initial].join(', ')}`);
  process.exit(1);
}
// The coach's views (the 360° view, the group report) and their texts: fetched by a coach's page,
// never by a respondent. By name, plus every chunk that only view files import (e.g. the engine's
// score360, which the one-file build no longer keeps in the first load). A chunk imported by
// files of both views counts in both.
// The 360° view's item detail and comments (issue 17) is a chunk of its own, fetched once the
// view has raters: `view-360-detail` (l3d-360-detail-*.js and its texts), apart from `view-360`.
// The reader of raters' downloaded files (issue 17) is one too, fetched when a coach first
// chooses such a file: `view-360-files` (rater-file-*.js).
const VIEWS = {
  'view-360': /^(l3d|[a-z]{2,3})-360-[\w-]{8}\.js$/,
  'view-group': /^(l3d|[a-z]{2,3})-group-[\w-]{8}\.js$/,
  'view-360-detail': /^(l3d|[a-z]{2,3})-360-detail-[\w-]{8}\.js$/,
  'view-360-files': /^rater-file-[\w-]{8}\.js$/,
};
const importers = new Map(jsFiles.map((f) => [f, []]));
for (const file of jsFiles)
  for (const m of readFileSync(file, 'utf8').matchAll(
    /(?:from|import\s*\(?)\s*["'`](\.[^"'`]+\.js)["'`]/g,
  ))
    importers.get(join(dirname(file), m[1]))?.push(file);
const viewSets = Object.fromEntries(
  Object.entries(VIEWS).map(([view, named]) => {
    return [view, new Set(jsFiles.filter((f) => named.test(relative(chunkDir, f))))];
  }),
);
const isView = (f) => Object.values(viewSets).some((set) => set.has(f));
for (let grew = true; grew;) {
  grew = false;
  for (const [file, from] of importers)
    if (!isView(file) && from.length && from.every(isView))
      for (const set of Object.values(viewSets))
        if (from.some((f) => set.has(f))) {
          set.add(file);
          grew = true;
        }
}
// One respondent answers one form inside at most one LMS, so of each group of alternatives
// below they fetch one: the self form's chart or the observer's rater part, the SCORM link or
// the cmi5 link. widget-total counts every other chunk and the largest of each group, i.e. the
// most one respondent can fetch; `everyChunk` (in bench/size.json) is the plain sum of all.
const ALTERNATIVES = [
  { 'self form': /^chart-/, 'observer form': /^(rater-view|en-rater|rater-comments)-/ },
  { SCORM: /^scorm-link-/, cmi5: /^cmi5-link-/ },
];
// The development plan's Spanish and Arabic texts are one chunk each, like a locale: an English
// respondent fetches the plan's chunk (l3d-plan-*.js, counted) and its English texts, never these.
const isPlanLanguage = (f) => /^(es|ar)-plan-[\w-]{8}\.js$/.test(relative(chunkDir, f));
const respondentFiles = jsFiles.filter(
  (f) => !isLocale(f) && !isLocaleGuide(f) && !isView(f) && !isPlanLanguage(f),
);
const sizeOf = (files) => files.reduce((n, f) => n + gz(readFileSync(f)), 0);
// Each alternative is its named chunks plus, as for the views, every chunk that only they (and
// view files) import: the response-code module, which the observer's part and the 360° view
// share, is fetched by no self-form respondent.
const pathFiles = (name) => {
  const files = new Set(jsFiles.filter((f) => name.test(relative(chunkDir, f))));
  for (let grew = true; grew;) {
    grew = false;
    for (const [file, from] of importers)
      if (
        !files.has(file) &&
        from.some((f) => files.has(f)) &&
        from.every((f) => files.has(f) || isView(f))
      ) {
        files.add(file);
        grew = true;
      }
  }
  return files;
};
const paths = ALTERNATIVES.map((group) =>
  Object.entries(group).map(([path, name]) => [path, pathFiles(name)]),
);
const inGroup = (f, group) => group.some(([, files]) => files.has(f));
// Such a shared chunk is fetched by a coach's page on top of the report too: it also counts in
// each view that imports it, except in a part of the 360° view that the view itself has fetched
// it for (the detail and the file reader load after the view; VIEWS lists the view first).
const PARTS_OF = { 'view-360-detail': 'view-360', 'view-360-files': 'view-360' };
const shared = jsFiles.filter((f) => paths.some((g) => inGroup(f, g)));
for (const [view, set] of Object.entries(viewSets)) {
  const parent = viewSets[PARTS_OF[view]];
  for (const file of shared)
    if (importers.get(file).some((f) => set.has(f)) && !parent?.has(file)) set.add(file);
}

measured['widget-initial'] = [...initial].reduce((n, f) => n + gz(readFileSync(f)), 0);
// each view with its English texts (the other languages' texts are one chunk each, like locales)
for (const [view, set] of Object.entries(viewSets))
  measured[view] = [...set]
    .filter((f) => !/^(es|ar)-(360|group)-/.test(relative(chunkDir, f)))
    .reduce((n, f) => n + gz(readFileSync(f)), 0);
const alternatives = paths.map((group) =>
  Object.fromEntries(
    group.map(([path, files]) => [path, sizeOf(respondentFiles.filter((f) => files.has(f)))]),
  ),
);
const everyChunk = sizeOf(respondentFiles);
measured['widget-total'] =
  sizeOf(respondentFiles.filter((f) => !paths.some((g) => inGroup(f, g)))) +
  alternatives.reduce((n, group) => n + Math.max(...Object.values(group)), 0);
measured['locale-largest'] = Math.max(
  ...[...localeFiles, ...jsFiles.filter(isLocaleGuide)].map((f) => gz(readFileSync(f))),
);
const chunks = Object.fromEntries(jsFiles.map((f) => [relative('dist', f), gz(readFileSync(f))]));

let failed = 0;
for (const [name, bytes] of Object.entries(measured)) {
  const ok = bytes <= budgets[name];
  if (!ok) failed++;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${name}: ${kb(bytes)} = ${bytes} B (budget ${budgets[name]} B)`,
  );
}
for (const [file, bytes] of Object.entries(chunks)) console.log(`     ${file}: ${kb(bytes)}`);
mkdirSync('bench', { recursive: true });
console.log(
  `     widget-total alternatives: ${alternatives
    .map((g) =>
      Object.entries(g)
        .map(([k, v]) => `${k} ${kb(v)}`)
        .join(' | '),
    )
    .join('; ')}; every chunk together ${kb(everyChunk)}`,
);
writeFileSync(
  'bench/size.json',
  JSON.stringify({ measured, budgets, chunks, alternatives, everyChunk }, null, 2) + '\n',
);
writeSection('sizes', sizesSection({ measured, budgets, chunks }));
console.log(`size: figures written to bench/size.json and ${FIGURES_PAGE}`);
process.exit(failed ? 1 : 0);
