// `presswatch classify` as a user runs it: a real process reading JSONL on stdin.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const BIN = join(repo, 'services/cli/bin/presswatch.mjs');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function classify(input: string, args: string[] = []): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, 'classify', ...args], { cwd: repo });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout, stderr }));
    child.stdin.end(input);
  });
}

const border = {
  id: 'b1',
  title: 'Biên phòng Quảng Trị bắt vụ buôn lậu qua cửa khẩu Lao Bảo',
  text: 'Đồn Biên phòng cửa khẩu quốc tế Lao Bảo phát hiện xe tải chở hàng lậu từ Lào.\n\nVụ việc đang được điều tra.',
  lang: 'vi',
};
const plain = { id: 'p1', title: 'Lịch làm việc tuần tới', text: 'Cuộc họp bắt đầu lúc 8 giờ.' };

describe('presswatch classify', () => {
  it('writes one JSON line per input line, in order, with the topics over threshold only', async () => {
    const run = await classify(`${JSON.stringify(border)}\n\n${JSON.stringify(plain)}\n`);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id)).toEqual(['b1', 'p1']);
    expect(lines[0].topics.map((t: { topic: string }) => t.topic)).toEqual(['border']);
    expect(lines[0].province).toMatchObject({
      relevant: true,
      places: expect.arrayContaining(['Quảng Trị', 'Lao Bảo']),
    });
    expect(typeof lines[0].tone).toBe('number');
    expect(lines[0].summary).toContain('Lao Bảo');
    expect(lines[1]).toMatchObject({ id: 'p1', lang: 'vi', topics: [], province: { relevant: false } });
  });

  it('names each bad line on stderr, classifies the rest, and exits 1', async () => {
    const run = await classify(
      `${JSON.stringify(plain)}\nnot json\n{"id": "x"}\n${JSON.stringify(border)}\n`,
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^presswatch classify: line 2: not JSON/mu);
    expect(run.stderr).toMatch(/^presswatch classify: line 3: "title" must be a string$/mu);
    expect(
      run.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).id),
    ).toEqual(['p1', 'b1']);
  });

  it('stops with 2 and names the file when the rules do not load', async () => {
    const run = await classify('', ['--topics', join(repo, 'services/cli/test')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/presswatch classify: .*test: /u);
  });
});
