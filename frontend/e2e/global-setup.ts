// Starts the real server for the journeys: a fresh data directory, the demo data, a free port,
// and the built web app (`npm run build` first; VERKOSTO_E2E_WEB_DIR names another build).
// VERKOSTO_BIN names a built `verkosto`; otherwise `cargo build -p verkosto-server` builds it.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { SCREENSHOT_DIR, STATE_FILE, WEB_DIR } from './paths';

const frontend = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function serverBinary(): string {
  if (process.env.VERKOSTO_BIN) return process.env.VERKOSTO_BIN;
  const build = spawnSync('cargo', ['build', '--quiet', '-p', 'verkosto-server', '--message-format=json-render-diagnostics'], {
    cwd: resolve(frontend, '..'),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (build.status !== 0) throw new Error('cargo build -p verkosto-server failed');
  for (const line of build.stdout.split('\n').reverse()) {
    if (!line.startsWith('{')) continue;
    const message = JSON.parse(line) as { reason?: string; target?: { name?: string }; executable?: string | null };
    if (message.reason === 'compiler-artifact' && message.target?.name === 'verkosto' && message.executable) {
      return message.executable;
    }
  }
  throw new Error('cargo did not name the verkosto executable');
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => {
        ok(port);
      });
    });
  });
}

async function waitUntilReady(url: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ searchStatus { pending } regions(first: 1) { nodes { id } } }' }),
      });
      if (response.ok) {
        const body = (await response.json()) as { data?: { searchStatus: { pending: number }; regions: { nodes: unknown[] } } };
        if (body.data && body.data.searchStatus.pending === 0 && body.data.regions.nodes.length > 0) return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server at ${url} did not become ready`);
}

export default async function globalSetup(): Promise<void> {
  if (!existsSync(join(WEB_DIR, 'index.html'))) throw new Error(`${WEB_DIR} is missing: run \`npm run build\` first`);
  const binary = serverBinary();
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'verkosto-e2e-'));
  const url = `http://127.0.0.1:${port}`;
  const log = openSync(join(dataDir, 'server.log'), 'w');
  // Only our settings: the embedded mode (SQLite, tantivy), no mail server, so links are shown.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VERKOSTO_')));
  const child = spawn(binary, ['serve'], {
    env: {
      ...inherited,
      VERKOSTO_BIND: `127.0.0.1:${port}`,
      VERKOSTO_DATA_DIR: dataDir,
      VERKOSTO_DEMO: 'true',
      VERKOSTO_WEB_DIR: WEB_DIR,
      VERKOSTO_PUBLIC_URL: url,
      // Mail is logged, not sent (no mail server): the journeys read links from the log.
      VERKOSTO_LOG: 'warn,verkosto_server::mail=info',
    },
    stdio: ['ignore', log, log],
    detached: false,
  });
  child.unref();
  writeFileSync(STATE_FILE, JSON.stringify({ pid: child.pid, dataDir }));
  rmSync(SCREENSHOT_DIR, { recursive: true, force: true });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await waitUntilReady(url);
  process.env.VERKOSTO_E2E_URL = url;
  console.log(`verkosto ${binary} serving ${url} (data in ${dataDir})`);
}
