/**
 * Builds the web UI (src/web/ui) into src/web/dist, which `tocsin serve` serves at `/`.
 * No inline scripts (the CSP forbids them) and no external resources: everything is bundled.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  // Relative asset URLs: the UI works wherever the server mounts it (hash routing, one page).
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The preload polyfill would be an extra script; modern browsers need none.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    reportCompressedSize: false,
    rollupOptions: {
      // zod ships `@__PURE__` comments in places Rollup cannot use; the warning is noise.
      onwarn(warning, warn) {
        if (warning.code === 'INVALID_ANNOTATION') return;
        warn(warning);
      },
    },
  },
  server: {
    host: '127.0.0.1',
    // `npx vite --config src/web/vite.config.ts` beside `tocsin serve` on its default port.
    proxy: { '/v1': 'http://127.0.0.1:8080', '/go': 'http://127.0.0.1:8080' },
  },
});
