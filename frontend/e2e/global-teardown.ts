// Stops the server started by global-setup, removes its data, and names the screenshot folder.
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';

import { SCREENSHOT_DIR, STATE_FILE } from './paths';

export default function globalTeardown(): void {
  if (existsSync(STATE_FILE)) {
    const { pid, dataDir } = JSON.parse(readFileSync(STATE_FILE, 'utf8')) as { pid: number; dataDir: string };
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // already gone
    }
    if (process.env.VERKOSTO_E2E_KEEP_DATA) console.log(`server data kept in ${dataDir}`);
    else rmSync(dataDir, { recursive: true, force: true });
    rmSync(STATE_FILE, { force: true });
  }
  const shots = existsSync(SCREENSHOT_DIR) ? readdirSync(SCREENSHOT_DIR).length : 0;
  console.log(`\nScreenshots (${shots}) of the main pages: ${SCREENSHOT_DIR}`);
}
