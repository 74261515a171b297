import { defineConfig } from 'vitest/config';

// The server serves dist/ from the classpath (cascade/webroot/); relative asset URLs keep it location-agnostic.
export default defineConfig({
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 600,
  },
  server: {
    // Development only: forward API and socket calls to a locally running server.
    proxy: {
      '/api': 'http://localhost:8080',
      '/ws': { target: 'ws://localhost:8080', ws: true },
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
  },
});
