// DocumentStore over the engine: fetched articles waiting between the fetch stage and the process
// stage, which may run on different hosts. Read and deleted by id only (real-time GET), so
// nothing waits for a refresh and the article is kept unindexed (an `enabled: false` object:
// stored in _source, never analysed). An article is the text extracted from a page of at most
// the fetch cap (crawl.maxBytes, 5 MB by default): a few MB of JSON at worst, far below the
// engine's request limit (http.max_content_length, 100 MB by default).
import type { DocumentStore, FetchedDocument } from '@presswatch/domain';
import type { EngineClient } from '../client/engine-client.ts';
import { type Collection, openCollection } from '../collection/index.ts';

export interface StoredDocumentDoc {
  document: FetchedDocument;
  /** When it was put (epoch ms): finds documents a failed job left behind. */
  stored_at: number;
}

export function documentsCollection(
  client: EngineClient,
  options: { prefix: string; replicas: number },
): Collection<StoredDocumentDoc> {
  return openCollection<StoredDocumentDoc>(client, {
    name: 'documents',
    ...options,
    // Nothing here is searched: a long refresh interval spares the engine segment churn.
    refreshInterval: '30s',
    properties: {
      document: { type: 'object', enabled: false },
      stored_at: { type: 'date', format: 'epoch_millis' },
    },
  });
}

export function createDocumentStore(documents: Collection<StoredDocumentDoc>): DocumentStore {
  return {
    async put(document) {
      await documents.put(document.id, { document, stored_at: Date.now() }, { refresh: false });
    },
    async get(id) {
      return (await documents.get(id))?.doc.document ?? null;
    },
    async delete(id) {
      await documents.delete(id, { refresh: false });
    },
    async deleteStoredBefore(cutoff) {
      // Puts are not searchable before a refresh (30 s interval): refresh so every put before
      // the call is seen, as in SQLite.
      await documents.refresh();
      return documents.deleteWhere({ where: [{ range: { stored_at: { lt: cutoff.getTime() } } }] });
    },
  };
}
