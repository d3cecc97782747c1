// Start-up seeding: the sources file an administrator edits, and the admin API token from
// PRESSWATCH_ADMIN_TOKEN for automation and first use.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseSource, type Source, type SourceRepository, type TokenRepository } from '@presswatch/domain';
import { parse as parseYaml } from 'yaml';
import { ZodError } from 'zod';
import { hashTokenSecret } from './tokens.ts';

export class SourcesFileError extends Error {
  override readonly name = 'SourcesFileError';
}

/** Reads `{ sources: [...] }` from YAML; each entry is validated with its index in the error. */
export function readSourcesFile(path: string): Source[] {
  const file = resolve(path);
  let document: unknown;
  try {
    document = parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new SourcesFileError(`Cannot read sources file ${file}: ${(error as Error).message}`);
  }
  const list = (document as { sources?: unknown } | null)?.sources;
  if (!Array.isArray(list)) throw new SourcesFileError(`Sources file ${file} must have a "sources:" list`);
  return list.map((entry, index) => {
    try {
      return parseSource(entry);
    } catch (error) {
      const detail =
        error instanceof ZodError
          ? error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
          : String(error);
      throw new SourcesFileError(`Sources file ${file}, entry ${index + 1}: ${detail}`);
    }
  });
}

/**
 * Adds the sources the store does not have yet and returns how many it added. A source already
 * stored is left alone: administrators edit sources in the UI/API, and a restart must not undo that.
 */
export async function seedSources(repository: SourceRepository, sources: Source[]): Promise<number> {
  let added = 0;
  for (const source of sources) {
    if (await repository.get(source.id)) continue;
    await repository.upsert(source);
    added++;
  }
  return added;
}

const ENV_ADMIN_TOKEN_PREFIX = 'env-admin-';

/**
 * Makes the environment's admin token valid; a changed value revokes the previous one, and a value
 * revoked before is refused with an error that says so. Several
 * processes (API instances on different hosts) may run this at once: the token's id derives from
 * its secret's hash, so they create the same token, one wins, and none revokes the winner's.
 */
export async function seedAdminToken(tokens: TokenRepository, secret: string): Promise<void> {
  const secretHash = hashTokenSecret(secret);
  if (await tokens.findBySecretHash(secretHash)) return;
  const id = `${ENV_ADMIN_TOKEN_PREFIX}${secretHash.slice(0, 24)}`;
  const existing = await tokens.list();
  const revoked = existing.find((token) => token.id === id && token.revokedAt);
  if (revoked) {
    // A revoked secret stays revoked (it may have leaked): starting with it must not bring it
    // back, nor revoke the value that replaced it.
    throw new Error(
      `PRESSWATCH_ADMIN_TOKEN holds a value revoked at ${revoked.revokedAt}: set a new value (e.g. openssl rand -hex 24)`,
    );
  }
  for (const token of existing) {
    if (token.id.startsWith(ENV_ADMIN_TOKEN_PREFIX) && token.id !== id && !token.revokedAt) {
      await tokens.revoke(token.id);
    }
  }
  try {
    await tokens.create({ id, name: 'PRESSWATCH_ADMIN_TOKEN', role: 'admin', secretHash });
  } catch (error) {
    // Another process is creating it (between our lookup and create): that is the outcome we
    // wanted, once its write lands (a store may write a token in steps).
    for (let attempt = 0; attempt < 50; attempt++) {
      if (await tokens.findBySecretHash(secretHash)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw error;
  }
}
