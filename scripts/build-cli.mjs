// Builds the `leadership-3d` command to dist/cli.js: plain Node 20 ESM with a shebang. fflate and zod
// stay imports, resolved from the user's node_modules (runtime dependencies); Node's
// built-ins are left alone. Runs after the Vite builds, which empty dist/ first.
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';

const outfile = 'dist/cli.js';
await build({
  entryPoints: ['src/cli/bin.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['fflate', 'zod'],
  banner: { js: '#!/usr/bin/env node' },
  legalComments: 'none',
  logLevel: 'warning',
});
chmodSync(outfile, 0o755);
