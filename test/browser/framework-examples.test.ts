// The examples, each loaded in a frame as a user would open it: React 19 and Vue 3 (built by
// Vite to examples/{react,vue}/dist/; `npm test` runs `npm run build:examples` first) render
// <leadership-3d lang="es"> with a short instrument as a property and an l3d-complete listener
// (`onl3d-complete` in React, `@l3d-complete` in Vue); the plain page (examples/html) loads
// dist/leadership-3d.js with `instrument-src` and listens from its own module. The respondent
// clicks through; the page shows the result it received.
import { expect, waitUntil } from '@open-wc/testing';
import type { Leadership3d } from '../../src/components/leadership-3d/leadership-3d.js';
import type { L3dRadarChart } from '../../src/components/l3d-radar-chart/l3d-radar-chart.js';
import {
  answerAllPages,
  button,
  clickStart,
  heading,
  primaryButton,
  questions,
  shadow,
  text,
  reportDrawn,
} from '../fixtures/widget.js';

type ExampleWindow = Window & typeof globalThis & { litHtmlVersions?: string[] };

async function openExample(
  framework: string,
): Promise<{ frame: HTMLIFrameElement; win: ExampleWindow }> {
  // A missing build would otherwise show as a timeout waiting for the element.
  const { ok, status } = await fetch(pages[framework]!, { method: 'HEAD' });
  expect(ok, `${pages[framework]}: HTTP ${status}; run npm run build:examples first`).to.equal(
    true,
  );
  const frame = document.createElement('iframe');
  frame.style.width = '1024px';
  frame.style.height = '800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = pages[framework]!;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as ExampleWindow;
  await win.customElements.whenDefined('leadership-3d');
  await waitUntil(
    () => win.document.querySelector('leadership-3d'),
    `${framework} rendered the widget`,
  );
  return { frame, win };
}

const pages: Record<string, string> = {
  react: '/examples/react/dist/index.html',
  vue: '/examples/vue/dist/index.html',
  html: '/examples/html/index.html',
};

for (const framework of Object.keys(pages)) {
  describe(`the ${framework} example`, () => {
    let frame: HTMLIFrameElement | undefined;
    beforeEach(() => sessionStorage.clear());
    afterEach(() => {
      frame?.remove();
      sessionStorage.clear();
    });

    it('runs a short Spanish flow and the app receives l3d-complete', async () => {
      const page = await openExample(framework);
      frame = page.frame;
      const { win } = page;
      const widget = win.document.querySelector('leadership-3d') as Leadership3d;
      await widget.updateComplete;

      // the framework set the instrument as a property and the listener with addEventListener,
      // not as attributes; `page-size` is an attribute.
      expect(widget.hasAttribute('instrument')).to.equal(false);
      expect(widget.hasAttribute('onl3d-complete')).to.equal(false);
      expect(widget.getAttribute('page-size')).to.equal('3');
      await waitUntil(() => widget.instrument.id === 'l3d-quick-check-es', 'the instrument is set');
      await widget.updateComplete;

      // lang="es": the interface is Spanish
      expect(widget.lang).to.equal('es');
      await waitUntil(() => primaryButton(widget)?.textContent?.trim() === 'Empezar', 'Spanish');
      await clickStart(widget);
      expect(heading(widget).textContent?.trim()).to.equal('Preguntas 1–3 de 6');
      expect(questions(widget)).to.have.length(3);
      expect(text(questions(widget)[0]!)).to.contain('Resuelvo problemas difíciles');

      await answerAllPages(widget, () => 4);
      expect(win.document.querySelectorAll('#summary li')).to.have.length(0);
      button(widget, 'Terminar y ver los resultados').click();

      // the app's l3d-complete handler stored the result and the framework rendered it
      const summary = () => win.document.querySelectorAll('#summary li');
      await waitUntil(() => summary().length, 'the app shows the summary', { timeout: 5000 });
      const lines = [...win.document.querySelectorAll('#summary li')].map((li) =>
        li.textContent?.replace(/\s+/g, ' ').trim(),
      );
      // 4 everywhere; skill-2 is reverse-keyed (6 − 4 = 2): skill 3 → 50, trust and value 4 → 75
      expect(lines).to.deep.equal([
        'Pericia técnica: 50',
        'Gestión de relaciones: 75',
        'Visión de negocio: 75',
      ]);
      expect(widget.result?.dimensions.relational.score).to.equal(75);

      // the widget's own report and its lazy chart load from the Vite build too
      const report = await reportDrawn(widget);
      const chart = shadow(report).querySelector('l3d-radar-chart') as L3dRadarChart;
      expect(shadow(chart).querySelector('canvas')).to.not.equal(null);
    });

    it('loads one copy of Lit', async () => {
      const page = await openExample(framework);
      frame = page.frame;
      // every Lit copy that loads pushes its version here
      expect(page.win.litHtmlVersions).to.have.length(1);
    });
  });
}
