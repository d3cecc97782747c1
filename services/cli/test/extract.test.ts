// `presswatch extract` as a real process: a saved page or a JSONL batch in, JSON out; one line on
// stderr and a non-zero exit for what cannot be read. The pages are the fictional news-site cases
// of the fixture web.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractionCases } from '../../../tests/fixture-web/articles/extraction-cases/index.ts';

const REPO = join(import.meta.dirname, '../../..');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function presswatch(args: string[], stdin = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['services/cli/bin/presswatch.mjs', 'extract', ...args], {
      cwd: REPO,
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

const [daily, blocks, legacy] = extractionCases();

describe('presswatch extract', () => {
  let dir: string;
  let server: Server;
  let requests = 0;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pw-extract-'));
    writeFileSync(join(dir, 'daily.html'), daily!.html);
    writeFileSync(join(dir, 'legacy.html'), legacy!.html);
    server = createServer((_, res) => {
      requests++;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(daily!.html);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });

  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await new Promise((resolve) => server.close(resolve));
  });

  it('prints a saved page as JSON, judged against the address given with --url', async () => {
    const run = await presswatch([join(dir, 'daily.html'), '--url', daily!.url]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const { expected } = daily!;
    expect(JSON.parse(run.stdout)).toEqual({
      url: daily!.url,
      title: expected.title,
      byline: expected.byline,
      published: expected.publishedAt,
      updated: expected.updatedAt,
      lang: expected.language,
      canonical: expected.canonicalUrl,
      image: expected.image,
      text: expected.text,
    });
  }, 60_000);

  it('uses the file address when no --url is given', async () => {
    const file = join(dir, 'legacy.html');
    const run = await presswatch([file]);
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout);
    expect(output.url).toBe(pathToFileURL(file).href);
    expect(output.text).toBe(legacy!.expected.text);
    expect(output.byline).toBe(legacy!.expected.byline);
  }, 60_000);

  it('reads JSONL pages from stdin and writes one result per page, in order, with its id', async () => {
    const input = [
      JSON.stringify({ id: 'a-1', url: blocks!.url, html: blocks!.html }),
      '',
      JSON.stringify({ id: 2, url: legacy!.url, html: legacy!.html }),
    ].join('\n');
    const run = await presswatch(['--jsonl'], `${input}\n`);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((l) => [l.id, l.url, l.title])).toEqual([
      ['a-1', blocks!.url, blocks!.expected.title],
      [2, legacy!.url, legacy!.expected.title],
    ]);
    expect(lines[0].text).toBe(blocks!.expected.text);
    expect(lines[1].published).toBe(legacy!.expected.publishedAt);
  }, 60_000);

  it('stops at a bad JSONL line with one line that names it, after the good lines before it', async () => {
    const good = JSON.stringify({ id: 1, url: blocks!.url, html: blocks!.html });
    const cases: [string, RegExp][] = [
      [`${good}\n{"id": 2, "url": \n`, /^presswatch extract: line 2: not JSON/],
      [
        `${good}\n${JSON.stringify({ id: 2, html: '<p>x</p>' })}\n`,
        /^presswatch extract: line 2: "url" must be an http\(s\) URL/,
      ],
      [
        `${good}\n\n${JSON.stringify({ id: 3, url: blocks!.url })}\n`,
        /^presswatch extract: line 3: "html" must be a string/,
      ],
      [`${good}\n[1, 2]\n`, /^presswatch extract: line 2: expected an object/],
    ];
    const runs = await Promise.all(cases.map(([stdin]) => presswatch(['--jsonl'], stdin)));
    runs.forEach((run, i) => {
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(cases[i]![1]);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(
        run.stdout
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l).id),
      ).toEqual([1]);
    });
  }, 60_000);

  it('exits non-zero with one line for a missing file, bad arguments, or a URL the fetch guard refuses', async () => {
    const local = `http://127.0.0.1:${(server.address() as AddressInfo).port}/bai-viet.html`;
    const cases: [string[], number, RegExp][] = [
      [[join(dir, 'missing.html')], 1, /^presswatch extract: no such file: /],
      [[], 2, /usage: presswatch extract <file-or-url>/],
      [['--jsonl', join(dir, 'daily.html')], 2, /--jsonl reads stdin only/],
      [[join(dir, 'daily.html'), '--url', 'ftp://x'], 2, /--url is not an http\(s\) URL/],
      [['--fast', join(dir, 'daily.html')], 2, /unknown option --fast/],
      // Loopback is refused by the SSRF guard of the one outbound client: no request is made.
      [[local], 1, /^presswatch extract: .*127\.0\.0\.1/],
    ];
    const runs = await Promise.all(cases.map(([args]) => presswatch(args)));
    runs.forEach((run, i) => {
      const [, code, message] = cases[i]!;
      expect(run.code).toBe(code);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    });
    expect(requests).toBe(0);
  }, 60_000);
});
