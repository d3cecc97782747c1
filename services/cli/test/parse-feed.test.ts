// `presswatch parse-feed <file>` as a real process: the feed as JSON on stdout, or one line on
// stderr and a non-zero exit for what cannot be read. Fixtures are fictional.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = join(import.meta.dirname, '../../..');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function presswatch(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['services/cli/bin/presswatch.mjs', ...args], {
      cwd: REPO,
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

const FEED = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Báo Ví Dụ</title><link>https://bao.example.vn/</link>
  <item>
    <title>Cầu mới nối đôi bờ sông</title>
    <link>/giao-thong/cau-moi.html</link>
    <guid isPermaLink="false">bvd-77</guid>
    <pubDate>Wed, 30 Jul 2025 09:00:00 +0700</pubDate>
    <dc:creator>Ngô Văn Hải</dc:creator>
    <category>Giao thông</category>
    <description><![CDATA[<p>Cây cầu dài <b>400 m</b>.</p>]]></description>
    <content:encoded><![CDATA[<p>Toàn văn <a href="/anh.html">ảnh</a>.</p>]]></content:encoded>
  </item>
  <item><title>Thông báo không có liên kết</title></item>
</channel>
</rss>`;

describe('presswatch parse-feed', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pw-parse-feed-'));
    writeFileSync(join(dir, 'feed.xml'), FEED);
    writeFileSync(
      join(dir, 'page.html'),
      '<!DOCTYPE html><html><head><title>Trang chủ</title></head><body></body></html>',
    );
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the feed as JSON, every item included', async () => {
    const run = await presswatch(['parse-feed', join(dir, 'feed.xml')]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout);
    expect(output.title).toBe('Báo Ví Dụ');
    expect(output.link).toBe('https://bao.example.vn/');
    expect(output.items).toHaveLength(2);
    expect(output.items[0]).toEqual({
      title: 'Cầu mới nối đôi bờ sông',
      link: 'https://bao.example.vn/giao-thong/cau-moi.html',
      id: 'bvd-77',
      published: '2025-07-30T02:00:00.000Z',
      author: 'Ngô Văn Hải',
      summary: 'Cây cầu dài 400 m.',
      content: '<p>Toàn văn <a href="https://bao.example.vn/anh.html">ảnh</a>.</p>',
      categories: ['Giao thông'],
    });
    expect(output.items[1]).toMatchObject({ title: 'Thông báo không có liên kết', link: null, id: null });
  }, 30_000);

  it('exits non-zero with one line on stderr for an HTML page, a missing file or no argument', async () => {
    const cases: [string[], number, RegExp][] = [
      [['parse-feed', join(dir, 'page.html')], 1, /^presswatch parse-feed: Not a feed: got an HTML page/],
      [['parse-feed', join(dir, 'missing.xml')], 1, /^presswatch parse-feed: no such file: /],
      [['parse-feed'], 2, /usage: presswatch parse-feed <file-or-url>/],
    ];
    const runs = await Promise.all(cases.map(([args]) => presswatch(args)));
    runs.forEach((run, i) => {
      const [, code, message] = cases[i]!;
      expect(run.code).toBe(code);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    });
  }, 30_000);
});
