import { type TSchema, Type } from '@sinclair/typebox';

export const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);

export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) });

export const Cursor = Type.Optional(
  Type.String({ maxLength: 1000, description: 'nextCursor of the previous page' }),
);

export const limit = (fallback: number, maximum: number) =>
  Type.Integer({ minimum: 1, maximum, default: fallback });

export const NextCursor = Type.Union([Type.String(), Type.Null()], {
  description: 'Pass as `cursor` for the next page; null on the last page',
});
