import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API runs on its own port in development; in production it serves dist/ itself,
// so the browser always talks to the same origin under /api.
const apiUrl = process.env.API_URL ?? 'http://127.0.0.1:3000';

// dkfds only exports its JavaScript entry; its CSS, fonts and icons are reached by path.
const dkfdsDist = fileURLToPath(new URL('./node_modules/dkfds/dist/', import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: [{ find: /^dkfds\/dist\/(.*)$/, replacement: `${dkfdsDist}$1` }],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Fonts and icons become files served from 'self', never data: URIs, so a strict
    // Content-Security-Policy (img-src/font-src 'self') holds.
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 2 },
            { name: 'vendor', test: /node_modules[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': { target: apiUrl, changeOrigin: false },
    },
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    proxy: {
      '/api': { target: apiUrl, changeOrigin: false },
    },
  },
});
