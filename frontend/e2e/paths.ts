import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The built web app the server under test hands out (VERKOSTO_E2E_WEB_DIR names another build). */
export const WEB_DIR = process.env.VERKOSTO_E2E_WEB_DIR ?? resolve(here, '..', 'dist');

/** Where the journeys write screenshots of the main pages; printed at the end of the run. */
export const SCREENSHOT_DIR = process.env.VERKOSTO_SCREENSHOT_DIR ?? resolve(here, '..', 'e2e-screenshots');

/** The running server's pid and data directory, for the teardown. */
/** VERKOSTO_E2E_STATE names another file, for runs of different builds side by side. */
export const STATE_FILE = process.env.VERKOSTO_E2E_STATE ?? resolve(here, '..', 'node_modules', '.verkosto-e2e-server.json');
