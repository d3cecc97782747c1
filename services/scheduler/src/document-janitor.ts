// Fetched documents wait in the DocumentStore between the fetch and the process stage, which
// deletes each once its job is done. A job that fails for good leaves its document behind, and
// an operator can still retry that job while the queue keeps it (7 days, both queue adapters).
// The leader deletes documents stored before that window (plus a day's margin), hourly.
import type { DocumentStore } from '@presswatch/domain';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Older than the queues' 7-day retention of failed jobs, plus a day. */
export const ORPHAN_DOCUMENT_AGE_MS = 8 * DAY_MS;
export const DOCUMENT_SWEEP_EVERY_MS = 60 * 60 * 1000;

interface JanitorLog {
  info(fields: object, message: string): void;
}

/** One sweep: deletes the documents no job can come back for; returns how many. */
export function sweepOrphanDocuments(
  documents: DocumentStore,
  log: JanitorLog,
  now: Date = new Date(),
): Promise<number> {
  const cutoff = new Date(now.getTime() - ORPHAN_DOCUMENT_AGE_MS);
  return documents.deleteStoredBefore(cutoff).then((deleted) => {
    if (deleted > 0)
      log.info({ deleted, before: cutoff.toISOString() }, 'orphaned fetched documents deleted');
    return deleted;
  });
}
