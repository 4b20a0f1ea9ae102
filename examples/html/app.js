// The page's own code, in a file rather than an inline script (the CSP forbids those): it
// listens for l3d-complete and lists the dimension scores as text.
const widget = document.querySelector('leadership-3d');
const section = document.getElementById('summary-section');

widget.addEventListener('l3d-complete', (event) => {
  const { result } = event.detail;
  const list = document.createElement('ul');
  list.id = 'summary';
  for (const dimension of widget.instrument.dimensions) {
    const item = document.createElement('li');
    item.textContent = `${dimension.label}: ${result.dimensions[dimension.id].score ?? '—'}`;
    list.append(item);
  }
  document.getElementById('summary').replaceWith(list);
  section.hidden = false;
});

widget.addEventListener('l3d-error', (event) => {
  console.warn(event.detail.code, event.detail.message);
});
