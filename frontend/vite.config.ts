import { fileURLToPath, URL } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// In development the API runs on :8080 (`cargo run`); the dev server forwards /graphql to it.
export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: { proxy: { '/graphql': 'http://127.0.0.1:8080' } },
  build: { sourcemap: true },
  test: { include: ['src/**/*.test.{ts,tsx}'] },
});
