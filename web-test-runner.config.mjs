// Browser tests run in the system Chromium: no test tool may download a browser here.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { lrsStubPlugin } from './test/support/lrs-stub.mjs';
import { heapProbePlugin } from './test/support/heap-probe.mjs';

/**
 * `executeServerCommand('emulate-forced-colors', { active })`: the built-in emulateMedia command
 * ignores forcedColors with Puppeteer (and Puppeteer refuses the feature), so Windows
 * high-contrast mode is emulated over the DevTools protocol. The session is kept: closing it
 * would drop the emulation.
 */
const cdpSessions = new WeakMap();
const forcedColorsPlugin = {
  name: 'emulate-forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-forced-colors') return undefined;
    const page = session.browser.getPage(session.id);
    if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
    await cdpSessions.get(page).send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
    });
    return true;
  },
};

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    forcedColorsPlugin,
    lrsStubPlugin(),
    heapProbePlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        args: chromiumArgs,
      },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
  concurrency: 1,
};
