import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { ShutdownRegistry } from '../src/shutdown.ts';

const silent = pino({ level: 'silent' });

describe('ShutdownRegistry', () => {
  it('closes groups in order: schedulers, http, workers, queues, storage', async () => {
    const order: string[] = [];
    const registry = new ShutdownRegistry(silent, 1_000);
    registry.register('db', 'storage', () => void order.push('storage'));
    registry.register('worker', 'workers', () => void order.push('workers'));
    registry.register('http', 'http', () => void order.push('http'));
    registry.register('queue', 'queues', () => void order.push('queues'));
    registry.register('scheduler', 'schedulers', () => void order.push('schedulers'));
    await registry.shutdown('test');
    expect(order).toEqual(['schedulers', 'http', 'workers', 'queues', 'storage']);
  });

  it('passes the time left to each closer and runs only once', async () => {
    const seen: number[] = [];
    let calls = 0;
    const registry = new ShutdownRegistry(silent, 500);
    registry.register('slow', 'workers', async () => {
      calls++;
      await new Promise((r) => setTimeout(r, 120));
    });
    registry.register('after', 'storage', (left) => void seen.push(left));
    await Promise.all([registry.shutdown('a'), registry.shutdown('b')]);
    expect(calls).toBe(1);
    expect(seen[0]).toBeLessThanOrEqual(400);
    expect(seen[0]).toBeGreaterThan(0);
  });

  it('keeps closing the rest when one closer throws', async () => {
    const closed: string[] = [];
    const registry = new ShutdownRegistry(silent, 1_000);
    registry.register('broken', 'workers', () => {
      throw new Error('boom');
    });
    registry.register('db', 'storage', () => void closed.push('db'));
    await registry.shutdown('test');
    expect(closed).toEqual(['db']);
  });
});
