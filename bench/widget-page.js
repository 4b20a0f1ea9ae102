// Runs inside the benchmark page (bench/widget.mjs serves it next to dist/leadership-3d.js).
// Every figure is measured here with performance.now(), whose zero is the navigation start.
// "Rendered" means Lit has committed the DOM and the browser has computed style and layout
// (a forced layout read); painting is not included.

const widget = document.querySelector('leadership-3d');
const shadow = (el) => el.shadowRoot;

/** Waits for the widget and every child element of its current step to finish updating. */
async function rendered() {
  await widget.updateComplete;
  const children = [...shadow(widget).querySelectorAll('l3d-question, l3d-progress, l3d-report')];
  await Promise.all(children.map((child) => child.updateComplete));
  void widget.getBoundingClientRect().height; // style and layout, as a respondent would need
}

function buttonStartingWith(label) {
  return [...shadow(widget).querySelectorAll('button')].find((b) =>
    b.textContent.trim().startsWith(label),
  );
}

/** Elements and all nodes on the page, shadow roots included. */
function countNodes(root = document) {
  let elements = 0;
  let nodes = 0;
  const walk = (node) => {
    nodes++;
    if (node.nodeType === Node.ELEMENT_NODE) {
      elements++;
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return { elements, nodes };
}

async function firstLoad() {
  await customElements.whenDefined('leadership-3d');
  await rendered();
  const introInteractive = performance.now();
  buttonStartingWith('Start').click();
  await rendered();
  return { introInteractive, firstQuestionInteractive: performance.now() };
}

/** A person's pace: the page gets its idle time (what it fetches or prepares at idle lands). */
const idle = () => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 }));

/**
 * Answers every question, then Review and Finish. `paced`: after each answer and page the
 * browser gets an idle moment, as it would between a person's clicks (seconds, not
 * microseconds); without it every click follows the last in the same task, so nothing the
 * widget fetches or prepares at idle (the report's chunk, Chart.js) can land before Finish.
 */
async function fullRun({ paced = false } = {}) {
  await firstLoad();
  const clicks = [];
  let questionPageNodes;
  let lastAnswer = 0;
  for (;;) {
    const questions = [...shadow(widget).querySelectorAll('l3d-question')];
    questionPageNodes ??= countNodes();
    for (const [i, question] of questions.entries()) {
      const radio = shadow(question).querySelectorAll('input[type=radio]')[i % 5];
      const start = performance.now();
      lastAnswer = start;
      radio.click();
      await rendered();
      clicks.push(performance.now() - start);
      if (paced) await idle();
    }
    const next = buttonStartingWith('Next');
    if (!next) break;
    next.click();
    await rendered();
    if (paced) await idle();
  }
  buttonStartingWith('Review').click();
  await rendered();
  const finish = performance.now();
  buttonStartingWith('Finish').click();
  // The report module (and Chart.js) load on demand: wait for the report and its chart.
  let report;
  while (!(report = shadow(widget).querySelector('l3d-report')))
    await new Promise((resolve) => setTimeout(resolve, 1));
  await rendered();
  await report.updateComplete;
  const reportVisible = performance.now() - finish;
  const chart = shadow(report).querySelector('l3d-radar-chart');
  await chart.chartReady;
  const chartDrawn = performance.now() - finish;
  const lastAnswerToChart = performance.now() - lastAnswer;
  return { clicks, questionPageNodes, reportVisible, chartDrawn, lastAnswerToChart };
}

window.benchmark = { firstLoad, fullRun };
