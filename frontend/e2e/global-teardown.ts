// Stops the server started by global-setup and removes its data.
import { existsSync, readFileSync, rmSync } from 'node:fs';

import { STATE_FILE } from './paths';

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
}
