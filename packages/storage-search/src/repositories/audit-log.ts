// AuditLog over the engine: an append-only collection listed newest first (insertion order) with
// a search_after cursor. `action` filters exactly, or by prefix when it ends with "*" ("user.*").
// Every change an administrator makes is recorded, and the log is listed rarely: writes do not
// wait for a refresh, list() refreshes first.
import { randomUUID } from 'node:crypto';
import type { AuditEntry, AuditLog } from '@presswatch/domain';
import type { EngineClient } from '../client/engine-client.ts';
import { type Clause, type CollectionPlacement, openCollection } from '../collection/index.ts';
import { findPage } from './find-page.ts';
import { insertionSeq } from './insertion-seq.ts';

interface AuditDoc {
  seq: number;
  actor: string;
  action: string;
  entry: AuditEntry;
}

const CURSOR_TAG = 'audit';

export function createAuditLog(client: EngineClient, options: CollectionPlacement): AuditLog {
  const log = openCollection<AuditDoc>(client, {
    name: 'audit',
    ...options,
    properties: {
      seq: { type: 'long' },
      actor: { type: 'keyword' },
      action: { type: 'keyword' },
      entry: { type: 'object', enabled: false },
    },
  });
  const nextSeq = insertionSeq();

  return {
    async record(input) {
      const entry: AuditEntry = {
        id: randomUUID(),
        at: input.at ?? new Date().toISOString(),
        actor: input.actor,
        action: input.action,
        target: input.target,
        details: input.details,
      };
      const doc = { seq: nextSeq(), actor: entry.actor, action: entry.action, entry };
      await log.put(entry.id, doc, { create: true, refresh: false });
    },
    async list(query) {
      const where: Clause[] = [];
      if (query.actor !== undefined) where.push({ term: { actor: query.actor } });
      if (query.action?.endsWith('*')) where.push({ prefix: { action: query.action.slice(0, -1) } });
      else if (query.action !== undefined) where.push({ term: { action: query.action } });
      await log.refresh();
      const { hits, nextCursor } = await findPage(log, {
        tag: CURSOR_TAG,
        filter: { where },
        sort: [{ seq: 'desc' }],
        limit: query.limit,
        cursor: query.cursor,
      });
      return { entries: hits.map((hit) => hit.doc.entry), nextCursor };
    },
  };
}
