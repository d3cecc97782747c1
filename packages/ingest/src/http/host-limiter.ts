// Politeness per host, in this process: at most `concurrency` requests in flight to one host and
// at least `delayMs` between the starts of two of them. Waiters are served first come, first
// served; a waiter whose signal aborts leaves the queue.

interface Waiter {
  grant: (release: () => void) => void;
  reject: (reason: unknown) => void;
  signal: AbortSignal | undefined;
  onAbort: () => void;
}

interface HostState {
  active: number;
  /** Epoch ms before which the next request may not start. */
  nextStart: number;
  waiters: Waiter[];
  timer: NodeJS.Timeout | null;
}

/** Idle hosts are forgotten once the map grows past this. */
const SWEEP_AT = 1024;

export class HostLimiter {
  private readonly hosts = new Map<string, HostState>();

  constructor(
    private readonly concurrency: number,
    private readonly delayMs: number,
  ) {}

  /** Waits for a slot on `host`; the returned function gives it back (call it exactly once). */
  acquire(host: string, signal?: AbortSignal): Promise<() => void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    const state = this.stateOf(host);
    if (state.waiters.length === 0 && this.canStart(state)) return Promise.resolve(this.start(state));
    return new Promise((grant, reject) => {
      const waiter: Waiter = {
        grant,
        reject,
        signal,
        onAbort: () => {
          state.waiters.splice(state.waiters.indexOf(waiter), 1);
          reject(signal?.reason);
        },
      };
      signal?.addEventListener('abort', waiter.onAbort, { once: true });
      state.waiters.push(waiter);
      this.pump(state);
    });
  }

  private stateOf(host: string): HostState {
    let state = this.hosts.get(host);
    if (!state) {
      if (this.hosts.size >= SWEEP_AT) this.sweep();
      state = { active: 0, nextStart: 0, waiters: [], timer: null };
      this.hosts.set(host, state);
    }
    return state;
  }

  private canStart(state: HostState): boolean {
    return state.active < this.concurrency && Date.now() >= state.nextStart;
  }

  private start(state: HostState): () => void {
    state.active++;
    state.nextStart = Date.now() + this.delayMs;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      state.active--;
      this.pump(state);
    };
  }

  private pump(state: HostState): void {
    while (state.waiters.length > 0 && this.canStart(state)) {
      const waiter = state.waiters.shift() as Waiter;
      waiter.signal?.removeEventListener('abort', waiter.onAbort);
      waiter.grant(this.start(state));
    }
    if (state.waiters.length === 0 || state.timer || state.active >= this.concurrency) return;
    state.timer = setTimeout(
      () => {
        state.timer = null;
        this.pump(state);
      },
      Math.max(0, state.nextStart - Date.now()),
    );
  }

  private sweep(): void {
    const now = Date.now();
    for (const [host, state] of this.hosts) {
      if (state.active === 0 && state.waiters.length === 0 && state.nextStart <= now) this.hosts.delete(host);
    }
  }
}
