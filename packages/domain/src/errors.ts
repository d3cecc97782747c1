// Transport-neutral errors. The API maps them to problem+json; queue adapters translate the
// control-flow ones into their engine's own mechanism.

/** Thrown by a job handler: the job has failed for good, do not retry it. */
export class UnrecoverableJobError extends Error {
  override readonly name = 'UnrecoverableJobError';
}

/** Thrown by a job handler: try the job again after `delayMs`, without spending an attempt. */
export class RetryAfterError extends Error {
  override readonly name = 'RetryAfterError';
  constructor(
    readonly delayMs: number,
    message = `retry after ${delayMs} ms`,
  ) {
    super(message);
  }
}

/** A job ran past its queue's timeout. Retryable. */
export class JobTimeoutError extends Error {
  override readonly name = 'JobTimeoutError';
}

/** A query that does not parse; `column` is 1-based. */
export class QuerySyntaxError extends Error {
  override readonly name = 'QuerySyntaxError';
  constructor(
    message: string,
    readonly column: number,
  ) {
    super(`${message} (column ${column})`);
  }
}

export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
}

/** A cursor that this store did not issue or can no longer read. */
export class InvalidCursorError extends Error {
  override readonly name = 'InvalidCursorError';
}
