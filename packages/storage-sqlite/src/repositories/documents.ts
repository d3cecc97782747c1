// DocumentStore: fetched articles waiting between the fetch and process stages.
import type { DocumentStore, FetchedDocument } from '@presswatch/domain';
import type { Database } from 'better-sqlite3';
import { createGroupCommit, type GroupCommit } from '../items/group-commit.ts';

export function createDocumentStore(db: Database, group: GroupCommit = createGroupCommit(db)): DocumentStore {
  const put = db.prepare(`
    INSERT INTO documents (id, doc, stored_at) VALUES (?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET doc = excluded.doc, stored_at = excluded.stored_at`);
  const get = db.prepare('SELECT doc FROM documents WHERE id = ?').pluck();
  const remove = db.prepare('DELETE FROM documents WHERE id = ?');
  const removeBefore = db.prepare('DELETE FROM documents WHERE stored_at < ?');

  return {
    async put(document) {
      const doc = JSON.stringify(document);
      await group.run(() => put.run(document.id, doc, Date.now()));
    },
    async get(id) {
      const doc = get.get(id) as string | undefined;
      return doc === undefined ? null : (JSON.parse(doc) as FetchedDocument);
    },
    async delete(id) {
      await group.run(() => remove.run(id));
    },
    async deleteStoredBefore(cutoff) {
      return await group.run(() => removeBefore.run(cutoff.getTime()).changes);
    },
  };
}
