/**
 * Seconds to wait according to a Retry-After header: either delta-seconds ("120") or an HTTP
 * date. Null when absent or unparseable; a date in the past gives 0.
 */
export function retryAfterSeconds(value: string | null, now: Date = new Date()): number | null {
  const text = value?.trim();
  if (!text) return null;
  if (/^\d+$/.test(text)) return Number(text);
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}
