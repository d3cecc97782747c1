// Port job ids ↔ BullMQ job ids and job names. BullMQ refuses custom ids that contain ':' (its
// key separator) or that look like integers (its own auto ids), so such ids are rewritten.
// Rewriting is not reversible, so the port id travels in the job name, together with a nonce
// that tells a producer whether its own add created the job (see bullmq-job-queue.ts).
import { randomUUID } from 'node:crypto';

/** The BullMQ jobId for a port job id: ':' becomes '-', integer-like ids get an 'id-' prefix. */
export function toBullJobId(id: string): string {
  const safe = id.replaceAll(':', '-');
  return `${Number.parseInt(safe, 10)}` === safe ? `id-${safe}` : safe;
}

const NONCE_SEPARATOR = '#';

/** A job name carrying the port id and a fresh nonce. */
export function newJobName(id: string): string {
  return `${id}${NONCE_SEPARATOR}${randomUUID()}`;
}

/** The port id stored in a job name (falls back to the BullMQ id for foreign jobs). */
export function portIdFromName(name: string, fallback: string): string {
  const cut = name.lastIndexOf(NONCE_SEPARATOR);
  return cut > 0 ? name.slice(0, cut) : fallback;
}
