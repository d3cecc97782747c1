import { RELEVANCE_BANDS, TONE_BANDS } from '@presswatch/domain';
import { Type } from '@sinclair/typebox';
import { Cursor, limit, NextCursor } from './common.ts';

const StringList = Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 100 });

export const SavedFilters = Type.Object(
  {
    sourceIds: Type.Optional(StringList),
    languages: Type.Optional(StringList),
    countries: Type.Optional(StringList),
    domestic: Type.Optional(Type.Boolean()),
    topics: Type.Optional(StringList),
    tones: Type.Optional(Type.Array(Type.Union(TONE_BANDS.map((band) => Type.Literal(band.key))))),
    relevance: Type.Optional(Type.Array(Type.Union(RELEVANCE_BANDS.map((band) => Type.Literal(band.key))))),
  },
  { additionalProperties: false },
);

export const SavedSearchView = Type.Object({
  id: Type.String(),
  ownerId: Type.String(),
  name: Type.String(),
  query: Type.String(),
  filters: SavedFilters,
  feedEnabled: Type.Boolean(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});

export const SavedSearchPage = Type.Object({ searches: Type.Array(SavedSearchView), nextCursor: NextCursor });

export const SavedSearchListQuery = Type.Object({
  limit: limit(50, 200),
  cursor: Cursor,
  all: Type.Boolean({ default: false, description: 'Admins: every user’s searches' }),
});

export const NewSavedSearch = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 200 }),
  query: Type.String({ maxLength: 2000, description: 'Query language' }),
  filters: Type.Optional(SavedFilters),
});

export const SavedSearchPatch = Type.Partial(NewSavedSearch, { minProperties: 1 });

export const FeedIssued = Type.Object({
  feedUrl: Type.String({ description: 'Shown once: the token in it is stored only as a hash' }),
});

export const SavedItemsQuery = Type.Object({ limit: limit(20, 100), cursor: Cursor });
