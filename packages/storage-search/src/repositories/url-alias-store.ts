// UrlAliasStore over the engine, on the hot crawl path: one document per URL whose id is a hash of
// the URL (ids are limited to 512 bytes, URLs are not). A claim is one bulk of op_type create
// (the engine lets exactly one create of an id succeed, so the first claim wins atomically
// across processes) and, for the URLs someone else had, one real-time multi-GET of their owners;
// owners() is one multi-GET. Nothing on that path waits for a refresh. aliasesOf and deleteItems
// (rare: an item deleted) search by item, so they refresh the index first.
import { createHash } from 'node:crypto';
import type { UrlAliasStore } from '@presswatch/domain';
import type { BulkItemWire, EngineClient } from '../client/engine-client.ts';
import { EngineError } from '../client/engine-client.ts';
import { type Collection, KEY_FIELD, openCollection, retryOnConflict } from '../collection/index.ts';
import { insertionSeq } from './insertion-seq.ts';

export interface UrlAliasDoc {
  url: string;
  item_id: string;
  /** Claim order: the insertion sequence (aliasesOf lists in this order). */
  seq: number;
}

export function urlAliasesCollection(
  client: EngineClient,
  options: { prefix: string; replicas: number },
): Collection<UrlAliasDoc> {
  return openCollection<UrlAliasDoc>(client, {
    name: 'url-aliases',
    ...options,
    properties: {
      url: { type: 'keyword', index: false, doc_values: false },
      item_id: { type: 'keyword' },
      seq: { type: 'long' },
    },
  });
}

export function aliasKey(url: string): string {
  return createHash('sha256').update(url).digest('base64url');
}

export function createUrlAliasStore(client: EngineClient, aliases: Collection<UrlAliasDoc>): UrlAliasStore {
  const nextSeq = insertionSeq();

  const readOwners = async (urls: string[]): Promise<Map<string, string>> => {
    const stored = await aliases.getMany(urls.map(aliasKey));
    const owners = new Map<string, string>();
    urls.forEach((url, i) => {
      const owner = stored[i]?.doc.item_id;
      if (owner !== undefined) owners.set(url, owner);
    });
    return owners;
  };

  /** Creates the URLs absent so far; returns the rest and their owners (absent: deleted meanwhile). */
  const createOnce = async (itemId: string, urls: string[]) => {
    await aliases.ensure();
    const operations = urls.flatMap((url) => {
      const id = aliasKey(url);
      return [
        { create: { _index: aliases.index, _id: id } },
        { url, item_id: itemId, seq: nextSeq(), [KEY_FIELD]: id },
      ];
    });
    const response = await client.bulk(operations, false);
    const taken = urls.filter((_url, i) => !wasCreated(response.items[i]));
    const owners = taken.length > 0 ? await readOwners(taken) : new Map<string, string>();
    return { taken, owners };
  };

  return {
    async claim(itemId, urls) {
      const unique = [...new Set(urls)];
      const result = new Map(unique.map((url) => [url, itemId]));
      let pending = unique;
      // A URL whose owner was deleted between our create and our read is free again: claim it anew.
      await retryOnConflict(async () => {
        if (pending.length === 0) return;
        const { taken, owners } = await createOnce(itemId, pending);
        for (const [url, owner] of owners) result.set(url, owner);
        pending = taken.filter((url) => !owners.has(url));
        if (pending.length > 0) throw new EngineError(409, 'alias_vanished', 'an alias owner was deleted');
      });
      return result;
    },
    async owners(urls) {
      return urls.length === 0 ? new Map() : readOwners([...new Set(urls)]);
    },
    async aliasesOf(itemId) {
      await aliases.ensure();
      await client.refresh(aliases.index);
      const hits = await aliases.findAll({
        filter: { where: [{ term: { item_id: itemId } }] },
        sort: [{ seq: 'asc' }],
      });
      return hits.map((hit) => hit.doc.url);
    },
    async deleteItems(itemIds) {
      if (itemIds.length === 0) return;
      await aliases.ensure();
      await client.refresh(aliases.index);
      await aliases.deleteWhere({ where: [{ terms: { item_id: itemIds } }] });
    },
  };
}

/** Created, or refused because the id exists (409); anything else is an error. */
function wasCreated(item: BulkItemWire | undefined): boolean {
  const result = item?.create;
  if (result?.status === 201 || result?.status === 200) return true;
  if (result?.status === 409) return false;
  const error = result?.error;
  throw new EngineError(
    result?.status ?? 500,
    error?.type ?? 'bulk_error',
    `${error?.type}: ${error?.reason}`,
  );
}
