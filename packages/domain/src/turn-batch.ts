// Work asked for in one turn of the event loop, done together: each run() waits for the end of
// the turn (setImmediate), then the waiting tasks go to `runBatch` in groups of at most
// `maxTasks`, which returns one outcome per task. The SQLite adapters build their group commits on
// it (one transaction per turn for the writes of concurrent jobs); what a batch is lives there.
//
// A task's promise settles with its own outcome; if runBatch throws, every task of that group is
// rejected with the error (nothing of the group happened).

export type TaskOutcome = { ok: true; value: unknown } | { ok: false; error: unknown };

export interface TurnBatch<T> {
  /** Queues `task` for the batch at the end of this turn; settles with its outcome. */
  run(task: T): Promise<unknown>;
  /** Runs the waiting tasks now. */
  flush(): void;
}

interface Waiting<T> {
  task: T;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

export function createTurnBatch<T>(runBatch: (tasks: T[]) => TaskOutcome[], maxTasks: number): TurnBatch<T> {
  let waiting: Waiting<T>[] = [];
  let scheduled = false;

  const runGroup = (group: Waiting<T>[]) => {
    let outcomes: TaskOutcome[];
    try {
      outcomes = runBatch(group.map((entry) => entry.task));
    } catch (error) {
      for (const entry of group) entry.reject(error);
      return;
    }
    group.forEach((entry, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) entry.resolve(outcome.value);
      else entry.reject(outcome.error);
    });
  };

  const flush = () => {
    scheduled = false;
    while (waiting.length > 0) {
      const group = waiting.slice(0, maxTasks);
      waiting = waiting.slice(maxTasks);
      runGroup(group);
    }
  };

  return {
    run(task) {
      return new Promise((resolve, reject) => {
        waiting.push({ task, resolve, reject });
        if (!scheduled) {
          scheduled = true;
          setImmediate(flush);
        }
      });
    },
    flush,
  };
}
