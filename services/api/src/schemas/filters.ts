// Search filter parameters shared by /api/items, exports and summaries.
import { Type } from '@sinclair/typebox';

export const filterParams = {
  q: Type.Optional(
    Type.String({ maxLength: 2000, description: 'Query language: words, "phrases", AND/OR/NOT…' }),
  ),
  source: Type.Optional(Type.String({ maxLength: 2000, description: 'Comma list of source ids' })),
  lang: Type.Optional(Type.String({ maxLength: 200, description: 'Comma list of languages' })),
  country: Type.Optional(Type.String({ maxLength: 200, description: 'Comma list of countries' })),
  domestic: Type.Optional(Type.Boolean()),
  from: Type.Optional(Type.String({ format: 'date-time' })),
  to: Type.Optional(Type.String({ format: 'date-time' })),
};
