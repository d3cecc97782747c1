// packages/classify/lexicons/tone-<lang>.yaml: the words that carry tone, and the negators that
// flip it. Multi-syllable Vietnamese entries are phrases (`phát triển`, `không hề`).
import { z } from 'zod';

const entries = z.array(z.string().min(1)).default([]);

export const lexiconFileSchema = z
  .object({
    language: z.string().min(2),
    negators: entries,
    /** A word within this many tokens after a negator is negated. */
    negation_scope: z.number().int().min(1).max(10).default(3),
    /** Phrases that hold a negator but negate nothing (`hàng không`, `không quân`, `not only`). */
    neutral: entries,
    positive: entries,
    negative: entries,
    /** Count double. */
    strongly_positive: entries,
    strongly_negative: entries,
  })
  .strict();

export type LexiconFile = z.output<typeof lexiconFileSchema>;
