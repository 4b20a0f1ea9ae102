// The "packages" section of docs/figures.md: builds the three LMS packages with the real command
// (dist/cli.js, after `npm run build`) into a temporary folder and writes what each holds (its
// files, their sizes) and its zip size, plus the size of the classic fallback build they carry. Run by
// `npm run size`; the numbers in docs/lms.md point here instead of being typed by hand.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { writeSection } from './figures.mjs';

const CLI = 'dist/cli.js';
const CLASSIC = 'dist/leadership-3d.classic.js';
const PACKAGES = [
  ['SCORM 1.2', ['scorm', '--version', '1.2']],
  ['SCORM 2004 4th Edition', ['scorm', '--version', '2004']],
  ['cmi5', ['cmi5']],
];

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const int = (n) => n.toLocaleString('en-US');
const bytes = (n) => `${kb(n)} (${int(n)} B)`;

for (const file of [CLI, CLASSIC])
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);

const dir = mkdtempSync(join(tmpdir(), 'l3d-package-figures-'));
try {
  const rows = [];
  const contents = [];
  for (const [name, args] of PACKAGES) {
    const out = join(dir, `${args.join('-')}.zip`);
    execFileSync(process.execPath, [CLI, ...args, '--out', out], { stdio: 'ignore' });
    const zip = readFileSync(out);
    const files = Object.entries(unzipSync(zip)).sort(([a], [b]) => a.localeCompare(b));
    const unpacked = files.reduce((sum, [, data]) => sum + data.length, 0);
    rows.push(
      `| ${name} | \`leadership-3d ${args.join(' ')}\` | ${files.length} | ${bytes(zip.length)} | ${bytes(unpacked)} |`,
    );
    const chunks = files.filter(([file]) => file.startsWith('chunks/'));
    const chunkBytes = chunks.reduce((sum, [, data]) => sum + data.length, 0);
    const named = files
      .filter(([file]) => !file.startsWith('chunks/'))
      .map(([file, data]) => `\`${file}\` ${kb(data.length)}`);
    contents.push(
      `${name}: ${named.join(', ')}, and \`chunks/\` (${chunks.length} files, ${kb(chunkBytes)}).`,
    );
  }
  const classic = readFileSync(CLASSIC);
  const markdown = [
    '## LMS packages',
    'What `leadership-3d scorm` and `leadership-3d cmi5` write with their default options, built with the real command from this build.',
    [
      '| package | command | files | zip | unpacked |',
      '| --- | --- | --- | --- | --- |',
      ...rows,
    ].join('\n'),
    contents.join('\n\n'),
    `Every package loads the module build (\`leadership-3d.js\` and its chunks, whose sizes are above). The all-in-one classic build \`${CLASSIC}\`, fetched only when the LMS serves \`.js\` with a type that makes the browser refuse the module, is ${bytes(classic.length)} minified, ${bytes(gzipSync(classic, { level: 9 }).length)} minified + gzip (level 9): every lazy part inlined, so such an LMS's learners download it all at launch.`,
  ].join('\n\n');
  writeSection('packages', markdown);
  console.log(`package-figures: wrote the packages section of docs/figures.md`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
