// The demo loads the library from source; a plain page would load dist/leadership-3d.js instead.
import '../src/index.js';

for (const widget of document.querySelectorAll('leadership-3d')) {
  widget.addEventListener('l3d-complete', (event) => {
    console.info('l3d-complete', event.detail.result);
  });
  widget.addEventListener('l3d-error', (event) => {
    console.warn('l3d-error', event.detail.code, event.detail.message);
  });
}
