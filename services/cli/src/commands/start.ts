// presswatch start [all|api|crawler|processor|notifier|scheduler]: each is its own composition root.
export const SERVICES: Record<string, () => Promise<{ main: () => Promise<unknown> }>> = {
  all: () => import('@presswatch/all-in-one'),
  api: () => import('@presswatch/api'),
  crawler: () => import('@presswatch/crawler'),
  processor: () => import('@presswatch/processor'),
  notifier: () => import('@presswatch/notifier'),
  scheduler: () => import('@presswatch/scheduler'),
};

export async function runStart(args: string[]): Promise<number> {
  const name = args[0] ?? 'all';
  const load = SERVICES[name];
  if (!load) {
    process.stderr.write(
      `presswatch start: unknown service "${name}" (one of: ${Object.keys(SERVICES).join(', ')})\n`,
    );
    return 2;
  }
  await (await load()).main();
  // Keep running: the shutdown registry exits the process on SIGTERM/SIGINT.
  return new Promise<number>(() => {});
}
