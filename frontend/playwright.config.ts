import { defineConfig } from '@playwright/test';

/**
 * Journeys in Debian's Chromium against the real `verkosto` server, started by `e2e/global-setup.ts`
 * on a free port with a fresh data directory and the demo data; the tests share that server and
 * make their own data (unique names), so they run one after another.
 */
export default defineConfig({
  testDir: './e2e',
  globalSetup: './e2e/global-setup.ts',
  globalTeardown: './e2e/global-teardown.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['./e2e/screenshot-reporter.ts']],
  outputDir: 'test-results',
  use: {
    baseURL: process.env.VERKOSTO_E2E_URL,
    launchOptions: { executablePath: process.env.VERKOSTO_CHROMIUM ?? '/usr/bin/chromium' },
    locale: 'fi-FI',
    timezoneId: 'Europe/Helsinki',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
