// Names the screenshot folder as the very last line of a Playwright run.
import { readdirSync, existsSync } from 'node:fs';

import type { Reporter } from '@playwright/test/reporter';

import { SCREENSHOT_DIR } from './paths';

export default class ScreenshotReporter implements Reporter {
  onEnd(): void {
    const shots = existsSync(SCREENSHOT_DIR) ? readdirSync(SCREENSHOT_DIR).filter((f) => f.endsWith('.png')).length : 0;
    console.log(`\nScreenshots of the main pages (${shots}): ${SCREENSHOT_DIR}`);
  }

  printsToStdio(): boolean {
    return false;
  }
}
