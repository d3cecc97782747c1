// A pool of worker threads for the pipeline's pure, CPU-heavy steps (article extraction,
// classification): the main thread keeps the queues and the SQLite writes, the pool's threads
// use the other cores. Threads start on the first task. A task whose thread dies (a crash, out of
// memory) is rejected, so its queue job fails and is retried like any failed job; the thread is
// replaced for the tasks that follow.
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

export interface WorkPool {
  /** Runs the named task of the pool's worker module on `input` (structured-cloned both ways). */
  run<R>(task: string, input: unknown): Promise<R>;
  /** Stops the threads; tasks still running are rejected. */
  close(): Promise<void>;
  readonly size: number;
}

export interface WorkPoolOptions {
  /** Threads; default defaultPoolSize(). */
  size?: number;
  /** The worker module (see pure-worker.ts for the message protocol). */
  module: URL;
  /** Handed to every thread as workerData. */
  init?: unknown;
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

interface Slot {
  worker: Worker;
  inFlight: Map<number, Pending>;
}

export interface TaskReply {
  id: number;
  ok: boolean;
  value?: unknown;
  error?: { name: string; message: string; stack?: string };
}

/** One thread per core beyond the main thread's, at least one. */
export function defaultPoolSize(): number {
  return Math.max(1, availableParallelism() - 1);
}

export function createWorkPool(options: WorkPoolOptions): WorkPool {
  const size = Math.max(1, Math.trunc(options.size ?? defaultPoolSize()));
  const slots: (Slot | null)[] = Array.from({ length: size }, () => null);
  let nextId = 0;
  let closed = false;

  const spawn = (index: number): Slot => {
    const worker = new Worker(bootstrap(options.module), { workerData: options.init });
    const slot: Slot = { worker, inFlight: new Map() };
    worker.on('message', (reply: TaskReply) => settle(slot, reply));
    const fail = (error: Error) => {
      if (slots[index] === slot) slots[index] = null; // the next task starts a fresh thread
      for (const pending of slot.inFlight.values()) pending.reject(error);
      slot.inFlight.clear();
    };
    worker.on('error', (error) => fail(error));
    worker.on('exit', (code) => fail(new Error(`pool worker exited (code ${code})`)));
    worker.unref(); // an idle pool does not keep the process alive
    slots[index] = slot;
    return slot;
  };

  // The least busy thread (a new one where a slot is empty).
  const pick = (): Slot => {
    let best: Slot | null = null;
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i] ?? spawn(i);
      if (!best || slot.inFlight.size < best.inFlight.size) best = slot;
    }
    return best!;
  };

  return {
    size,
    run<R>(task: string, input: unknown): Promise<R> {
      if (closed) return Promise.reject(new Error('work pool is closed'));
      const slot = pick();
      const id = nextId++;
      return new Promise<R>((resolve, reject) => {
        slot.inFlight.set(id, { resolve: resolve as (value: unknown) => void, reject });
        slot.worker.ref(); // busy: keep the process alive until the answer arrives
        slot.worker.postMessage({ id, task, input });
      });
    },
    async close() {
      closed = true;
      await Promise.all(slots.map((slot) => slot?.worker.terminate()));
    },
  };
}

function settle(slot: Slot, reply: TaskReply): void {
  const pending = slot.inFlight.get(reply.id);
  if (!pending) return;
  slot.inFlight.delete(reply.id);
  if (slot.inFlight.size === 0) slot.worker.unref();
  if (reply.ok) pending.resolve(reply.value);
  else pending.reject(Object.assign(new Error(reply.error?.message), { name: reply.error?.name ?? 'Error' }));
}

// The worker module is TypeScript: the thread registers the tsx loader itself before importing
// it (Node 20 does not apply the parent's `--import tsx` hooks to a worker's entry module, and
// under vitest there is no such flag at all).
function bootstrap(module: URL): URL {
  // The ESM build of tsx's API sits beside the CommonJS one require() finds (import.meta.resolve
  // is missing under vitest).
  const api = createRequire(import.meta.url).resolve('tsx/esm/api');
  const tsx = pathToFileURL(join(dirname(api), 'index.mjs')).href;
  const code = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(module.href)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}
