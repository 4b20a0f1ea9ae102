// Checks the architecture of DESIGN §2: no folder of src/ imports a folder above it, and
// src/scoring bundles alone. A plain script rather than dependency-cruiser: nothing extra to
// install, and the rule is one ordered list.
//
// Usage: node scripts/check-layers.mjs [srcDir]   (exit 0 clean, 1 with every violation listed)
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { build } from 'esbuild';

/** Top first: a file may import its own layer or any layer below it, never one above. */
const LAYERS = [
  ['index.ts', 'one-file.ts', 'widget.ts', 'react.ts', 'cli'],
  ['components'],
  ['controllers'],
  ['internal'],
  ['events'],
  ['lms'],
  ['schema'],
  ['i18n'],
  ['scoring'],
];

const src = resolve(process.argv[2] ?? 'src');
const rankOf = (file) => {
  // an import names the built file (./index.js); the layer list names the source
  const top = relative(src, file).split(sep)[0].replace(/\.js$/, '.ts');
  const rank = LAYERS.findIndex((names) => names.includes(top));
  return { top, rank };
};

const files = readdirSync(src, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => join(src, f));
// import … from '…', export … from '…', import '…', import('…'); `import type` included
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s*)['"](\.{1,2}\/[^'"]+)['"]/gm;

const problems = [];
for (const file of files) {
  const from = rankOf(file);
  const code = readFileSync(file, 'utf8');
  for (const [, specifier] of code.matchAll(SPECIFIER)) {
    const target = resolve(dirname(file), specifier);
    const to = rankOf(target);
    if (to.rank === -1 || from.rank === -1 || to.rank < from.rank)
      problems.push(`${relative(src, file)} → ${specifier} (${from.top} imports ${to.top})`);
  }
}

// src/scoring must build alone: every input inside it, no package imports.
const scoringEntry = join(src, 'scoring', 'index.ts');
if (files.includes(scoringEntry)) {
  const { metafile } = await build({
    entryPoints: [scoringEntry],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    logLevel: 'silent',
    plugins: [
      {
        name: 'no-packages',
        setup: (b) =>
          b.onResolve({ filter: /^[^./]/ }, (args) => ({ path: args.path, external: true })),
      },
    ],
  });
  const scoringDir = join(src, 'scoring') + sep;
  for (const [input, { imports }] of Object.entries(metafile.inputs)) {
    if (!resolve(input).startsWith(scoringDir))
      problems.push(`scoring bundles ${relative(src, resolve(input))}, outside src/scoring`);
    for (const i of imports)
      if (i.external) problems.push(`${relative(src, resolve(input))} → ${i.path} (a package)`);
  }
}

if (problems.length) {
  console.error(`check-layers: ${problems.length} import(s) against the layer order:`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
console.log(`check-layers: ${files.length} files, imports point down only; scoring builds alone`);
