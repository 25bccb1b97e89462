import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// In development the Rust server runs on 8080; the built app is served by it on the same port.
export default defineConfig({
  plugins: [react()],
  server: { proxy: { '/graphql': 'http://127.0.0.1:8080' } },
});
