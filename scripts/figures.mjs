// docs/figures.md: the figures that change with every commit (sizes, timings), written only by
// the scripts that measure them, each into its own section between markers:
//   sizes    by scripts/size.mjs  (`npm run size`, part of `npm test`), from what it measured;
//   timings  by scripts/bench.mjs (`npm run bench`), from bench/results.json;
//   packages by scripts/package-figures.mjs (`npm run size`), from the zips it builds.
// `node scripts/figures.mjs` redraws both sections from bench/size.json and bench/results.json
// without measuring again. Output has no dates and no chunk hashes, so the same measurements
// always give the same page.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const FIGURES_PAGE = 'docs/figures.md';

const HEADER = `# Measured figures

<!-- Generated: the sizes and packages by \`npm run size\` (scripts/size.mjs, scripts/package-figures.mjs), the timings by \`npm run bench\` (scripts/bench.mjs). Do not edit by hand. -->

This page is written by the scripts that measure it: the **sizes** by \`npm run size\`
(scripts/size.mjs, the last step of \`npm test\`, budgets in \`size-budgets.json\`), the
**timings** by \`npm run bench\` (scripts/bench.mjs, which also keeps every run in
\`bench/results.json\`). \`npm run bench\` is not part of \`npm test\`, so the timings are those of
its last run and can be older than the sizes. The **LMS packages** (what the \`scorm\` and
\`cmi5\` commands write) are built and measured by scripts/package-figures.mjs, also in
\`npm run size\`. What the figures mean and how they are kept down is in
[performance.md](performance.md).
`;

const SECTIONS = ['sizes', 'timings', 'packages'];
const start = (name) => `<!-- ${name}:start -->`;
const end = (name) => `<!-- ${name}:end -->`;

/** Replaces one section of the page (creating the page, with every section, if needed). */
export function writeSection(name, markdown) {
  let page = existsSync(FIGURES_PAGE)
    ? readFileSync(FIGURES_PAGE, 'utf8')
    : HEADER + SECTIONS.map((s) => `\n${start(s)}\n${end(s)}\n`).join('');
  // a section added since the page was written gets its markers at the end
  if (!page.includes(start(name))) page = `${page.trimEnd()}\n\n${start(name)}\n${end(name)}\n`;
  const from = page.indexOf(start(name));
  const to = page.indexOf(end(name));
  if (from < 0 || to < from) throw new Error(`${FIGURES_PAGE} has no ${name} section markers`);
  // the header is rewritten too, so a change to it reaches the page at the next measurement
  const first = page.indexOf(start(SECTIONS[0]));
  page = `${HEADER}\n${page.slice(first, from)}${start(name)}\n\n${markdown.trim()}\n\n${page.slice(to)}`;
  writeFileSync(FIGURES_PAGE, page);
}

const int = (n) => Math.round(n).toLocaleString('en-US');
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const bytes = (n) => `${kb(n)} (${int(n)} B)`;
const list = (runs) => `${Math.min(...runs)}–${Math.max(...runs)}`;

/** What each size in size-budgets.json measures. */
const SIZE_NAMES = {
  'widget-initial':
    'JS before the first question: `dist/leadership-3d.js`, one file, its static imports included',
  'widget-total':
    'the most JS one English respondent can fetch: first load, report, schema, LMS/xAPI, and the larger of the chart (self form) or the rater’s part (observer form) and of the SCORM or cmi5 link',
  'view-360': 'the 360° view on a coach’s page, on top of the report chunk, with its English texts',
  'view-360-detail':
    'the 360° view’s item detail and comments, fetched once it has raters, with its English texts',
  'view-360-files':
    'the reader of raters’ downloaded files, fetched when a coach first chooses one',
  'view-group':
    'the group report on a coach’s page, on top of the report chunk, with its English texts',
  'locale-largest': 'one other built-in language (all texts and item wordings), the largest',
  'scoring-without-instrument':
    '`leadership-3d/scoring` alone, without the instrument data and without `analyze()`',
  'scoring-analyze':
    '`analyze()` and `createAnalyzer()` of `leadership-3d/scoring` (item analysis) alone, without the instrument data',
  'codes-without-instrument': '`leadership-3d/codes` alone, without the instrument data',
  'scoring-fast-without-instrument':
    '`leadership-3d/scoring/fast` (bulk scoring of bytes) alone, without the instrument data',
};
/** Targets the project's issues set, where they differ from the budget (bytes). */
const SIZE_TARGETS = {
  // issue 20: 28 KB for the first file, 124 KB for all a respondent can fetch
  'widget-initial': 28 * 1024,
  'widget-total': 124 * 1024,
  'scoring-without-instrument': 4 * 1024,
};

