// config/topics/<topic>.yaml: one topic per file, so an administrator adds a topic by adding a
// file. Validated with zod; queries are parsed when the model loads (errors name the column).
import { z } from 'zod';
import { ruleSchema } from '../rules/weighted-rule.ts';
import { zoneWeightsSchema } from '../rules/zones.ts';

export const DEFAULT_TOPIC_ZONES = { title: 1, lead: 0.6, body: 0.2 };
export const DEFAULT_EXCLUDE_ZONES = { title: 1, lead: 0.6, body: 0.1 };

export const topicFileSchema = z
  .object({
    /** The topic id; the file name without .yaml when left out. */
    topic: z
      .string()
      .regex(/^[a-z][a-z0-9_]*$/u, 'use lower-case letters, digits and _')
      .optional(),
    label: z.record(z.string()).optional(),
    description: z.string().optional(),
    /** Score (0..1) from which the topic is assigned. */
    threshold: z.number().min(0).max(1).default(0.5),
    /** Weight of one hit in the headline, the lead and the body. */
    zones: zoneWeightsSchema.default(DEFAULT_TOPIC_ZONES),
    /** Each further hit of a rule counts `decay` times the one before. */
    decay: z.number().gt(0).lt(1).default(0.6),
    rules: z.array(ruleSchema).min(1),
    /**
     * Longer names that contain a topic word in another sense (`Đài quan sát Nhân quyền Syria`,
     * `cửa khẩu cảng`): a mention inside one of their hits does not count. Weights are unused.
     */
    mask: z.array(ruleSchema).default([]),
    /** Look-alikes: the topic's evidence is multiplied by e^(−their evidence). */
    exclude: z.array(ruleSchema).default([]),
    /**
     * Zone weights of exclusion hits: a look-alike says what an article is about when it is in the
     * headline or lead, much less when a long article mentions it in passing.
     */
    exclude_zones: zoneWeightsSchema.default(DEFAULT_EXCLUDE_ZONES),
  })
  .strict();

export type TopicFile = z.output<typeof topicFileSchema>;
