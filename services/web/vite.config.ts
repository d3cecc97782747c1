import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Everything is bundled into dist/ (served by the API): no CDN, no inline script, so the API's
// CSP `script-src 'self'` holds. JSX goes through esbuild with Preact's automatic runtime.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  // jsxDev off: a build started under vitest (NODE_ENV=test) would otherwise ship dev JSX calls.
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact', jsxDev: false },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 600,
  },
});
