// The spikes job (hourly, job id per hour): read the activity counts of every key seen in the
// last 15 days, test the hour and day windows, and raise one spike alert per key, window kind
// and slot (deterministic id, so a re-run or a second notifier raises nothing twice).
//
//   run(job) → keysToCheck → counts per window → testWindow → recordSpike → fan out
import {
  type ActivityCounter,
  type Alert,
  type AlertRepository,
  type AlertRule,
  type Job,
  type RuleRepository,
  type SpikesPayload,
  type SpikeWindow,
  spikeAlertId,
} from '@presswatch/domain';
import type { AlertsLogger } from '../logger.ts';
import { localDay } from '../time/zoned-time.ts';
import type { FanOut } from '../webhooks/fan-out.ts';
import { type ParsedKey, parseActivityKey } from './activity-keys.ts';
import { DAY_MS, type SpikeFinding, type SpikeSettings, testWindow, windowRange } from './detect-spikes.ts';

export interface SpikeJobDeps {
  activity: ActivityCounter;
  alerts: AlertRepository;
  rules: RuleRepository;
  fanOut: FanOut;
  settings: SpikeSettings;
  /** Daily spikes are one per key and local day in this zone. */
  timeZone: string;
  logger: AlertsLogger;
  now?: () => Date;
}

/** Counts older than this are dropped by the job. */
const KEEP_MS = 30 * DAY_MS;

export function createSpikeHandler(deps: SpikeJobDeps) {
  const now = deps.now ?? (() => new Date());

  return async function runSpikes(job: Job<SpikesPayload>): Promise<void> {
    const at = new Date(job.payload.at);
    const keys = await keysToCheck(at);
    let raised = 0;
    for (const window of ['hour', 'day'] as const) {
      const { from, to, bucketMs } = windowRange(window, at);
      const counts = await deps.activity.counts([...keys.keys()], from, to, bucketMs);
      for (const [key, series] of counts) {
        const finding = testWindow(window, series, deps.settings);
        if (finding && (await raise(key, keys.get(key)!, finding, at))) raised++;
      }
    }
    await deps.activity.prune(new Date(at.getTime() - KEEP_MS));
    if (raised > 0) deps.logger.info({ at: at.toISOString(), raised }, 'spike alerts raised');
  };

  /** Topic keys always; rule keys for enabled rules that asked for spike alerts. */
  async function keysToCheck(at: Date): Promise<Map<string, { parsed: ParsedKey; rule: AlertRule | null }>> {
    const { from } = windowRange('day', at);
    const rules = new Map((await deps.rules.list()).map((rule) => [rule.id, rule]));
    const out = new Map<string, { parsed: ParsedKey; rule: AlertRule | null }>();
    for (const key of await deps.activity.keys(from, at)) {
      const parsed = parseActivityKey(key);
      if (parsed?.scope === 'topic') out.set(key, { parsed, rule: null });
      if (parsed?.scope === 'rule') {
        const rule = rules.get(parsed.ruleId);
        if (rule?.enabled && rule.spikeAlerts) out.set(key, { parsed, rule });
      }
    }
    return out;
  }

  async function raise(
    key: string,
    target: { parsed: ParsedKey; rule: AlertRule | null },
    finding: SpikeFinding,
    at: Date,
  ): Promise<boolean> {
    const alert = spikeAlert(key, target, finding, at, now().toISOString(), deps.timeZone);
    if (!alert) return false;
    const { created, alert: stored } = await deps.alerts.recordSpike(alert);
    // Also when it existed: a run that crashed before fanning out catches up (entries are idempotent).
    await deps.fanOut.notify(stored, 'spike', [], target.rule, stored.createdAt);
    return created;
  }
}

function spikeAlert(
  key: string,
  target: { parsed: ParsedKey; rule: AlertRule | null },
  finding: SpikeFinding,
  at: Date,
  createdAt: string,
  timeZone: string,
): Alert | null {
  const { parsed, rule } = target;
  if (!parsed) return null;
  const start = new Date(at.getTime() - (finding.window === 'hour' ? 3_600_000 : DAY_MS));
  const topic = parsed.scope === 'topic' ? parsed.topic : null;
  return {
    id: spikeAlertId(key, finding.window, slotOf(finding.window, at, timeZone)),
    kind: 'spike',
    ruleId: rule?.id ?? null,
    clusterId: null,
    itemIds: [],
    topics: topic ? [topic] : (rule?.filters.topics ?? []),
    spike: {
      scope: parsed.scope,
      topic,
      domestic: parsed.scope === 'topic' ? parsed.domestic : null,
      window: finding.window,
      windowStart: start.toISOString(),
      windowEnd: at.toISOString(),
      count: finding.count,
      baselineMean: Math.round(finding.baselineMean * 100) / 100,
      pValue: finding.pValue,
      zScore: Math.round(finding.zScore * 100) / 100,
    },
    status: 'new',
    assigneeId: null,
    notes: [],
    createdAt,
    updatedAt: createdAt,
    lastMatchAt: createdAt,
    resolvedAt: null,
  };
}

/** One hourly spike per hour; one daily spike per local day (the rolling day is checked hourly). */
function slotOf(window: SpikeWindow, at: Date, timeZone: string): string {
  return window === 'hour' ? at.toISOString() : localDay(new Date(at.getTime() - 1), timeZone);
}
