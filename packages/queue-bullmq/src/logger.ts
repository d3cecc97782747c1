/** The slice of a pino logger the queue uses. */
export interface QueueLogger {
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
  /** Per-job lines ("job started"): how tests and operators count runs of a job. */
  debug?(obj: object, msg: string): void;
}

export const consoleLogger: QueueLogger = {
  warn: (obj, msg) => console.warn(msg, obj),
  error: (obj, msg) => console.error(msg, obj),
};
