// Reading the YAML files an administrator edits (topics, gazetteer, tone lexicons): parse, then
// validate with zod, and say which file and which key is wrong.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';

/** A rules file that does not parse or validate; the message names the file and the key. */
export class RulesFileError extends Error {
  override readonly name = 'RulesFileError';
  constructor(
    readonly file: string,
    readonly key: string | null,
    detail: string,
  ) {
    super(`${file}${key ? `: ${key}` : ''}: ${detail}`);
  }
}

/** The .yaml/.yml files of a directory, sorted by name; at least one. */
export function yamlFilesIn(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    throw new RulesFileError(
      dir,
      null,
      `cannot read the directory (${(error as NodeJS.ErrnoException).code})`,
    );
  }
  const files = names.filter((name) => /\.ya?ml$/u.test(name)).sort();
  if (files.length === 0) throw new RulesFileError(dir, null, 'holds no .yaml file');
  return files.map((name) => join(dir, name));
}

export function fileStem(file: string): string {
  return basename(file).replace(/\.ya?ml$/u, '');
}

/** Reads and validates one file; every problem becomes a RulesFileError. */
export function readRulesFile<T extends z.ZodTypeAny>(file: string, schema: T): z.output<T> {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new RulesFileError(file, null, `not valid YAML: ${(error as Error).message}`);
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new RulesFileError(file, issue.path.join('.') || null, issue.message);
  }
  return result.data;
}
