// The 360° view with sample data: a self result and six raters' codes, made by
// scripts/make-360-samples.mjs. A real page would let the person load their own.
import '../src/components/l3d-360/l3d-360.js';
import type { HostRater } from '../src/internal/view360.js';
import { decodeResponseCode } from '../src/scoring/codes.js';
import { instrument, type Norms, type Result } from '../src/scoring/index.js';

interface Samples {
  self: { result: Result };
  previous: { result: Result };
  raters: { group: string; code: string }[];
  norms: Norms;
}

const samples = (await (
  await fetch(new URL('./samples/360.json', import.meta.url))
).json()) as Samples;

const view = document.querySelector('l3d-360');

/**
 * Sample comments for `?comments`, one per sample rater (manager, three peers, two direct
 * reports): the peers' are shown (three wrote some), the two direct reports' are not.
 */
const COMMENTS: HostRater['comments'][] = [
  {
    keep: 'Your design reviews: people leave them knowing why, not only what.',
    next: 'Bring the sales team into planning before the roadmap is fixed.',
  },
  { keep: 'You explain trade-offs so the rest of us can decide without you.' },
  {
    keep: 'Pairing with newer engineers.\nThey say it is the best part of their week.',
    next: 'Say no sooner when a request does not fit the quarter.',
  },
  { next: 'Ask for feedback after the big meetings, not only after launches.' },
  { keep: 'Protecting focus time for the team.' },
  { next: 'Share the why behind priority changes in writing.' },
];
const language = document.querySelector<HTMLSelectElement>('#language');

if (view) {
  // as if the person had chosen their result file and pasted the six codes
  view.self = samples.self.result;
  if (new URLSearchParams(location.search).has('comments'))
    // as a host page that read the raters' files would supply them: answers and comments
    view.raters = samples.raters.map((r, i): HostRater => ({
      ...decodeResponseCode(r.code, { instrument }).responses,
      ...(COMMENTS[i] ? { comments: COMMENTS[i] } : {}),
    }));
  else view.addCodes(samples.raters.map((r) => r.code));
  view.addEventListener('l3d-360-change', (event) => {
    console.info('l3d-360-change', event.detail.input, event.detail.codes);
  });
  view.addEventListener('l3d-error', (event) => {
    console.warn('l3d-error', event.detail.code, event.detail.message);
  });
  // ?lang=ar opens the page in a language directly (the screenshots use it)
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked) view.lang = asked;
  if (language) {
    language.value = view.lang || 'en';
    language.addEventListener('change', () => (view.lang = language.value));
  }
}

/** Sample files to try the inputs with, offered as downloads. */
const offer = (id: string, content: string, type = 'application/json') => {
  const link = document.querySelector<HTMLAnchorElement>(`#${id}`);
  if (link) link.href = URL.createObjectURL(new Blob([content], { type }));
};
offer('sample-self', JSON.stringify(samples.self, null, 2));
offer('sample-previous', JSON.stringify(samples.previous, null, 2));
offer('sample-norms', JSON.stringify(samples.norms, null, 2));
offer('sample-codes', samples.raters.map((r) => r.code).join('\n'), 'text/plain');
