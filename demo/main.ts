// The demo loads the library from source; a plain page would load dist/leadership-3d.js instead.
import '../src/index.js';

const widget = document.querySelector('leadership-3d');
const language = document.querySelector<HTMLSelectElement>('#language');

// ?lang=ar opens the demo in a language directly (the screenshots use it).
const asked = new URLSearchParams(location.search).get('lang');
if (widget && asked) widget.lang = asked;
if (language && widget) {
  language.value = widget.lang || 'en';
  language.addEventListener('change', () => {
    widget.lang = language.value;
  });
}

for (const el of document.querySelectorAll('leadership-3d')) {
  el.addEventListener('l3d-complete', ({ detail }) => {
    if (detail.form === 'observer')
      console.info('l3d-complete', detail.responses.group, detail.code);
    else console.info('l3d-complete', detail.result);
  });
  el.addEventListener('l3d-error', (event) => {
    console.warn('l3d-error', event.detail.code, event.detail.message);
  });
}
