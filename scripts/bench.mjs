// `npm run bench`: measures against the budgets and writes bench/results.json and the timings
// section of docs/figures.md (see scripts/figures.mjs).
// Budgets live here and in size-budgets.json, never in unit tests (timings flake on shared machines).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { benchScoring } from '../bench/scoring.mjs';
import { benchWidget } from '../bench/widget.mjs';
import { benchBatch } from '../bench/batch.mjs';
import { benchAnalyze } from '../bench/analyze.mjs';
import { timingsSection, writeSection, FIGURES_PAGE } from './figures.mjs';

const file = 'bench/results.json';
const results = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
results.machine = { cpu: cpus()[0]?.model, cores: cpus().length, node: process.version };
results.date = new Date().toISOString();

console.log('scoring…');
results.scoring = benchScoring();
results.scoring.target = { respondentsPerSecond: 1_000_000 };
console.log(JSON.stringify(results.scoring, null, 2));

console.log('batch scoring command (1,000,000 lines; about two minutes)…');
results.batch = await benchBatch();
console.log(JSON.stringify({ ...results.batch, runs: undefined, method: undefined }, null, 2));

console.log('item analysis command (1,000,000 sets, ndjson and CSV)…');
results.analyze = await benchAnalyze();
console.log(JSON.stringify({ ...results.analyze, method: undefined }, null, 2));

console.log('widget in headless Chromium…');
results.widget = await benchWidget();
console.log(JSON.stringify({ ...results.widget, method: undefined }, null, 2));

if (existsSync('bench/size.json'))
  results.size = JSON.parse(readFileSync('bench/size.json', 'utf8'));
writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
writeSection('timings', timingsSection(results));
console.log(`written to ${file} and ${FIGURES_PAGE}`);
