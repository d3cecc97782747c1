// The shutdown registry: each resource registers its close where it is created, in a group.
// Groups close in a fixed order — stop producing work, stop taking requests, drain workers,
// then close queues and storage — under one deadline; a second signal or the deadline forces exit.
import type { Logger } from 'pino';

export const SHUTDOWN_GROUPS = ['schedulers', 'http', 'workers', 'queues', 'storage', 'last'] as const;
export type ShutdownGroup = (typeof SHUTDOWN_GROUPS)[number];

interface Entry {
  name: string;
  group: ShutdownGroup;
  close: (deadlineMs: number) => Promise<void> | void;
}

export class ShutdownRegistry {
  private readonly entries: Entry[] = [];
  private running: Promise<void> | null = null;

  constructor(
    private readonly logger: Logger,
    readonly deadlineMs: number,
  ) {}

  /** `close` receives the time left before the deadline. */
  register(name: string, group: ShutdownGroup, close: Entry['close']): void {
    this.entries.push({ name, group, close });
  }

  get closing(): boolean {
    return this.running !== null;
  }

  /** Closes every group in order; idempotent. */
  shutdown(reason: string): Promise<void> {
    this.running ??= this.closeAll(reason);
    return this.running;
  }

  private async closeAll(reason: string): Promise<void> {
    const endsAt = Date.now() + this.deadlineMs;
    this.logger.info({ reason, deadlineMs: this.deadlineMs }, 'shutting down');
    for (const group of SHUTDOWN_GROUPS) {
      // Later registrations close first within a group (resources built on earlier ones).
      const members = this.entries.filter((entry) => entry.group === group).reverse();
      await Promise.all(members.map((entry) => this.closeOne(entry, endsAt)));
    }
    this.logger.info('shutdown complete');
  }

  private async closeOne(entry: Entry, endsAt: number): Promise<void> {
    const left = Math.max(0, endsAt - Date.now());
    try {
      await entry.close(left);
    } catch (error) {
      this.logger.error({ err: error, resource: entry.name }, 'error while closing');
    }
  }

  /** SIGTERM/SIGINT drain then exit 0; the deadline plus a grace second, or a second signal, exit 1. */
  installSignalHandlers(proc: NodeJS.Process = process): void {
    const onSignal = (signal: NodeJS.Signals) => {
      if (this.closing) {
        this.logger.warn({ signal }, 'second signal: forcing exit');
        proc.exit(1);
      }
      const force = setTimeout(() => {
        this.logger.error('shutdown deadline passed: forcing exit');
        proc.exit(1);
      }, this.deadlineMs + 1_000);
      force.unref();
      void this.shutdown(signal).then(() => proc.exit(0));
    };
    proc.on('SIGTERM', onSignal);
    proc.on('SIGINT', onSignal);
  }
}
