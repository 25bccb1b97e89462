// Stops the server started by global-setup, waits until it has exited (it flushes its search
// index on the way out), and removes its data.
import { existsSync, readFileSync, rmSync } from 'node:fs';

import { STATE_FILE } from './paths';

/** Whether `pid` still runs (a zombie waiting to be reaped has finished). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

async function stop(pid: number): Promise<void> {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return; // already gone
  }
  const deadline = Date.now() + 30_000;
  while (running(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (running(pid)) process.kill(pid, 'SIGKILL');
}

export default async function globalTeardown(): Promise<void> {
  if (!existsSync(STATE_FILE)) return;
  const { pid, dataDir } = JSON.parse(readFileSync(STATE_FILE, 'utf8')) as { pid: number; dataDir: string };
  await stop(pid);
  if (process.env.VERKOSTO_E2E_KEEP_DATA) console.log(`server data kept in ${dataDir}`);
  else rmSync(dataDir, { recursive: true, force: true, maxRetries: 5 });
  rmSync(STATE_FILE, { force: true });
}