/** The sizes section, from what scripts/size.mjs measured (the shape of bench/size.json). */
export function sizesSection({ measured, budgets, chunks }) {
  const rows = Object.keys(measured).map((name) => {
    const over = measured[name] > budgets[name];
    const target = SIZE_TARGETS[name];
    const targetText =
      target === undefined
        ? ''
        : `; target ${kb(target)}${measured[name] > target ? ' (**missed**)' : ''}`;
    return `| ${SIZE_NAMES[name] ?? name} | \`${name}\` | ${bytes(measured[name])} | ${int(budgets[name])} B${over ? ' (**over**)' : ''}${targetText} |`;
  });
  // `chunks/es-BXDaWa5o.js` → `chunks/es-[hash].js`: the hash changes with every build
  const chunkRows = Object.entries(chunks)
    .map(([file, size]) => [file.replace(/-[\w-]{8}\.js$/, '-[hash].js'), size])
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, size]) => `| \`${file}\` | ${bytes(size)} |`);
  return [
    '## Sizes',
    'Minified + gzip (level 9), measured on the real build output (`npm run build`).',
    [
      '| what | name in `size-budgets.json` | measured | budget |',
      '| --- | --- | --- | --- |',
      ...rows,
    ].join('\n'),
    'Each file of the one-file build (`dist/leadership-3d.js` and its lazy chunks):',
    ['| file | min + gzip |', '| --- | --- |', ...chunkRows].join('\n'),
  ].join('\n\n');
}

/** Finish → report → chart, paced like a person (the target) and back to back. */
function reportRows(widget, t) {
  const pace = (w) =>
    `${w.finishClickToReportRenderedMs.median} / ${w.finishClickToChartDrawnMs.median} / ${w.lastAnswerToChartDrawnMs.median} ms`;
  const last = widget.lastAnswerToChartDrawnMs;
  const missed = last.median > t.lastAnswerToChartDrawnMs ? ' (**missed**)' : '';
  return [
    `| Finish → report rendered / Finish → chart drawn / last answer → chart drawn, medians of ${last.runs.length} runs paced like a person | ${pace(widget)} (last answer → chart: ${list(last.runs)}) | last answer → chart ≤ ${t.lastAnswerToChartDrawnMs} ms${missed} |`,
    `| the same, every click in the same task (no idle moment for what the widget prepares) | ${pace(widget.backToBack)} | — |`,
  ];
}

