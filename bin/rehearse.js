#!/usr/bin/env node
// Starts the prebuilt `rehearse` command (dist/cli/cli.js, built by `npm install` / `npm run build:cli`).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/cli/cli.js', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write(
    'rehearse: the command is not built yet. Run `npm run build:cli` (or `npm install`) in the project folder.\n',
  );
  process.exit(2);
}
await import(pathToFileURL(bundle).href);
