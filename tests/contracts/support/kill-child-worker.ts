// Runs queue-worker-child.ts in a process of its own until it has started a job, then SIGKILLs
// it: a worker that dies mid-job, as far as the queue can tell.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { waitFor } from '../../support/wait.ts';
import type { BackendConfig } from './queue-backends.ts';

const CHILD = 'tests/contracts/support/queue-worker-child.ts';

/** Returns the child's report line, e.g. `started <job id> <attempt>`. */
export async function killChildWorkerMidJob(config: BackendConfig, queue: string): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD], {
    env: { ...process.env, PW_QUEUE_CHILD: JSON.stringify({ config, queue }) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  try {
    await waitFor('the child worker to start a job', () => stdout.includes('\n'), 15_000, 20);
    return stdout.trim();
  } catch (error) {
    throw new Error(`${(error as Error).message}\nchild stderr:\n${stderr}`);
  } finally {
    child.kill('SIGKILL');
    if (child.exitCode === null && child.signalCode === null) await once(child, 'exit');
  }
}
