// Validation of a source as an administrator writes it (sources file, API, OPML import).
import { z } from 'zod';
import { SOURCE_KINDS, type Source } from './model.ts';

export const sourceInputSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9._-]{0,79}$/, 'lower-case letters, digits, ".", "_" or "-", at most 80'),
    name: z.string().min(1),
    url: z
      .string()
      .url()
      .refine((u) => /^https?:\/\//i.test(u), 'must be an http(s) URL'),
    kind: z.enum(SOURCE_KINDS).default('feed'),
    render: z.boolean().default(false),
    country: z
      .string()
      .regex(/^[a-z]{2}$/, 'ISO 3166-1 alpha-2, lower case')
      .nullable()
      .default(null),
    language: z
      .string()
      .regex(/^[a-z]{2,3}$/, 'ISO 639 code, lower case')
      .nullable()
      .default(null),
    domestic: z.boolean().default(true),
    minPollSeconds: z.number().int().min(10).default(300),
    maxPollSeconds: z.number().int().min(10).default(3_600),
    selectors: z.record(z.string()).nullable().default(null),
    enabled: z.boolean().default(true),
  })
  .strict()
  .refine((s) => s.minPollSeconds <= s.maxPollSeconds, {
    message: 'minPollSeconds must not exceed maxPollSeconds',
    path: ['minPollSeconds'],
  });

export type SourceInput = z.input<typeof sourceInputSchema>;

export function parseSource(input: unknown): Source {
  return sourceInputSchema.parse(input);
}
