// Browser tests run in the system Chromium: no test tool may download a browser here.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { lrsStubPlugin } from './test/support/lrs-stub.mjs';

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    lrsStubPlugin(),
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
