// Leader work that repeats (the domain's periodic: at once, then every `everyMs`, never
// overlapping itself), as a task the leader election starts and stops.
import { type LeaderTask, periodic } from '@presswatch/domain';

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
  const task = periodic(name, run, log);
  return {
    start() {
      log.info(`${name} (leader)`);
      task.start(everyMs);
    },
    async stop() {
      await task.stop();
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
