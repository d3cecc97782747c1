// Entry of a work-pool thread (work-pool.ts): answers { id, task, input } messages with the result
// of the named pure task (pure-tasks.ts). Settings arrive as workerData.
import { parentPort, workerData } from 'node:worker_threads';
import { createPureTasks, type PureTaskName, type PureTaskSettings } from './pure-tasks.ts';
import type { TaskReply } from './work-pool.ts';

const tasks = createPureTasks((workerData ?? {}) as PureTaskSettings);

parentPort?.on('message', (message: { id: number; task: PureTaskName; input: never }) => {
  let reply: TaskReply;
  try {
    reply = { id: message.id, ok: true, value: tasks[message.task](message.input) };
  } catch (error) {
    const { name, message: text, stack } = error instanceof Error ? error : new Error(String(error));
    reply = { id: message.id, ok: false, error: { name, message: text, stack } };
  }
  parentPort?.postMessage(reply);
});
