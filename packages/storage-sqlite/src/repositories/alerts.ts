// AlertRepository: alerts as JSON documents with the columns the inbox filters on. alert_items
// records every (rule, item) pair once, which makes recordMatch idempotent: a re-processed item
// finds its pair and gets the first outcome back instead of opening a second alert.
import {
  type Alert,
  type AlertQuery,
  type AlertRepository,
  extendedMatchAlert,
  InvalidCursorError,
  type MatchInput,
  type MatchOutcome,
  NotFoundError,
  openedMatchAlert,
} from '@presswatch/domain';
import type { Database } from 'better-sqlite3';
import { createGroupCommit, type GroupCommit } from '../items/group-commit.ts';

interface PairRow {
  alert_id: string;
  outcome: 'opened' | 'extended';
  at: string;
}

export function createAlertRepository(
  db: Database,
  group: GroupCommit = createGroupCommit(db),
): AlertRepository {
  const statements = prepare(db);

  const writeAlert = (alert: Alert) =>
    statements.upsert.run({
      id: alert.id,
      kind: alert.kind,
      rule_id: alert.ruleId,
      cluster_id: alert.clusterId,
      status: alert.status,
      assignee_id: alert.assigneeId,
      created_at: Date.parse(alert.createdAt),
      doc: JSON.stringify(alert),
    });
  const readAlert = (id: string): Alert | null => {
    const doc = statements.getDoc.get(id) as string | undefined;
    return doc === undefined ? null : (JSON.parse(doc) as Alert);
  };

  const recordMatch = db.transaction((input: MatchInput): MatchOutcome => {
    const pair = statements.getPair.get(input.ruleId, input.item.id) as PairRow | undefined;
    if (pair) {
      const alert = readAlert(pair.alert_id);
      if (alert) return { outcome: pair.outcome, repeated: true, alert, at: pair.at };
    }
    const clusterId = input.onePerCluster ? input.item.clusterId : null;
    const openId = clusterId
      ? (statements.findOpen.get(input.ruleId, clusterId) as string | undefined)
      : undefined;
    const open = openId ? readAlert(openId) : null;
    const alert = open ? extendedMatchAlert(open, input) : openedMatchAlert(input, clusterId);
    writeAlert(alert);
    const outcome = open ? 'extended' : 'opened';
    statements.insertPair.run(input.ruleId, input.item.id, alert.id, outcome, input.at);
    return { outcome, repeated: false, alert, at: input.at };
  });

  const recordSpike = db.transaction((alert: Alert) => {
    const existing = readAlert(alert.id);
    if (existing) return { created: false, alert: existing };
    writeAlert(alert);
    return { created: true, alert };
  });

  const mutate = db.transaction((id: string, change: (alert: Alert) => Alert) => {
    const current = readAlert(id);
    if (!current) throw new NotFoundError(`No alert ${id}`);
    const next = change(current);
    writeAlert({ ...next, id });
    return next;
  });

  return {
    async recordMatch(input) {
      return group.run(() => recordMatch(input));
    },
    async recordSpike(alert) {
      return recordSpike.immediate(alert);
    },
    async get(id) {
      return readAlert(id);
    },
    async list(query) {
      return listAlerts(db, query);
    },
    async mutate(id, change) {
      return mutate.immediate(id, change);
    },
  };
}

function prepare(db: Database) {
  return {
    upsert: db.prepare(`
      INSERT INTO alerts (id, kind, rule_id, cluster_id, status, assignee_id, created_at, doc)
      VALUES (@id, @kind, @rule_id, @cluster_id, @status, @assignee_id, @created_at, @doc)
      ON CONFLICT (id) DO UPDATE SET status = excluded.status, assignee_id = excluded.assignee_id,
        cluster_id = excluded.cluster_id, doc = excluded.doc`),
    getDoc: db.prepare('SELECT doc FROM alerts WHERE id = ?').pluck(),
    getPair: db.prepare('SELECT alert_id, outcome, at FROM alert_items WHERE rule_id = ? AND item_id = ?'),
    insertPair: db.prepare(
      'INSERT INTO alert_items (rule_id, item_id, alert_id, outcome, at) VALUES (?, ?, ?, ?, ?)',
    ),
    findOpen: db
      .prepare(
        `SELECT id FROM alerts WHERE rule_id = ? AND cluster_id = ? AND status <> 'resolved'
         ORDER BY seq DESC LIMIT 1`,
      )
      .pluck(),
  };
}

function listAlerts(db: Database, query: AlertQuery): { alerts: Alert[]; nextCursor: string | null } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (query.status?.length) {
    where.push('status IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(query.status));
  }
  const equal = (column: string, value: string | undefined) => {
    if (value === undefined) return;
    where.push(`${column} = ?`);
    params.push(value);
  };
  equal('rule_id', query.ruleId);
  equal('kind', query.kind);
  equal('assignee_id', query.assigneeId);
  if (query.topic !== undefined) {
    where.push("EXISTS (SELECT 1 FROM json_each(doc, '$.topics') t WHERE t.value = ?)");
    params.push(query.topic);
  }
  if (query.cursor) {
    where.push('seq < ?');
    params.push(decodeSeqCursor(query.cursor));
  }
  const sql = `SELECT seq, doc FROM alerts ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY seq DESC LIMIT ?`;
  const rows = db.prepare(sql).all(...params, query.limit + 1) as { seq: number; doc: string }[];
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    alerts: page.map((row) => JSON.parse(row.doc) as Alert),
    nextCursor: rows.length > query.limit && last ? encodeSeqCursor(last.seq) : null,
  };
}

export function encodeSeqCursor(seq: number): string {
  return Buffer.from(`seq:${seq}`).toString('base64url');
}

export function decodeSeqCursor(cursor: string): number {
  const match = /^seq:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new InvalidCursorError('cursor is not readable');
  return Number(match[1]);
}
