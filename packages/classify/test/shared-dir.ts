// Where the shared third-party data lives: PRESSWATCH_SHARED_DIR, else <repo>/../shared.
import { closeSync, openSync, readSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '../../..');

export const SHARED_DIR = process.env.PRESSWATCH_SHARED_DIR ?? join(repo, '../shared');
export const REPO_DIR = repo;

/** The first `count` articles of a JSONL file, reading only as many bytes as needed. */
export function readJsonlHead<T>(path: string, count: number): T[] {
  const fd = openSync(path, 'r');
  try {
    const chunk = Buffer.alloc(1 << 20);
    let text = '';
    let lines: string[] = [];
    for (let read = readSync(fd, chunk); read > 0; read = readSync(fd, chunk)) {
      text += chunk.toString('utf8', 0, read);
      lines = text.split('\n');
      if (lines.length > count) break;
    }
    return lines
      .slice(0, count)
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as T);
  } finally {
    closeSync(fd);
  }
}
