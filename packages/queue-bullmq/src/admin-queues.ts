// BullMQ Queue handles for the operators' dashboard (Bull Board on the API): one per queue of the
// catalogue, on their own connection, closed with the API.
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';

export interface AdminQueues {
  queues: Queue[];
  close(): Promise<void>;
}

export function openBullmqAdminQueues(options: {
  redisUrl: string;
  prefix?: string;
  names: readonly string[];
}): AdminQueues {
  const connection = new Redis(options.redisUrl, { maxRetriesPerRequest: 1 });
  connection.on('error', () => {}); // /readyz reports Redis health; the dashboard just fails
  const prefix = options.prefix ?? 'presswatch';
  const queues = options.names.map((name) => new Queue(name, { connection, prefix }));
  return {
    queues,
    async close() {
      await Promise.all(queues.map((queue) => queue.close()));
      await connection.quit().catch(() => connection.disconnect());
    },
  };
}
