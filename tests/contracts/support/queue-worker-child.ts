// A worker in a process of its own, for the "worker died mid-job" contract test. It takes one
// job, prints `started <id> <attempt>` and then hangs until the parent SIGKILLs it.
// Run: node --import tsx tests/contracts/support/queue-worker-child.ts
// with PW_QUEUE_CHILD='{"config": <BackendConfig>, "queue": "<name>"}' in the environment.
import { z } from 'zod';
import { type BackendConfig, openTestBackend } from './queue-backends.ts';

interface ChildSpec {
  config: BackendConfig;
  queue: string;
}

function main(): void {
  const spec = JSON.parse(process.env.PW_QUEUE_CHILD ?? 'null') as ChildSpec | null;
  if (!spec) throw new Error('PW_QUEUE_CHILD is not set');
  const backend = openTestBackend(spec.config);
  const definition = {
    name: spec.queue,
    schema: z.object({ n: z.number() }),
    retry: { attempts: 3, backoff: { type: 'fixed' as const, delayMs: 10 } },
    timeoutMs: 60_000,
  };
  backend.work(
    definition,
    async (job) => {
      process.stdout.write(`started ${job.id} ${job.attempt}\n`);
      await new Promise(() => {}); // hang: the parent kills this process mid-job
    },
    { concurrency: 1 },
  );
}

main();
