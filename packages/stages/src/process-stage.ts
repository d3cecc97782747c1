// process stage: turn a fetched document into a stored, searchable item: normalise the text,
// classify it (language, topics, province relevance, tone, summary), join its story cluster,
// store and index it, then evaluate alert rules on it. The classifier, clusterer and alert hook
// are injected by the composition root (services/processor).
//
//   run(job) → load document → build item → classify → cluster → store + index → alerts → drop the document
import type { FetchedDocument, Item, Job, ProcessPayload, SourceWithState } from '@presswatch/domain';
import { normalizeText } from '@presswatch/text';
import type { ProcessDeps } from './deps.ts';

export function createProcessHandler(deps: ProcessDeps) {
  return async function runProcess(job: Job<ProcessPayload>): Promise<void> {
    const document = await deps.documents.get(job.payload.documentId);
    if (!document) return; // processed already (the document is dropped after indexing)
    const source = await deps.sources.get(document.sourceId);
    const built = buildItem(document, source);
    const classified: Item = deps.classify ? { ...built, ...(await deps.classify(built, source)) } : built;
    const item = deps.cluster
      ? { ...classified, clusterId: (await deps.cluster(classified)).clusterId }
      : classified;
    await deps.items.upsertMany([item]);
    await deps.search.indexMany([item]);
    // Before the document is dropped: if this throws, the retried job still finds the document.
    await deps.afterStore?.(item);
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
    // Kept when the page declared them (documents fetched before they were kept have neither).
    ...(document.updatedAt ? { updatedAt: document.updatedAt } : {}),
    ...(document.imageUrl ? { imageUrl: document.imageUrl } : {}),
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
