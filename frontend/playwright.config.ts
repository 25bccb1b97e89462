// Playwright against the real server: Debian's Chromium, a fresh data directory with the demo
// data, the built web app, a free port chosen by scripts/test-frontend (VERKOSTO_E2E_PORT).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { defineConfig } from '@playwright/test';

const port = Number(process.env.VERKOSTO_E2E_PORT ?? 18080);
const binary = process.env.VERKOSTO_BIN ?? resolve('../target/debug/verkosto');
const dataDir = mkdtempSync(join(tmpdir(), 'verkosto-e2e-'));

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  globalTeardown: './e2e/teardown.ts',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `${binary} serve`,
    env: {
      VERKOSTO_BIND: `127.0.0.1:${port}`,
      VERKOSTO_DATA_DIR: dataDir,
      VERKOSTO_DEMO: 'true',
      VERKOSTO_WEB_DIR: resolve('dist'),
      VERKOSTO_LOG: 'warn',
    },
    url: `http://127.0.0.1:${port}/healthz`,
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
