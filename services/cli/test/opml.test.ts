// `presswatch import-opml <file>` and `presswatch export-opml` as real processes on a temporary
// data directory (the embedded SQLite store): import, export, and import the export again.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sourcesFromOpml } from '@presswatch/ingest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = join(import.meta.dirname, '../../..');

const OPML = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="1.0">
  <head><title>Nguồn</title></head>
  <body>
    <outline title="Trong nước">
      <outline type="rss" text="Báo Ví Dụ" title="Báo Ví Dụ" xmlUrl="https://bao.example.vn/rss/tin-moi.rss" language="vi"/>
      <outline type="rss" text="Sai địa chỉ" xmlUrl="not a url"/>
    </outline>
    <outline type="rss" text="Regional Example" xmlUrl="https://regional.example.com/feed.xml"/>
  </body>
</opml>`;

function presswatch(
  args: string[],
  dataDir: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['services/cli/bin/presswatch.mjs', ...args], {
      cwd: REPO,
      env: { ...process.env, PRESSWATCH_DATA_DIR: dataDir, PRESSWATCH_MODE: 'embedded', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('presswatch import-opml / export-opml', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pw-cli-opml-'));
    writeFileSync(join(dir, 'reader.opml'), OPML);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('imports the valid entries, reports the rejected one, exports them, and re-imports as updates', async () => {
    const data = join(dir, 'data');
    const imported = await presswatch(['import-opml', join(dir, 'reader.opml')], data);
    expect(imported.stdout).toBe('imported 2 sources (2 new, 0 updated); 1 entries rejected\n');
    expect(imported.stderr).toMatch(/^ {2}entry 2 \(Sai địa chỉ\): url: /);
    expect(imported.code).toBe(1);

    const exported = await presswatch(['export-opml'], data);
    expect(exported.code).toBe(0);
    expect(exported.stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0"')).toBe(
      true,
    );
    const sources = sourcesFromOpml(exported.stdout);
    expect(sources.errors).toEqual([]);
    expect(sources.sources.map((s) => [s.name, s.url, s.language]).sort()).toEqual([
      ['Báo Ví Dụ', 'https://bao.example.vn/rss/tin-moi.rss', 'vi'],
      ['Regional Example', 'https://regional.example.com/feed.xml', null],
    ]);

    writeFileSync(join(dir, 'exported.opml'), exported.stdout);
    const again = await presswatch(['import-opml', join(dir, 'exported.opml')], data);
    expect([again.code, again.stdout]).toEqual([0, 'imported 2 sources (0 new, 2 updated)\n']);
  }, 60_000);

  it('exits 2 with a usage line without a file, and 1 for a file that is not OPML', async () => {
    writeFileSync(join(dir, 'feed.xml'), '<rss version="2.0"><channel/></rss>');
    const [noFile, notOpml] = await Promise.all([
      presswatch(['import-opml'], join(dir, 'unused')),
      presswatch(['import-opml', join(dir, 'feed.xml')], join(dir, 'unused')),
    ]);
    expect([noFile.code, noFile.stderr]).toEqual([
      2,
      'presswatch import-opml: usage: presswatch import-opml <file>\n',
    ]);
    expect([notOpml.code, notOpml.stderr]).toEqual([
      1,
      'presswatch import-opml: Not an OPML document: root element <rss>\n',
    ]);
  }, 60_000);
});
