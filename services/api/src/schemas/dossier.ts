// Schemas of the dossier and argument-library routes (the UI contract: /tmp/ui-api-contract.txt,
// docs/api.md "Dossiers and the argument library").
import { Type } from '@sinclair/typebox';
import { Nullable } from './common.ts';

const Text = (maxLength: number) => Type.String({ maxLength });

export const Evidence = Type.Object({
  text: Type.String({ minLength: 1, maxLength: 4000 }),
  citation: Type.String({ minLength: 1, maxLength: 1000, description: 'the public source, by name' }),
  url: Type.Optional(Nullable(Type.String({ pattern: '^https?://', maxLength: 2000 }))),
});

const TopicIds = Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 20 });

const cardFields = {
  title: Type.String({ minLength: 1, maxLength: 300 }),
  statement: Type.String({ minLength: 1, maxLength: 8000 }),
  topics: TopicIds,
  evidence: Type.Array(Evidence, { maxItems: 50 }),
};

export const NewArgumentCard = Type.Object(cardFields);
export const ArgumentCardPatch = Type.Partial(Type.Object(cardFields));

export const ArgumentCardView = Type.Object({
  id: Type.String(),
  title: Type.String(),
  statement: Type.String(),
  topics: Type.Array(Type.String()),
  evidence: Type.Array(
    Type.Object({ text: Type.String(), citation: Type.String(), url: Nullable(Type.String()) }),
  ),
  updatedAt: Type.String(),
  updatedBy: Type.String(),
});

export const ArgumentCardList = Type.Object({ cards: Type.Array(ArgumentCardView) });

export const ArgumentQuery = Type.Object({
  topic: Type.Optional(Type.String({ maxLength: 100 })),
  q: Type.Optional(Type.String({ maxLength: 500, description: 'words, case and diacritics ignored' })),
});

const dossierFields = {
  title: Type.String({ minLength: 1, maxLength: 300 }),
  topic: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 100 }))),
  summary: Type.Optional(Text(20_000)),
};

export const NewDossier = Type.Object(dossierFields);
export const DossierPatch = Type.Partial(Type.Object(dossierFields));

const dossierView = {
  id: Type.String(),
  title: Type.String(),
  topic: Nullable(Type.String()),
  summary: Type.String(),
  ownerId: Type.String(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
};

export const ClaimItem = Type.Object({
  id: Type.String(),
  title: Type.String(),
  url: Type.String(),
  sourceName: Type.String(),
  publishedAt: Nullable(Type.String()),
  language: Nullable(Type.String()),
  country: Nullable(Type.String()),
  clusterSize: Type.Integer({ description: 'items in its story cluster: the reach' }),
});

export const SectionView = Type.Object({
  id: Type.String(),
  kind: Type.Union([Type.Literal('claim'), Type.Literal('argument')]),
  position: Type.Integer(),
  note: Type.String(),
  quote: Type.String(),
  item: Type.Optional(ClaimItem),
  card: Type.Optional(ArgumentCardView),
});

export const DossierView = Type.Object({ ...dossierView, sections: Type.Array(SectionView) });

export const DossierList = Type.Object({
  dossiers: Type.Array(
    Type.Object({ ...dossierView, claimCount: Type.Integer(), argumentCount: Type.Integer() }),
  ),
});

export const NewClaim = Type.Object({
  itemId: Type.String({ minLength: 1, maxLength: 100 }),
  note: Type.Optional(Text(8000)),
  quote: Type.Optional(Text(8000)),
});

export const NewArgumentSection = Type.Object({
  cardId: Type.String({ minLength: 1, maxLength: 100 }),
  note: Type.Optional(Text(8000)),
});

export const SectionPatch = Type.Object({
  note: Type.Optional(Text(8000)),
  quote: Type.Optional(Text(8000)),
});

export const SectionOrder = Type.Object({
  sectionIds: Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 1000 }),
});

export const SectionParams = Type.Object({
  id: Type.String({ minLength: 1, maxLength: 100 }),
  sectionId: Type.String({ minLength: 1, maxLength: 100 }),
});

export const ExportQuery = Type.Object({
  lang: Type.Union([Type.Literal('vi'), Type.Literal('en')], { default: 'vi' }),
});
