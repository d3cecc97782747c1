// The README's first command, as a real process: `presswatch start` on the embedded default with
// the default sources (unreachable here) answers /healthz, guards /api, and drains on SIGTERM.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/free-port.ts';
import { waitFor } from '../support/wait.ts';

const TOKEN = 'cli-admin-token-0123456789';

describe('presswatch start (a real process)', () => {
  let child: ChildProcess;
  let base: string;
  let dataDir: string;
  let output = '';

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    dataDir = mkdtempSync(join(tmpdir(), 'pw-cli-'));
    child = spawn(process.execPath, ['services/cli/bin/presswatch.mjs', 'start'], {
      cwd: join(import.meta.dirname, '../..'),
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        PRESSWATCH_DATA_DIR: dataDir,
        PRESSWATCH_ADMIN_TOKEN: TOKEN,
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    await waitFor('/healthz', async () => (await fetch(`${base}/healthz`)).status === 200, 60_000, 250);
  }, 70_000);

  afterAll(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('guards /api with the seeded admin token', async () => {
    expect((await fetch(`${base}/api/items`)).status).toBe(401);
    const ok = await fetch(`${base}/api/items`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(ok.status).toBe(200);
    const sources = await fetch(`${base}/api/sources`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(((await sources.json()) as { sources: unknown[] }).sources.length).toBeGreaterThan(0);
  });

  it('writes JSON logs without the token in them', () => {
    const lines = output.split('\n').filter((l) => l.startsWith('{'));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(output).not.toContain(TOKEN);
  });

  it('drains and exits 0 on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toContain('shutdown complete');
  }, 20_000);
});
