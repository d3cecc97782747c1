// Every statement the queue runs on a hot path reads a partial index, never the whole jobs table:
// a query uses a partial index only when its WHERE repeats the index's predicate, which is easy
// to break by rewording one of them. Checked on a new file and on one upgraded from the old schema.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { prepareJobStatements } from '../src/job-store.ts';
import { openQueueDatabase } from '../src/schema.ts';
import { createOldQueueFile } from './support/old-schema.ts';

type Statements = ReturnType<typeof prepareJobStatements>;

const HOT: Array<[keyof Statements, string[]]> = [
  ['pickDue', ['jobs_due']],
  ['pickExpired', ['jobs_lease']],
  ['failLost', ['jobs_lease']],
  ['counts', ['jobs_due', 'jobs_lease', 'jobs_finished']],
  ['depth', ['jobs_due', 'jobs_lease']],
  ['prune', ['jobs_finished']],
];

function queryPlan(db: Database.Database, sql: string): string[] {
  const named = Object.fromEntries([...sql.matchAll(/@(\w+)/g)].map(([, name]) => [name, 0]));
  const positional = [...sql.matchAll(/\?/g)].map(() => 0);
  const explain = db.prepare(`EXPLAIN QUERY PLAN ${sql}`);
  const rows = (sql.includes('@') ? explain.all(named) : explain.all(...positional)) as Array<{
    detail: string;
  }>;
  return rows.map((row) => row.detail);
}

describe.each([
  ['a new file', (path: string) => void path],
  ['a file upgraded from the old schema', (path: string) => createOldQueueFile(path, 'q', [])],
])('query plans on %s', (_, prepareFile) => {
  let dir: string;
  let db: Database.Database;
  let statements: Statements;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pw-queue-plan-'));
    const path = join(dir, 'queue.db');
    prepareFile(path);
    db = openQueueDatabase(path);
    statements = prepareJobStatements(db);
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(HOT)('%s reads its partial indexes, not the table', (name, indexes) => {
    const plan = queryPlan(db, statements[name].source);
    const reads = plan.filter((line) => /^(SCAN|SEARCH) jobs\b/.test(line));
    expect(reads.length).toBeGreaterThan(0);
    for (const line of reads) expect(line).toMatch(/USING (COVERING )?INDEX jobs_|USING INTEGER PRIMARY KEY/);
    for (const index of indexes) expect(plan.join('\n')).toContain(`INDEX ${index}`);
  });

  it('claims in index order and counts without sorting', () => {
    for (const name of ['pickDue', 'pickExpired', 'counts', 'depth'] as const) {
      expect(queryPlan(db, statements[name].source).join('\n')).not.toContain('TEMP B-TREE');
    }
  });

  // depth() runs about once a second; the finished rows (kept 7 days) must not cost it anything.
  it('reads the depth off the unfinished rows alone, from the indexes only', () => {
    const plan = queryPlan(db, statements.depth.source);
    const reads = plan.filter((line) => /^(SCAN|SEARCH) jobs\b/.test(line));
    expect(reads).toHaveLength(2);
    for (const line of reads)
      expect(line).toMatch(/^SEARCH jobs USING COVERING INDEX jobs_(due|lease) \(queue=\?\)$/);
    expect(plan.join('\n')).not.toContain('jobs_finished');
  });
});
