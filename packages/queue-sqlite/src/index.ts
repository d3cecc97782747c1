// @presswatch/queue-sqlite — the embedded JobQueue adapter (one machine, `npm start`).
//
// Semantics worth knowing (the contract suite in tests/contracts checks them):
// - A claimed job holds a lease (default 30 s) renewed by heartbeat every lease/3. A worker that
//   dies leaves its job active until the lease expires; any worker sharing the file then runs it
//   again, and that lost run counts as an attempt. A job lost on its last attempt is failed
//   ("worker lost") rather than run past its attempts.
// - RetryAfterError reschedules without spending the attempt.
// - close({ deadlineMs }) (default 30 s) waits for running jobs; past the deadline it releases
//   their leases (back to waiting, attempt refunded) and aborts their signals.
// - Finished jobs are kept for retentionMs (default 7 days) so duplicate ids stay no-ops.
export { openSqliteQueueBackend, type SqliteQueueOptions } from './backend.ts';
export type { QueueLogger } from './logger.ts';
