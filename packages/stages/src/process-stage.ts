// process stage: turn a fetched document into a stored, searchable item. Today: normalise the
// text, take the language from the page or the source, store and index. Later issues add
// language detection, clustering, topics, relevance, tone, summaries and alert rules here.
//
//   run(job) → load document → build item → store + index → drop the document
import type { FetchedDocument, Item, Job, ProcessPayload, SourceWithState } from '@presswatch/domain';
import { normalizeText } from '@presswatch/text';
import type { ProcessDeps } from './deps.ts';

export function createProcessHandler(deps: ProcessDeps) {
  return async function runProcess(job: Job<ProcessPayload>): Promise<void> {
    const document = await deps.documents.get(job.payload.documentId);
    if (!document) return; // processed already (the document is dropped after indexing)
    const source = await deps.sources.get(document.sourceId);
    const item = buildItem(document, source);
    await deps.items.upsertMany([item]);
    await deps.search.indexMany([item]);
    await deps.documents.delete(document.id);
    deps.logger.debug({ itemId: item.id, sourceId: item.sourceId }, 'item stored');
  };
}

export function buildItem(document: FetchedDocument, source: SourceWithState | null): Item {
  return {
    id: document.id,
    url: document.url,
    canonicalUrl: document.canonicalUrl,
    sourceId: document.sourceId,
    sourceName: source?.name ?? document.sourceId,
    title: normalizeText(document.title ?? '').trim() || document.url,
    byline: document.byline ? normalizeText(document.byline) : null,
    publishedAt: document.publishedAt,
    fetchedAt: document.fetchedAt,
    language: primaryLanguage(document.languageHint) ?? source?.language ?? null,
    country: source?.country ?? null,
    domestic: source?.domestic ?? true,
    text: normalizeText(document.text),
    summary: null,
    topics: [],
    relevance: null,
    tone: null,
    clusterId: null,
  };
}

/** "vi-VN" → "vi"; anything not a language code → null. */
function primaryLanguage(hint: string | null): string | null {
  const match = hint
    ?.trim()
    .toLowerCase()
    .match(/^([a-z]{2,3})(?:[-_]|$)/);
  return match?.[1] ?? null;
}
