// presswatch <command>: one registry of subcommands with stable names. Each command module is
// loaded only when run, so `presswatch --help` starts no service.
import { ConfigError, SourcesFileError } from '@presswatch/platform';

interface Command {
  summary: string;
  usage: string;
  run: (args: string[]) => Promise<number>;
}

const COMMANDS: Record<string, Command> = {
  start: {
    summary: 'start the monitor: all services in one process, or one service',
    usage: 'presswatch start [all|api|scheduler|crawler|processor|notifier]',
    run: async (args) => (await import('./commands/start.ts')).runStart(args),
  },
  ready: {
    summary: 'check readiness (storage, queue, search engine) like GET /readyz; exit 0 when ready',
    usage: 'presswatch ready',
    run: async () => (await import('./commands/ready.ts')).runReady(),
  },
  extract: {
    summary:
      'extract an article (title, byline, date, language, text) from a file or URL; --jsonl for batches',
    usage: 'presswatch extract <file-or-url> [--url URL] | presswatch extract --jsonl < in.jsonl',
    run: async (args) => (await import('./commands/extract.ts')).runExtract(args),
  },
  'parse-feed': {
    summary: 'parse an RSS/Atom feed from a file or URL and print it as JSON',
    usage: 'presswatch parse-feed <file-or-url>',
    run: async (args) => (await import('./commands/parse-feed.ts')).runParseFeed(args),
  },
  classify: {
    summary: 'classify JSONL articles on stdin: language, topics, province relevance, tone, summary',
    usage: 'presswatch classify < in.jsonl > out.jsonl',
    run: async (args) => (await import('./commands/classify.ts')).runClassify(args),
  },
  'import-opml': {
    summary: 'import sources from an OPML file into the store',
    usage: 'presswatch import-opml <file>',
    run: async (args) => (await import('./commands/opml.ts')).runImportOpml(args),
  },
  'export-opml': {
    summary: 'print the sources as OPML',
    usage: 'presswatch export-opml',
    run: async (args) => (await import('./commands/opml.ts')).runExportOpml(args),
  },
  users: {
    summary: 'manage accounts: create (password from stdin or generated), list, disable, reset-password',
    usage:
      'presswatch users create <username> --role R [--password-stdin] | list | disable <u> | reset-password <u>',
    run: async (args) => (await import('./commands/users.ts')).runUsers(args),
  },
  demo: {
    summary: 'start the all-in-one monitor with the local fixture web as its sources',
    usage: 'presswatch demo',
    run: async (args) => (await import('./commands/demo.ts')).runDemo(args),
  },
};

export function helpText(): string {
  const lines = Object.entries(COMMANDS).map(
    ([name, c]) => `  ${name.padEnd(12)} ${c.summary}\n  ${''.padEnd(12)} ${c.usage}`,
  );
  return `PressWatch — media monitoring\n\nUsage: presswatch <command> [args]\n\nCommands:\n${lines.join('\n')}\n`;
}

export async function run(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(helpText());
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`presswatch: unknown command "${name}"\n\n${helpText()}`);
    return 2;
  }
  try {
    return await command.run(args);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof SourcesFileError) {
      process.stderr.write(`presswatch: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
