import { Type } from '@sinclair/typebox';

const NullableString = Type.Union([Type.String(), Type.Null()]);
const NullableNumber = Type.Union([Type.Number(), Type.Null()]);

export const SourceView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  url: Type.String(),
  kind: Type.String(),
  render: Type.Boolean(),
  country: NullableString,
  language: NullableString,
  domestic: Type.Boolean(),
  minPollSeconds: Type.Integer(),
  maxPollSeconds: Type.Integer(),
  enabled: Type.Boolean(),
  health: Type.Object({
    status: Type.Union(
      ['ok', 'failing', 'silent', 'pending', 'disabled'].map((s) => Type.Literal(s)),
      { description: 'silent: a source that usually publishes has stopped' },
    ),
    silent: Type.Boolean(),
    nextPollAt: NullableString,
    lastFetchAt: NullableString,
    lastSuccessAt: NullableString,
    lastStatus: NullableNumber,
    lastError: NullableString,
    consecutiveErrors: Type.Integer(),
    itemsSeen: Type.Integer(),
    lastNewItemAt: NullableString,
    itemsPerDay: Type.Union([
      Type.Number({ description: 'learnt publishing rate: the expected volume' }),
      Type.Null(),
    ]),
  }),
});

export const SourceList = Type.Object({ sources: Type.Array(SourceView) });
