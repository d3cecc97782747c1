// BullMQ's job states folded into the port's five.
import { JOB_STATES, type JobState } from '@presswatch/domain';
import type { JobType } from 'bullmq';

const STATE_OF: Partial<Record<JobType, JobState>> = {
  waiting: 'waiting',
  prioritized: 'waiting',
  'waiting-children': 'waiting',
  paused: 'waiting',
  delayed: 'delayed',
  active: 'active',
  completed: 'completed',
  failed: 'failed',
};

/** The BullMQ states counted by counts(). */
export const BULL_STATES = Object.keys(STATE_OF) as JobType[];

/** The BullMQ states of work still to do: every state but completed and failed (depth()). */
export const UNFINISHED_BULL_STATES = BULL_STATES.filter((state) => {
  const folded = STATE_OF[state];
  return folded !== 'completed' && folded !== 'failed';
});

/** Null for 'unknown' (the job is gone). */
export function toJobState(bullState: string): JobState | null {
  return STATE_OF[bullState as JobType] ?? null;
}

export function foldCounts(bullCounts: Record<string, number>): Record<JobState, number> {
  const counts = Object.fromEntries(JOB_STATES.map((state) => [state, 0])) as Record<JobState, number>;
  for (const [bullState, n] of Object.entries(bullCounts)) {
    const state = toJobState(bullState);
    if (state) counts[state] += n;
  }
  return counts;
}