/** The timings section, from bench/results.json. */
export function timingsSection(results) {
  const out = ['## Timings'];
  const { machine, widget, scoring, batch } = results;
  if (machine)
    out.push(
      `Measured on ${machine.cores} cores (${machine.cpu}), Node ${machine.node}. The machine is ` +
        'shared, so timings vary by about ±30 % between runs.',
    );
  const rows = [];
  if (widget) {
    const first = widget.navigationToFirstQuestionInteractiveMs;
    const intro = widget.navigationToIntroInteractiveMs;
    const click = widget.answerClickToRenderedMs;
    const t = widget.targets ?? {};
    rows.push(
      `| navigation → intro interactive (median of ${intro.runs.length}) | ${intro.median} ms (${list(intro.runs)}) | — |`,
      `| navigation → first question page interactive (median of ${first.runs.length}) | ${first.median} ms (${list(first.runs)}) | — |`,
      ...(widget.plainPageNavigationToFormInteractiveMs
        ? [
            `| the floor: a plain HTML form of the same 48 items, no script, in the same run | ${widget.plainPageNavigationToFormInteractiveMs.median} ms (${list(widget.plainPageNavigationToFormInteractiveMs.runs)}) | — |`,
            `| first question page ÷ plain page (ratio of the medians) | ${widget.firstQuestionToPlainPageRatio} | ≤ ${t.firstQuestionToPlainPageRatio}${widget.firstQuestionToPlainPageRatio > t.firstQuestionToPlainPageRatio ? ' (**missed**)' : ''} |`,
            ...(widget.firstQuestionToPlainPagePairedRatio
              ? [
                  `| the same, median of the ${widget.firstQuestionToPlainPagePairedRatio.runs.length} interleaved pairs | ${widget.firstQuestionToPlainPagePairedRatio.median} (${list(widget.firstQuestionToPlainPagePairedRatio.runs)}) | — |`,
                ]
              : []),
            ...(widget.designFloorNavigationToFirstQuestionMs
              ? [
                  `| the design floor: the widget's own intro and first page with no code (same DOM and styles), same run | ${widget.designFloorNavigationToFirstQuestionMs.median} ms (${list(widget.designFloorNavigationToFirstQuestionMs.runs)}) | — |`,
                  `| design floor ÷ plain page: what the design costs; the rest of the widget's ratio is its code | ${widget.designFloorToPlainPageRatio} | — |`,
                ]
              : []),
          ]
        : []),
      `| answer click → re-rendered, p50 / p95 / max over ${click.count} answers | ${click.p50} / ${click.p95} / ${click.max} ms | p95 ≤ ${t.answerClickToRenderedP95Ms} ms |`,
      `| DOM size of a question page, shadow roots included | ${widget.questionPageNodes.elements} elements (${widget.questionPageNodes.nodes} nodes with text and comment markers) | ≤ ${t.questionPageElements} elements |`,
      ...(typeof widget.lastAnswerToChartDrawnMs === 'number'
        ? [
            `| Finish → report rendered / chart drawn | ${widget.finishClickToReportRenderedMs} / ${widget.finishClickToChartDrawnMs} ms | — |`,
            `| last answer → chart drawn (Review and Finish clicked at once) | ${widget.lastAnswerToChartDrawnMs} ms | ≤ ${t.lastAnswerToChartDrawnMs} ms |`,
          ]
        : reportRows(widget, t)),
    );
  }
  if (scoring) {
    const target = scoring.targets?.respondentsPerSecond ?? scoring.target?.respondentsPerSecond;
    const missed = target && scoring.respondentsPerSecond < target ? ' (**missed**)' : '';
    rows.push(
      `| \`score()\` throughput, one core | ${int(scoring.respondentsPerSecond)} respondents/s (runs ${int(Math.min(...scoring.respondentsPerSecondRuns))}–${int(Math.max(...scoring.respondentsPerSecondRuns))}) | ${target ? `${int(target)}/s${missed}` : '—'} |`,
      `| \`score360\`, self + 20 raters, median / p95 | ${scoring.score360With20RatersMs.median} / ${scoring.score360With20RatersMs.p95} ms | ${scoring.targets ? `≤ ${scoring.targets.score360MedianMs} ms${scoring.score360With20RatersMs.median > scoring.targets.score360MedianMs ? ' (**missed**)' : ''}` : '—'} |`,
    );
    const { fastPath, control, ratios, targets } = scoring;
    if (fastPath)
      rows.push(
        `| fast path (\`scoring/fast\`), one core | ${int(fastPath.respondentsPerSecond)} respondents/s (runs ${int(Math.min(...fastPath.runs))}–${int(Math.max(...fastPath.runs))}) | ${int(targets.fastPathRespondentsPerSecond)}/s${fastPath.respondentsPerSecond < targets.fastPathRespondentsPerSecond ? ' (**missed**)' : ''} |`,
        `| controls: plain loops over the same answers, objects / bytes | ${int(control.objectsPerSecond)} / ${int(control.bytesPerSecond)} respondents/s | — |`,
        `| times slower than the control: \`score()\` / fast path / \`score360\` | ${ratios.score} / ${ratios.fastPath} / ${ratios.score360} | — |`,
      );
  }
  if (rows.length)
    out.push('| what | measured | target |\n| --- | --- | --- |\n' + rows.join('\n'));
  if (batch) {
    const target = batch.target?.linesPerSecond;
    out.push(
      '### Batch scoring (`leadership-3d score`)',
      `Target: ${int(target)} lines/s${
        Math.max(batch.linesPerSecond.singleThread, batch.linesPerSecond.workerThreads) < target
          ? ' (**missed**)'
          : ''
      }; memory ${batch.target?.memory ?? 'flat'}.`,
      '| lines | threads | workers | lines/s | seconds | error lines | peak RSS |\n| --- | --- | --- | --- | --- | --- | --- |\n' +
        batch.runs
          .map(
            (r) =>
              `| ${int(r.lines)} | ${r.threads} | ${r.workers} | ${int(r.linesPerSecond)} | ${r.seconds} | ${r.errors} | ${r.peakRssMB} MB |`,
          )
          .join('\n'),
    );
  }
  const rowsBench = batch?.rows;
  if (rowsBench) {
    // issue 20's targets for the compact paths, per input format, at the largest input
    const { linesPerSecond: targets = {}, peakRssMB: rssTarget } = rowsBench.target ?? {};
    const largest = Math.max(...rowsBench.runs.map((r) => r.lines));
    const verdict = (path, lines) =>
      targets[path] === undefined || lines !== largest
        ? '—'
        : `${int(targets[path])}/s${rowsBench.linesPerSecond[path] < targets[path] ? ' (**missed**)' : ''}`;
    out.push(
      '### Batch scoring to compact CSV (`leadership-3d score --format scores-csv`)',
      `Lines/s include process start (spawn to exit). Peak RSS target ≤ ${rssTarget} MB, flat from 100k to 1M lines. The control only reads and splits the same file into lines.`,
      '| input → output | lines | lines/s | target (at 1M) | seconds | peak RSS | control lines/s | × slower than the control |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n' +
        rowsBench.runs
          .map(
            (r) =>
              `| ${r.path} | ${int(r.lines)} | ${int(r.linesPerSecond)} | ${verdict(r.path, r.lines)} | ${r.wallSeconds} | ${r.peakRssMB} MB | ${int(r.controlLinesPerSecond)} | ${r.controlRatio} |`,
          )
          .join('\n'),
    );
  }
  const methods = [
    ['widget', widget?.method],
    ['scoring', scoring?.method],
    ['batch', batch?.method],
    ['batch to compact CSV', rowsBench?.method],
  ].filter(([, m]) => m);
  if (methods.length)
    out.push('### Method', methods.map(([name, m]) => `- **${name}**: ${m}`).join('\n'));
  return out.join('\n\n');
}

// `node scripts/figures.mjs`: redraw the page from the last measurements.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (existsSync('bench/size.json'))
    writeSection('sizes', sizesSection(JSON.parse(readFileSync('bench/size.json', 'utf8'))));
  if (existsSync('bench/results.json'))
    writeSection('timings', timingsSection(JSON.parse(readFileSync('bench/results.json', 'utf8'))));
  console.log(`figures: wrote ${FIGURES_PAGE}`);
}
