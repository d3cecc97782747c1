// _bulk with retry of partial failures. Items the engine refused for now (429 too many
// requests, 503 unavailable: queues full, shard relocating) are sent again, alone, with
// exponential backoff; a whole request that failed that way is retried the same way. Permanent
// failures (a mapping conflict, a bad document) stop the batch with a BulkWriteError naming each
// failed id and the engine's reason. A delete of a document that is not there is no failure.
import {
  type BulkItemWire,
  type EngineClient,
  EngineError,
  isTransient,
  toEngineError,
} from '../client/engine-client.ts';

export interface BulkOperation {
  action: 'index' | 'update' | 'delete';
  index: string;
  id: string;
  /** The document (index) or the partial document (update). */
  doc?: Record<string, unknown>;
}

export interface BulkOptions {
  /** Attempts per operation, the first included. */
  attempts: number;
  /** First backoff; doubles per attempt. */
  backoffMs: number;
  refresh: boolean | 'wait_for';
}

export class BulkWriteError extends Error {
  constructor(readonly failures: { id: string; status: number; reason: string }[]) {
    const first = failures[0];
    super(
      `bulk write failed for ${failures.length} document(s)` +
        (first ? `, first ${first.id}: ${first.status} ${first.reason}` : ''),
    );
    this.name = 'BulkWriteError';
  }
}

export async function writeBulk(
  client: EngineClient,
  operations: BulkOperation[],
  options: BulkOptions,
): Promise<void> {
  let pending = operations;
  for (let attempt = 1; pending.length > 0; attempt++) {
    const retry: BulkOperation[] = [];
    const failures: BulkWriteError['failures'] = [];
    try {
      const response = await client.bulk(pending.flatMap(toLines), options.refresh);
      response.items.forEach((wire, n) => {
        const outcome = outcomeOf(wire, pending[n]!);
        if (outcome === 'ok') return;
        if (isTransient(outcome.status)) retry.push(pending[n]!);
        else failures.push(outcome);
      });
    } catch (error) {
      const failure = toEngineError(error);
      if (!isTransient(failure.status)) throw failure;
      retry.push(...pending);
    }
    if (failures.length > 0) throw new BulkWriteError(failures);
    if (retry.length > 0 && attempt >= options.attempts) {
      throw new EngineError(
        429,
        'bulk_retries_exhausted',
        `${retry.length} document(s) still refused after ${attempt} attempts`,
      );
    }
    if (retry.length > 0) await sleep(Math.min(options.backoffMs * 2 ** (attempt - 1), 5_000));
    pending = retry;
  }
}

function toLines(operation: BulkOperation): Record<string, unknown>[] {
  const action = { [operation.action]: { _index: operation.index, _id: operation.id } };
  if (operation.action === 'delete') return [action];
  if (operation.action === 'update') return [action, { doc: operation.doc }];
  return [action, operation.doc ?? {}];
}

function outcomeOf(
  wire: BulkItemWire,
  operation: BulkOperation,
): 'ok' | { id: string; status: number; reason: string } {
  const result = Object.values(wire)[0];
  if (!result) return { id: operation.id, status: 0, reason: 'no result' };
  if (result.status < 300) return 'ok';
  if (operation.action === 'delete' && result.status === 404) return 'ok';
  const reason = result.error
    ? `${result.error.type}: ${result.error.reason ?? ''}`
    : `status ${result.status}`;
  return { id: operation.id, status: result.status, reason };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
