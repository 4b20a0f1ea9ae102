// Norms in the 360° view: the host supplies everything through properties.
import '../src/components/l3d-360/l3d-360.js';
import type { Norms, Result } from '../src/scoring/index.js';

interface Samples {
  self: { result: Result };
  raters: { code: string }[];
  norms: Norms;
}

const samples = (await (
  await fetch(new URL('./samples/360.json', import.meta.url))
).json()) as Samples;

const json = document.querySelector('#norms-json');
if (json) json.textContent = JSON.stringify(samples.norms, null, 2);

const view = document.querySelector('l3d-360');
if (view) {
  view.self = samples.self.result;
  view.norms = samples.norms;
  view.addCodes(samples.raters.map((r) => r.code));
}
