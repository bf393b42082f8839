import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('.', import.meta.url));

// The web player that `rehearse package` puts into SCORM / cmi5 packages: built once into dist/player/,
// relative paths, no scenario inside (each package adds its own scenarios/<id>.js beside it).
export default defineConfig({
  root: `${repo}web/player`,
  base: './',
  plugins: [react()],
  build: { outDir: `${repo}dist/player`, emptyOutDir: true, assetsInlineLimit: 0 },
  logLevel: 'warn',
});
