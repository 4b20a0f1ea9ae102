// `executeServerCommand('heap-usage')` for the leak tests: a full garbage collection, then the
// page's JS heap and DOM counters, read over the DevTools protocol (performance.memory is
// coarse and never collects first).
const sessions = new WeakMap();

export function heapProbePlugin() {
  return {
    name: 'heap-usage',
    async executeCommand({ command, session }) {
      if (command !== 'heap-usage') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      const cdp = sessions.get(page);
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const { documents, nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
      return { usedSize, documents, nodes, jsEventListeners };
    },
  };
}
