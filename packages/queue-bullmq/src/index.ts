// @presswatch/queue-bullmq — the distributed JobQueue adapter (BullMQ on Redis).
//
// Semantics worth knowing (the contract suite in tests/contracts checks them):
// - Port job ids become BullMQ job ids with ':' → '-' (integer-like ids get an 'id-' prefix);
//   the port id itself travels in the job name.
// - Job.attempt counts finished runs plus runs lost to a dead worker (BullMQ stalls), as the
//   SQLite adapter does; a job whose worker died during its last attempt is failed ("worker
//   lost") instead of run again.
// - RetryAfterError → job.moveToDelayed (BullMQ skips the attempt) + DelayedError.
// - close({ deadlineMs }) (default 30 s): graceful worker.close() raced with the deadline; past
//   it, running jobs are moved back to wait (no attempt spent) and their signals aborted.
// - Finished jobs are kept for retentionMs (default 7 days) so duplicate ids stay no-ops.

export { type AdminQueues, openBullmqAdminQueues } from './admin-queues.ts';
export { type BullmqQueueOptions, openBullmqQueueBackend } from './backend.ts';
export { toBullJobId } from './job-ids.ts';
export type { QueueLogger } from './logger.ts';
export { createRedisLeaderElection, type RedisLeaderOptions } from './redis-leader-election.ts';
