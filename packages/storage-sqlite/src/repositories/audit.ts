// AuditLog: an append-only table of changes, listed newest first with a keyset cursor on seq.
// `action` filters exactly, or by prefix when it ends with "*" ("user.*").
import { randomUUID } from 'node:crypto';
import type { AuditEntry, AuditLog } from '@presswatch/domain';
import type { Database } from 'better-sqlite3';
import { decodeSeqCursor, pageOf } from './seq-cursor.ts';

interface AuditRow {
  seq: number;
  id: string;
  at: string;
  actor: string;
  action: string;
  target: string | null;
  details: string | null;
}

const toEntry = (row: AuditRow): AuditEntry => ({
  id: row.id,
  at: row.at,
  actor: row.actor,
  action: row.action,
  target: row.target,
  details: row.details === null ? null : (JSON.parse(row.details) as Record<string, unknown>),
});

export function createAuditLog(db: Database): AuditLog {
  const insert = db.prepare(
    'INSERT INTO audit_log (id, at, actor, action, target, details) VALUES (?, ?, ?, ?, ?, ?)',
  );
  // Absent filters are NULL parameters, so one statement serves every combination.
  const list = db.prepare(`
    SELECT seq, id, at, actor, action, target, details FROM audit_log
    WHERE (@before IS NULL OR seq < @before)
      AND (@actor IS NULL OR actor = @actor)
      AND (@action IS NULL OR action = @action)
      AND (@prefix IS NULL OR substr(action, 1, length(@prefix)) = @prefix)
    ORDER BY seq DESC LIMIT @limit`);

  return {
    async record(entry) {
      const details = entry.details === null ? null : JSON.stringify(entry.details);
      insert.run(
        randomUUID(),
        entry.at ?? new Date().toISOString(),
        entry.actor,
        entry.action,
        entry.target,
        details,
      );
    },
    async list(options) {
      const action = options.action ?? null;
      const prefix = action?.endsWith('*') ? action.slice(0, -1) : null;
      const rows = list.all({
        before: options.cursor ? decodeSeqCursor(options.cursor) : null,
        actor: options.actor ?? null,
        action: prefix === null ? action : null,
        prefix,
        limit: options.limit + 1,
      }) as AuditRow[];
      const page = pageOf(rows, options.limit);
      return { entries: page.rows.map(toEntry), nextCursor: page.nextCursor };
    },
  };
}
