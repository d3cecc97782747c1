// The embedded mode's LeaderElection: one process, so it always leads; run() starts the task at
// once and close() stops it.
import type { LeaderElection, LeaderTask } from '@presswatch/domain';

export function createAlwaysLeader(name: string): LeaderElection {
  let task: LeaderTask | null = null;
  let leader = false;
  return {
    name,
    isLeader: () => leader,
    run(leaderTask) {
      if (task) throw new Error(`leader election ${name}: run() called twice`);
      task = leaderTask;
      leader = true;
      void task.start();
    },
    async close() {
      if (!leader) return;
      leader = false;
      await task?.stop();
    },
  };
}
