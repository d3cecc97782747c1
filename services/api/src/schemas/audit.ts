import { Type } from '@sinclair/typebox';
import { Cursor, limit, NextCursor, Nullable } from './common.ts';

export const AuditEntryView = Type.Object({
  id: Type.String(),
  at: Type.String(),
  actor: Type.String({ description: '"user:<id>", "token:<id>" or "system"' }),
  action: Type.String(),
  target: Nullable(Type.String()),
  details: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
});

export const AuditPage = Type.Object({ entries: Type.Array(AuditEntryView), nextCursor: NextCursor });

export const AuditQuery = Type.Object({
  limit: limit(50, 200),
  cursor: Cursor,
  actor: Type.Optional(Type.String({ maxLength: 200 })),
  action: Type.Optional(
    Type.String({ maxLength: 100, description: 'Exact, or a prefix ending in * ("user.*")' }),
  ),
});
