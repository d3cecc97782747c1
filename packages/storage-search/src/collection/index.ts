export {
  type Collection,
  type CollectionPlacement,
  type CollectionSpec,
  collectionIndex,
  type FindQuery,
  type Hit,
  KEY_FIELD,
  openCollection,
  type Refresh,
  type Versioned,
  type WriteOptions,
} from './collection.ts';
export { decodeSortCursor, encodeSortCursor } from './cursor.ts';
export {
  type Clause,
  type Filter,
  filterQuery,
  type RangeBounds,
  type Scalar,
  type Sort,
  type SortOrder,
} from './filter.ts';
export { DEFAULT_ATTEMPTS, isConflict, retryOnConflict } from './retry.ts';
