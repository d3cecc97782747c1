// A work-pool thread for the pool's tests: 'echo' answers with its input and the thread's id,
// 'crash' ends the thread as an out-of-memory or native crash would.
import { parentPort, threadId } from 'node:worker_threads';

parentPort?.on('message', (message: { id: number; task: string; input: unknown }) => {
  if (message.task === 'crash') process.exit(3);
  if (message.task === 'fail') {
    parentPort?.postMessage({
      id: message.id,
      ok: false,
      error: { name: 'RangeError', message: 'bad input' },
    });
    return;
  }
  parentPort?.postMessage({ id: message.id, ok: true, value: { input: message.input, threadId } });
});
