// Builds the `leadership-3d` command to dist/cli.js: plain Node 20 ESM with a shebang. fflate
// stays an import, resolved from the user's node_modules (it is a runtime dependency); Node's
// built-ins are left alone. Runs after the Vite builds, which empty dist/ first.
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';

const outfile = 'dist/cli.js';
await build({
  entryPoints: ['src/lms/package/bin.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['fflate'],
  banner: { js: '#!/usr/bin/env node' },
  legalComments: 'none',
  logLevel: 'warning',
});
chmodSync(outfile, 0o755);
