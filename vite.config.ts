import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { rehearseCatalog } from './web/build/catalog-plugin.ts';
import { rehearseConceptSets } from './library-plugin.ts';

const repo = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: `${repo}web`,
  base: './',
  plugins: [react(), rehearseCatalog()],
  worker: { plugins: () => [rehearseConceptSets()] }, // the preview's checker resolves `use:` with the bundled sets
  build: { outDir: `${repo}dist/web`, emptyOutDir: true },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    root: repo,
    projects: [
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/**/*.dom.test.tsx'],
          setupFiles: ['tests/setup-dom.ts', 'tests/setup-console.ts', 'tests/setup-engine.ts'],
          testTimeout: 60000, // a loaded or slow CI machine runs jsdom screens slowly (seen: 2× slower per core)
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/**/*.test.ts', 'tests/**/*.ink.test.tsx'],
          setupFiles: ['tests/setup-console.ts', 'tests/setup-engine.ts'],
          testTimeout: 60000, // the built commands spawn node; on a slow, loaded machine one takes over 20 s
        },
      },
    ],
  },
});
