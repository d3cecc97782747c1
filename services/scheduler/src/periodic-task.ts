// Leader work that repeats: run once on start, then every `everyMs`, one run at a time (a run
// still going when the next is due skips that one); stop waits for the run in progress.
import type { LeaderTask } from '@presswatch/domain';

interface TaskLog {
  info(message: string): void;
  error(fields: object, message: string): void;
}

export function periodicTask(
  name: string,
  run: () => Promise<unknown>,
  everyMs: number,
  log: TaskLog,
): LeaderTask {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  const once = () => {
    if (running) return;
    running = run()
      .then(() => undefined)
      .catch((error) => log.error({ err: error }, `${name} failed`))
      .finally(() => {
        running = null;
      });
  };
  return {
    start() {
      log.info(`${name} (leader)`);
      once();
      timer = setInterval(once, everyMs);
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
      log.info(`${name}: stopped`);
    },
  };
}

/** Several leader tasks as one: started in order, stopped together. */
export function allTasks(...tasks: LeaderTask[]): LeaderTask {
  return {
    async start() {
      for (const task of tasks) await task.start();
    },
    async stop() {
      await Promise.all(tasks.map((task) => task.stop()));
    },
  };
}
