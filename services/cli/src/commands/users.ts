// presswatch users …: accounts from the command line, for the first admin and for recovery.
//   users create <username> --role R [--password-stdin] [--name N] [--email E]
//   users list
//   users disable <username>
//   users reset-password <username> [--password-stdin]
// Without --password-stdin a password is generated and printed once. Changes go to the audit log
// as actor "system".

import { AccountError, createUser, generatePassword, resetPassword, updateUser } from '@presswatch/api';
import { ROLES, type Role } from '@presswatch/domain';
import { createRuntime, type Runtime, type Stores } from '@presswatch/platform';

const USAGE = `usage:
  presswatch users create <username> --role ${ROLES.join('|')} [--password-stdin] [--name NAME] [--email EMAIL]
  presswatch users list
  presswatch users disable <username>
  presswatch users reset-password <username> [--password-stdin]
`;

interface Parsed {
  positional: string[];
  flags: Map<string, string | true>;
}

function parseArgs(args: string[]): Parsed {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) positional.push(arg);
    else if (arg === '--password-stdin') flags.set(arg, true);
    else flags.set(arg, args[++i] ?? '');
  }
  return { positional, flags };
}

async function readPassword(parsed: Parsed, io: UsersIo): Promise<{ password: string; generated: boolean }> {
  if (!parsed.flags.has('--password-stdin')) return { password: generatePassword(), generated: true };
  let input = '';
  for await (const chunk of io.stdin) input += chunk;
  return { password: input.replace(/\r?\n$/, ''), generated: false };
}

/** Where the command reads and writes (the process's streams, or a test's). */
export interface UsersIo {
  stdin: AsyncIterable<string | Buffer> | Iterable<string | Buffer>;
  out(text: string): void;
  err(text: string): void;
}

const processIo = (): UsersIo => ({
  stdin: process.stdin,
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});

type Command = (stores: Stores, parsed: Parsed, io: UsersIo) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  async create(stores, parsed, io) {
    const [username] = parsed.positional;
    const role = parsed.flags.get('--role');
    if (!username || typeof role !== 'string' || !(ROLES as readonly string[]).includes(role))
      return usage(io);
    const { password, generated } = await readPassword(parsed, io);
    const name = parsed.flags.get('--name');
    const email = parsed.flags.get('--email');
    const user = await createUser(stores.users, {
      username,
      password,
      role: role as Role,
      ...(typeof name === 'string' ? { displayName: name } : {}),
      ...(typeof email === 'string' ? { email } : {}),
    });
    await stores.audit.record({
      actor: 'system',
      action: 'user.create',
      target: user.id,
      details: { via: 'cli', role },
    });
    io.out(`created ${user.username} (${user.role})\n`);
    if (generated) io.out(`password: ${password}\n`);
    return 0;
  },
  async list(stores, _parsed, io) {
    for (const user of await stores.users.list()) {
      const status = user.disabled ? 'disabled' : 'active';
      io.out(`${user.username}\t${user.role}\t${status}\t${user.createdAt}\n`);
    }
    return 0;
  },
  async disable(stores, parsed, io) {
    const [username] = parsed.positional;
    if (!username) return usage(io);
    const user = await findUser(stores, username, io);
    if (!user) return 1;
    await updateUser(stores, user.id, { disabled: true });
    await stores.audit.record({
      actor: 'system',
      action: 'user.update',
      target: user.id,
      details: { via: 'cli', changed: ['disabled'] },
    });
    io.out(`disabled ${user.username}\n`);
    return 0;
  },
  async 'reset-password'(stores, parsed, io) {
    const [username] = parsed.positional;
    if (!username) return usage(io);
    const user = await findUser(stores, username, io);
    if (!user) return 1;
    const { password, generated } = await readPassword(parsed, io);
    await resetPassword(stores, user.id, password);
    await stores.audit.record({
      actor: 'system',
      action: 'user.password',
      target: user.id,
      details: { via: 'cli' },
    });
    io.out(`password reset for ${user.username}\n`);
    if (generated) io.out(`password: ${password}\n`);
    return 0;
  },
};

async function findUser(stores: Stores, username: string, io: UsersIo) {
  const user = await stores.users.findByUsername(username);
  if (!user) io.err(`presswatch users: no user ${username}\n`);
  return user;
}

function usage(io: UsersIo): number {
  io.err(USAGE);
  return 2;
}

export async function runUsers(args: string[], io: UsersIo = processIo()): Promise<number> {
  const [name, ...rest] = args;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) return usage(io);
  // Logs go to stdout too, which carries the generated password: keep them to warnings.
  const runtime: Runtime = await createRuntime({
    name: 'cli',
    handleSignals: false,
    overrides: { log: { level: process.env.LOG_LEVEL || 'warn' } },
  });
  try {
    return await command(runtime.adapters.stores, parseArgs(rest), io);
  } catch (error) {
    if (!(error instanceof AccountError)) throw error;
    io.err(`presswatch users: ${error.message}\n`);
    return 1;
  } finally {
    await runtime.shutdown.shutdown('done');
  }
}
