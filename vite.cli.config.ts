import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { rehearseLibrary } from './library-plugin.ts';

// Bundles the `rehearse` command into dist/cli/ so that it starts without tsx or node_modules.
export default defineConfig({
  plugins: [rehearseLibrary()],
  resolve: {
    alias: [
      {
        find: 'react-devtools-core',
        replacement: fileURLToPath(new URL('./terminal/stubs/react-devtools-core.ts', import.meta.url)),
      },
      // Ink's layout engine, loaded without a detour through fetch (see the stub)
      {
        find: /^yoga-layout$/,
        replacement: fileURLToPath(new URL('./terminal/stubs/yoga-layout.ts', import.meta.url)),
      },
    ],
  },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: 'terminal/cli.ts',
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: true,
    rollupOptions: { output: { entryFileNames: 'cli.js', chunkFileNames: '[name]-[hash].js', format: 'esm' } },
  },
});
