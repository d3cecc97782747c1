// Runs numbered cases in a child process, one at a time, each with a deadline. A case that takes
// longer (a parser stuck in a loop) or kills the process (stack overflow) is recorded as such, and
// a fresh child carries on with the next case. The child prints one line when it has loaded, then
// reads a case number per line on stdin and answers each with one JSON line {index, outcome}.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface CaseRun<T> {
  outcomes: Map<number, T>;
  /** Cases that passed their deadline. */
  hung: number[];
  /** Cases during which the child died, with its exit code or signal. */
  died: { index: number; reason: string }[];
}

type Answer = { kind: 'line'; line: string } | { kind: 'timeout' } | { kind: 'exit'; reason: string };

export async function runCasesInChild<T>(
  script: string,
  args: string[],
  indices: number[],
  timeoutMs: number,
): Promise<CaseRun<T>> {
  const run: CaseRun<T> = { outcomes: new Map(), hung: [], died: [] };
  let child = await startChild(script, args);
  try {
    for (const index of indices) {
      const answer = await child.ask(index, timeoutMs);
      if (answer.kind === 'line') {
        run.outcomes.set(index, (JSON.parse(answer.line) as { outcome: T }).outcome);
        continue;
      }
      if (answer.kind === 'timeout') run.hung.push(index);
      else run.died.push({ index, reason: answer.reason });
      child.kill();
      child = await startChild(script, args);
    }
  } finally {
    child.kill();
  }
  return run;
}

const STARTUP_TIMEOUT_MS = 60_000;

async function startChild(script: string, args: string[]) {
  const proc: ChildProcessWithoutNullStreams = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  proc.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-2_000);
  });
  const lines = createInterface({ input: proc.stdout });
  let waiting: ((answer: Answer) => void) | null = null;
  lines.on('line', (line) => waiting?.({ kind: 'line', line }));
  proc.on('exit', (code, signal) =>
    waiting?.({ kind: 'exit', reason: `${signal ?? `exit ${code}`}: ${stderr.trim()}` }),
  );
  proc.stdin.on('error', () => {}); // a dead child: its exit is reported above

  // The first line says the child has loaded; loading does not count against a case's deadline.
  const ready = await new Promise<Answer>((resolve) => {
    const timer = setTimeout(() => resolve({ kind: 'timeout' }), STARTUP_TIMEOUT_MS);
    waiting = (answer) => {
      clearTimeout(timer);
      waiting = null;
      resolve(answer);
    };
  });
  if (ready.kind !== 'line') {
    proc.kill('SIGKILL');
    throw new Error(
      `case runner ${script} did not start: ${ready.kind === 'exit' ? ready.reason : 'timed out'}`,
    );
  }

  return {
    ask(index: number, timeoutMs: number): Promise<Answer> {
      return new Promise<Answer>((resolve) => {
        const timer = setTimeout(() => finish({ kind: 'timeout' }), timeoutMs);
        const finish = (answer: Answer) => {
          clearTimeout(timer);
          waiting = null;
          resolve(answer);
        };
        waiting = finish;
        proc.stdin.write(`${index}\n`);
      });
    },
    kill(): void {
      lines.close();
      if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
    },
  };
}
