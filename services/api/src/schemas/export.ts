import { Type } from '@sinclair/typebox';
import { filterParams } from './filters.ts';

export const ExportQuery = Type.Object({
  ...filterParams,
  sort: Type.Union([Type.Literal('time'), Type.Literal('relevance')], { default: 'time' }),
  max: Type.Integer({ minimum: 1, maximum: 1_000_000, default: 100_000, description: 'Most items exported' }),
  text: Type.Boolean({ default: false, description: 'Include the full text of each item' }),
});

export const CsvBody = Type.String({ description: 'text/csv; one row per item, streamed' });
export const NdjsonBody = Type.String({ description: 'application/x-ndjson; one item per line, streamed' });
