// The argument library's starting cards: config/arguments/*.yaml, one card per file, so an
// administrator adds cards without code. Seeded into an empty library only (once people maintain
// the library through the API, its cards are theirs and a restart does not bring deleted ones back).
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { ArgumentCard, ArgumentCardRepository } from '@presswatch/domain';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

export class ArgumentsFileError extends Error {
  override readonly name = 'ArgumentsFileError';
}

const cardFileSchema = z
  .object({
    /** The file name without .yaml when left out. */
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,79}$/u, 'lower-case letters, digits and -')
      .optional(),
    title: z.string().min(1),
    statement: z.string().min(1),
    topics: z.array(z.string().min(1)).default([]),
    evidence: z
      .array(
        z
          .object({
            text: z.string().min(1),
            citation: z.string().min(1),
            url: z
              .string()
              .regex(/^https?:\/\//u, 'an http(s) URL')
              .nullable()
              .default(null),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

/** Reads every .yaml card of a directory (none when it does not exist); errors name the file and key. */
export function readArgumentCards(dir: string, now = new Date()): ArgumentCard[] {
  const folder = resolve(dir);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .filter((name) => /\.ya?ml$/u.test(name))
    .sort()
    .map((name) => {
      const file = join(folder, name);
      const parsed = cardFileSchema.safeParse(parseYaml(readFileSync(file, 'utf8')));
      if (!parsed.success) {
        const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
        throw new ArgumentsFileError(`Argument card ${file}: ${detail}`);
      }
      const { id, ...card } = parsed.data;
      return {
        id: `arg-${id ?? basename(name).replace(/\.ya?ml$/u, '')}`,
        ...card,
        statement: card.statement.trim(),
        updatedAt: now.toISOString(),
        updatedBy: 'system',
      };
    });
}

/** Saves the cards when the library is empty; returns how many were saved. */
export async function seedArgumentCards(
  repository: ArgumentCardRepository,
  cards: ArgumentCard[],
): Promise<number> {
  if ((await repository.count()) > 0) return 0;
  for (const card of cards) await repository.save(card);
  return cards.length;
}
