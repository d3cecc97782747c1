// Single-leader work (the schedulers): of all processes that contend for one named lease, exactly
// one runs the task at a time. The embedded mode has one process, so it is always the leader; the
// distributed mode holds a lease in Redis (packages/queue-bullmq, redis-leader-election.ts) and a
// follower takes over when the leader's lease expires.

/** What the leader runs: started on election, stopped when leadership is lost or on close. */
export interface LeaderTask {
  start(): void | Promise<void>;
  stop(): Promise<void>;
}

export interface LeaderElection {
  /** The lease's name, e.g. "scheduler". */
  readonly name: string;
  isLeader(): boolean;
  /** Starts contending; `task` runs while this process leads. Call once. */
  run(task: LeaderTask): void;
  /** Stops the task if it runs, releases the lease (if held) and stops contending. */
  close(): Promise<void>;
}
