import { constants } from 'node:zlib';
import { fileURLToPath, URL } from 'node:url';

import react from '@vitejs/plugin-react';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { defineConfig } from 'vitest/config';

// In development the API runs on :8080 (`cargo run`); the dev server forwards /graphql to it.
// A build writes each text file also compressed at the highest levels (`.br`, `.gz`): the
// server sends those as they are instead of compressing on every request.
export default defineConfig({
  plugins: [
    react(),
    compression({
      include: /\.(js|css|html|svg|json|webmanifest)$/,
      algorithms: [
        defineAlgorithm('brotliCompress', {
          params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
        }),
        defineAlgorithm('gzip', { level: constants.Z_BEST_COMPRESSION }),
      ],
      logLevel: 'silent',
    }),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: { proxy: { '/graphql': 'http://127.0.0.1:8080' } },
  build: { sourcemap: true },
  test: { include: ['src/**/*.test.{ts,tsx}'] },
});
