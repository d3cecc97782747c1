// One timer per exchange, re-armed as it moves from connect to headers to body. Each phase gets
// its own budget, cut short by what is left of the whole exchange's budget; when it fires, the
// caller is told which budget ran out.
import type { FetchTimeoutPhase } from '../errors.ts';
import type { PhaseTimeouts } from './policy.ts';

export type Phase = 'connect' | 'headers' | 'body';

const BUDGET_OF: Record<Phase, keyof PhaseTimeouts> = {
  connect: 'connectMs',
  headers: 'headersMs',
  body: 'bodyMs',
};

export class PhaseTimer {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly budgets: PhaseTimeouts,
    /** Epoch ms at which the whole exchange's budget runs out. */
    private readonly deadline: number,
    private readonly onExpire: (phase: FetchTimeoutPhase, afterMs: number) => void,
  ) {}

  enter(phase: Phase): void {
    this.stop();
    const budget = this.budgets[BUDGET_OF[phase]];
    const left = Math.max(0, this.deadline - Date.now());
    const [ms, which]: [number, FetchTimeoutPhase] = budget < left ? [budget, phase] : [left, 'total'];
    this.timer = setTimeout(() => {
      this.timer = null;
      this.onExpire(which, ms);
    }, ms);
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
