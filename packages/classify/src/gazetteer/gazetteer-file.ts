// config/gazetteer/<province>.yaml: the places that make an article about the province, with
// their weights and what disambiguates them. Names are matched as written (case-insensitive):
// `Đông Hà` matches text with diacritics, `Dong Ha` text without them (foreign press), so list
// both spellings where the press uses both. Folded matching is not used for names: `dong ha`
// folded would also match `đồng hạ`, `động hà`…
import { z } from 'zod';
import { zoneWeightsSchema } from '../rules/zones.ts';

const names = z.array(z.string().min(1)).default([]);

export const placeSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/u, 'use lower-case letters, digits and -'),
    /** Spellings; the first is the display name. */
    names: z.array(z.string().min(1)).min(1),
    kind: z.string().optional(),
    weight: z.number().positive().max(5).default(1),
    /**
     * The bare name is often something else (a person, another province, a common word): a hit
     * counts only when a qualifier precedes it, or at `ambiguity.factor` when an unambiguous
     * place of the province is also named.
     */
    ambiguous: z.boolean().default(false),
    /** A hit right after one of these is not this place (`tỉnh` before Quảng Ninh, `ca sĩ`…). */
    not_after: names,
    /** A hit right before one of these is part of a longer name (`Đông Hà` + `Nội`). */
    not_before: names,
    /** Replaces the file's qualifiers for this place (`[]`: nothing qualifies the bare name). */
    qualifiers: z.array(z.string().min(1)).optional(),
    note: z.string().optional(),
  })
  .strict();

export const gazetteerFileSchema = z
  .object({
    /** The province id; the file name without .yaml when left out. */
    province: z.string().optional(),
    name: z.string().min(1),
    threshold: z.number().min(0).max(1).default(0.5),
    zones: zoneWeightsSchema.default({ title: 1, lead: 0.7, body: 0.3 }),
    decay: z.number().gt(0).lt(1).default(0.7),
    /** Words that, right before a name, say it is a place (`huyện`, `xã`, `cửa khẩu`…). */
    qualifiers: names,
    ambiguity: z
      .object({ factor: z.number().min(0).max(1).default(0.35) })
      .strict()
      .default({}),
    /** A name among several other provinces (`Quảng Bình, Quảng Trị, Thừa Thiên Huế…`) weighs less. */
    list: z
      .object({
        window: z.number().int().min(1).max(50).default(8),
        min_others: z.number().int().min(1).default(2),
        factor: z.number().min(0).max(1).default(0.3),
        others: names,
      })
      .strict()
      .default({}),
    places: z.array(placeSchema).min(1),
    /**
     * The province's authorities as the actor (`Công an tỉnh Quảng Trị`, `Biên phòng Quảng Trị`)
     * say the article is about the province more than its bare name does: a name of a place in
     * `of` right after one of the prefixes weighs `weight` instead of the place's weight.
     */
    authorities: z
      .object({
        weight: z.number().positive().max(5).default(1.5),
        of: z.array(z.string()).min(1),
        prefixes: z.array(z.string().min(1)).min(1),
      })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.places.forEach((place, i) => {
      if (seen.has(place.id))
        ctx.addIssue({ code: 'custom', path: ['places', i, 'id'], message: 'duplicate id' });
      seen.add(place.id);
    });
    file.authorities?.of.forEach((id, i) => {
      if (!seen.has(id))
        ctx.addIssue({ code: 'custom', path: ['authorities', 'of', i], message: `no place "${id}"` });
    });
  });

export type GazetteerFile = z.output<typeof gazetteerFileSchema>;
export type PlaceSpec = z.output<typeof placeSchema>;
