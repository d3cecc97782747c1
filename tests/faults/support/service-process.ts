// PressWatch services as real child processes — the same `presswatch start <service>` commands and
// environment variables docker-compose.yml runs — with their JSON log lines captured, so a test
// can wait for a line, count lines, SIGKILL a process or stop it with SIGTERM.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { waitFor } from '../../support/wait.ts';

export const REPO_ROOT = join(import.meta.dirname, '../../..');
const CLI = 'services/cli/bin/presswatch.mjs';

/** The services `presswatch start` knows in distributed mode (docker-compose.yml runs each). */
export const DISTRIBUTED_SERVICES = ['api', 'scheduler', 'crawler', 'processor', 'notifier'] as const;
export type ServiceName = (typeof DISTRIBUTED_SERVICES)[number];

export interface LogLine {
  msg?: string;
  level?: number;
  pid?: number;
  [key: string]: unknown;
}

export interface ServiceProcess {
  readonly service: ServiceName;
  readonly pid: number;
  /** Parsed JSON log lines so far. */
  lines(): LogLine[];
  /** Everything the process printed (for failure messages). */
  output(): string;
  waitForLog(msg: string, match?: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
  kill(signal: 'SIGKILL' | 'SIGTERM'): Promise<number | null>;
}

/** Environment shared by every service of one distributed deployment. */
export interface DeploymentEnv {
  redisUrl: string;
  redisPrefix: string;
  dataDir: string;
  /** A sources YAML file (`sources: []` for none): seeded by the scheduler, crawler and api. */
  sourcesFile: string;
  /** Extra variables (all must be ones packages/platform/src/config.ts reads). */
  extra?: Record<string, string>;
}

export function deploymentEnv(deployment: DeploymentEnv): Record<string, string> {
  return {
    PRESSWATCH_MODE: 'distributed',
    REDIS_URL: deployment.redisUrl,
    REDIS_PREFIX: deployment.redisPrefix,
    PRESSWATCH_DATA_DIR: deployment.dataDir,
    PRESSWATCH_SOURCES_FILE: deployment.sourcesFile,
    LOG_LEVEL: 'info',
    ...deployment.extra,
  };
}

export function startService(service: ServiceName, env: Record<string, string>): ServiceProcess {
  const child = spawn(process.execPath, [CLI, 'start', service], {
    cwd: REPO_ROOT,
    env: { ...withoutPresswatchVars(process.env), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let partial = '';
  const parsed: LogLine[] = [];
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk;
    partial += chunk;
    const complete = partial.split('\n');
    partial = complete.pop() ?? '';
    for (const line of complete) parsed.push(parseLine(line));
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  return {
    service,
    pid: child.pid ?? -1,
    lines: () => parsed,
    output: () => output,
    async waitForLog(msg, match = () => true, timeoutMs = 30_000) {
      try {
        return await waitFor(
          `${service} to log "${msg}"`,
          () => {
            if (child.exitCode !== null) throw new Error(`${service} exited with ${child.exitCode}`);
            return parsed.find((line) => line.msg === msg && match(line));
          },
          timeoutMs,
          25,
        );
      } catch (error) {
        throw new Error(`${(error as Error).message}\n--- ${service} output ---\n${output.slice(-4000)}`);
      }
    },
    kill: (signal) => stop(child, signal),
  };
}

async function stop(child: ChildProcess, signal: 'SIGKILL' | 'SIGTERM'): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  const exited = once(child, 'exit');
  child.kill(signal);
  const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
  const [code] = await exited;
  clearTimeout(force);
  return code as number | null;
}

function parseLine(line: string): LogLine {
  try {
    return JSON.parse(line) as LogLine;
  } catch {
    return { msg: line };
  }
}

/** The test runner's own PRESSWATCH_*, REDIS_* or SEARCH_* settings must not leak into a service. */
function withoutPresswatchVars(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(env).filter(([name]) => !/^(PRESSWATCH_|REDIS_|SEARCH_|SMTP_)/.test(name)),
  );
}
