// Search filter parameters shared by /api/items, exports and summaries.
import { RELEVANCE_BANDS, TONE_BANDS } from '@presswatch/domain';
import { Type } from '@sinclair/typebox';

/** A comma list of the given words only, e.g. `negative,neutral`. */
function keyList(keys: readonly string[], description: string) {
  const word = `(${keys.join('|')})`;
  return Type.Optional(Type.String({ pattern: `^${word}(,${word})*$`, maxLength: 200, description }));
}

/** topic=, tone= and relevance= (bands: TONE_BANDS, RELEVANCE_BANDS in the domain). */
export function scoreFilterParams() {
  return {
    topic: Type.Optional(
      Type.String({ maxLength: 2000, description: 'Comma list of topic ids: items with any of them' }),
    ),
    tone: keyList(
      TONE_BANDS.map((band) => band.key),
      'Comma list of tone bands: negative (< -0.2), neutral (-0.2 to < 0.2), positive (≥ 0.2)',
    ),
    relevance: keyList(
      RELEVANCE_BANDS.map((band) => band.key),
      'Comma list of province-relevance bands: high (≥ 0.7), some (0.3 to < 0.7), none (< 0.3)',
    ),
  };
}

export const filterParams = {
  q: Type.Optional(
    Type.String({ maxLength: 2000, description: 'Query language: words, "phrases", AND/OR/NOT…' }),
  ),
  source: Type.Optional(Type.String({ maxLength: 2000, description: 'Comma list of source ids' })),
  lang: Type.Optional(Type.String({ maxLength: 200, description: 'Comma list of languages' })),
  country: Type.Optional(Type.String({ maxLength: 200, description: 'Comma list of countries' })),
  domestic: Type.Optional(Type.Boolean()),
  ...scoreFilterParams(),
  from: Type.Optional(Type.String({ format: 'date-time' })),
  to: Type.Optional(Type.String({ format: 'date-time' })),
};
