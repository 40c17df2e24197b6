import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * `npm run dev` proxies the API to a server started with `pactesur serve` on port 8080. Pages are chunks of
 * their own; the largest chunk is MapLibre GL itself (about 1 MB minified), loaded with the first map only,
 * hence the warning limit above it.
 */
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1100 },
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://127.0.0.1:8080', changeOrigin: false } },
  },
});
