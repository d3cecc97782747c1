import { describe, expect, it } from 'vitest';
import { createTurnBatch, type TaskOutcome } from '../src/turn-batch.ts';

/** A batch runner that records the groups it was given; a task named 'bad' fails on its own. */
function recorder() {
  const groups: string[][] = [];
  const run = (tasks: string[]): TaskOutcome[] => {
    groups.push(tasks);
    if (tasks.includes('boom')) throw new Error('the whole group failed');
    return tasks.map((task) =>
      task === 'bad'
        ? { ok: false, error: new Error(`${task} failed`) }
        : { ok: true, value: task.toUpperCase() },
    );
  };
  return { groups, run };
}

describe('createTurnBatch', () => {
  it('runs the tasks of one turn together, in groups of at most maxTasks, each settling with its own outcome', async () => {
    const { groups, run } = recorder();
    const batch = createTurnBatch(run, 2);
    const results = await Promise.allSettled(['a', 'bad', 'c'].map((task) => batch.run(task)));
    expect(groups).toEqual([['a', 'bad'], ['c']]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([
      'A',
      'bad failed',
      'C',
    ]);
    await batch.run('d');
    expect(groups).toHaveLength(3);
  });

  it('rejects every task of a group whose run throws, and only that group', async () => {
    const { groups, run } = recorder();
    const batch = createTurnBatch(run, 2);
    const results = await Promise.allSettled(['a', 'boom', 'c'].map((task) => batch.run(task)));
    expect(groups).toEqual([['a', 'boom'], ['c']]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'fulfilled']);
  });

  it('runs the waiting tasks at once on flush', async () => {
    const { groups, run } = recorder();
    const batch = createTurnBatch(run, 10);
    const pending = batch.run('a');
    expect(groups).toEqual([]);
    batch.flush();
    expect(groups).toEqual([['a']]);
    await expect(pending).resolves.toBe('A');
  });
});
