import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { nhsukFrontendCss } from './vite/nhsuk-frontend-css-plugin.ts';
import { precompressAssets } from './vite/precompress-plugin.ts';

/** The Kith API during development; in production the server serves `dist/` itself. */
const apiTarget = 'http://localhost:3000';

export default defineConfig({
  // precompressAssets writes .br/.gz beside the output for the server to send as they are.
  plugins: [react(), nhsukFrontendCss(), precompressAssets()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The server's CSP allows only same-origin files: keep every asset a separate file
    // rather than a data: URL.
    assetsInlineLimit: 0,
    sourcemap: true,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': apiTarget,
      '/health': apiTarget,
      '/ready': apiTarget,
    },
  },
});
