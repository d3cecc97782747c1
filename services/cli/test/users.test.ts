// `presswatch users …` as a real process on a temporary data directory (the embedded store).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStorage } from '@presswatch/storage-sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../api/src/accounts/passwords.ts';
import { runUsers } from '../src/commands/users.ts';

const REPO = join(import.meta.dirname, '../../..');

function presswatch(args: string[], dataDir: string, stdin = '') {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['services/cli/bin/presswatch.mjs', 'users', ...args], {
      cwd: REPO,
      env: { ...process.env, PRESSWATCH_DATA_DIR: dataDir, PRESSWATCH_MODE: 'embedded', LOG_LEVEL: 'warn' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

async function credentialsOf(dataDir: string, username: string) {
  const storage = openSqliteStorage({ path: join(dataDir, 'presswatch.db') });
  try {
    const user = await storage.users.findByUsername(username);
    const credentials = user ? await storage.users.getCredentials(user.id) : null;
    const audit = await storage.audit.list({ limit: 20 });
    return { user, credentials, audit: audit.entries };
  } finally {
    storage.close();
  }
}

/** Runs the command in this process, with its output collected. */
async function inProcess(args: string[], dataDir: string) {
  process.env.PRESSWATCH_DATA_DIR = dataDir;
  process.env.PRESSWATCH_MODE = 'embedded';
  let stdout = '';
  let stderr = '';
  const code = await runUsers(args, {
    stdin: [],
    out: (text) => {
      stdout += text;
    },
    err: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

describe('presswatch users', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pw-cli-users-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates a user as a real process, with the password from stdin', async () => {
    const data = join(dir, 'data');
    const created = await presswatch(
      ['create', 'Admin.Lan', '--role', 'admin', '--password-stdin'],
      data,
      'mật-khẩu-từ-stdin\n',
    );
    expect(created.stderr).toBe('');
    expect(created.stdout).toBe('created admin.lan (admin)\n');
    expect(created.code).toBe(0);
    const stored = await credentialsOf(data, 'admin.lan');
    expect(stored.credentials?.passwordHash).toMatch(/^\$scrypt\$ln=15,/);
    expect(await verifyPassword('mật-khẩu-từ-stdin', stored.credentials!.passwordHash)).toBe(true);
    expect(stored.audit[0]).toMatchObject({
      actor: 'system',
      action: 'user.create',
      target: stored.user!.id,
    });
  });

  it('creates with a generated password, lists, resets and disables', async () => {
    const data = join(dir, 'data-2');
    expect((await inProcess(['create', 'quan-tri', '--role', 'admin'], data)).code).toBe(0);
    const viewer = await inProcess(['create', 'thu', '--role', 'viewer', '--name', 'Thư'], data);
    const generated = /^password: (\S+)$/m.exec(viewer.stdout)?.[1];
    expect(generated?.length).toBeGreaterThanOrEqual(16);
    let stored = await credentialsOf(data, 'thu');
    expect(stored.user?.displayName).toBe('Thư');
    expect(await verifyPassword(generated!, stored.credentials!.passwordHash)).toBe(true);

    const listed = await inProcess(['list'], data);
    expect(listed.stdout).toMatch(/^quan-tri\tadmin\tactive\t.*\nthu\tviewer\tactive\t/);

    const reset = await inProcess(['reset-password', 'thu'], data);
    const again = /^password: (\S+)$/m.exec(reset.stdout)?.[1];
    stored = await credentialsOf(data, 'thu');
    expect(await verifyPassword(again!, stored.credentials!.passwordHash)).toBe(true);
    expect(await verifyPassword(generated!, stored.credentials!.passwordHash)).toBe(false);

    expect((await inProcess(['disable', 'thu'], data)).code).toBe(0);
    expect((await credentialsOf(data, 'thu')).user?.disabled).toBe(true);
    const lastAdmin = await inProcess(['disable', 'quan-tri'], data);
    expect(lastAdmin.code).toBe(1);
    expect(lastAdmin.stderr).toContain('last active admin');
  });

  it('refuses bad input with a message and a non-zero exit', async () => {
    const data = join(dir, 'data-3');
    const noRole = await inProcess(['create', 'viewer1'], data);
    expect(noRole.code).toBe(2);
    expect(noRole.stderr).toContain('usage:');
    const badName = await inProcess(['create', 'Tên Có Dấu', '--role', 'viewer'], data);
    expect(badName.code).toBe(1);
    expect(badName.stderr).toMatch(/Username/);
    const missing = await inProcess(['disable', 'nobody'], data);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no user nobody');
  });
});
