// A task run every tickMs, never overlapping itself; stop() waits for a run in progress. The
// notifier's digest and spike schedulers use it; their jobs carry idempotent ids, so every
// notifier process may run them.
import type { AlertsLogger } from '../logger.ts';

export interface Periodic {
  /** One pass now. */
  tick(): Promise<number>;
  start(tickMs: number): void;
  stop(): Promise<void>;
}

export function periodic(name: string, task: () => Promise<number>, logger: AlertsLogger): Periodic {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<number> | null = null;

  function guarded(): void {
    if (running) return;
    running = task()
      .catch((error) => {
        logger.error({ err: error, task: name }, 'scheduled task failed');
        return 0;
      })
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
