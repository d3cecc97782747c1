// A task run every tickMs, never overlapping itself: a run still going when the next is due
// skips that one; a failure is logged and the next run goes on; stop() waits for a run in
// progress. The crawl scheduler, the leader's housekeeping and the notifier's digest and spike
// schedulers all run on it.

export interface Periodic<T> {
  /** One pass now (errors reach the caller). */
  tick(): Promise<T>;
  /** Runs a pass at once, then every tickMs; a second start is ignored. */
  start(tickMs: number): void;
  stop(): Promise<void>;
}

export interface PeriodicLogger {
  error(fields: object, message: string): void;
}

export function periodic<T>(name: string, task: () => Promise<T>, logger: PeriodicLogger): Periodic<T> {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;

  function guarded(): void {
    if (running) return;
    running = task()
      .then(() => undefined)
      .catch((error) => logger.error({ err: error, task: name }, `${name} failed`))
      .finally(() => {
        running = null;
      });
  }

  return {
    tick: task,
    start(tickMs) {
      if (timer) return;
      guarded();
      timer = setInterval(guarded, tickMs);
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
  };
}
