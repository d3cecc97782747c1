import { describe, expect, it } from 'vitest';
import { newJobName, portIdFromName, toBullJobId } from '../src/job-ids.ts';

describe('BullMQ job ids', () => {
  it('never hands BullMQ an id with ":" or an integer-like id', () => {
    expect(toBullJobId('crawl:src-1:2025-07-01')).toBe('crawl-src-1-2025-07-01');
    expect(toBullJobId('42')).toBe('id-42');
    expect(toBullJobId('-7')).toBe('id--7');
    expect(toBullJobId('0042')).toBe('0042');
    expect(toBullJobId('a1b2')).toBe('a1b2');
  });

  it('keeps the port id in the job name, whatever it contains', () => {
    const name = newJobName('fetch:https://example.org/a#b');
    expect(portIdFromName(name, 'fallback')).toBe('fetch:https://example.org/a#b');
    expect(newJobName('x')).not.toBe(newJobName('x'));
    expect(portIdFromName('foreign', 'fallback')).toBe('fallback');
  });
});
